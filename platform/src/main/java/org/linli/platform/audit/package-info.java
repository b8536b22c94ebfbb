/**
 * The audit trail: every call of an {@code @Audited} application-service method is recorded with its actor, tenant,
 * target, outcome and a readable detail ({@link org.linli.platform.audit.AuditText}); operators read their tenant's
 * trail, platform operators all of it.
 */
package org.linli.platform.audit;
