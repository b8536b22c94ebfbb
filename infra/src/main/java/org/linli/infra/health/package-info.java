/**
 * Health checks for whatever watches the nodes: {@link DatabaseHealth} reports Linli ready and alive only while the
 * database answers within two seconds, and says whether row-level security binds the application. It reads no tenant's
 * data.
 */
package org.linli.infra.health;
