/**
 * The audit API ({@link AuditResource}): the trail newest first, filtered by actor, action, outcome and time. It is
 * read-only: the trail is written only from inside the application, never over the API; which entries a caller sees
 * (their tenant's, or all of them for platform operators) is decided by {@link org.linli.platform.audit.AuditQueries}.
 */
package org.linli.platform.audit.rest;
