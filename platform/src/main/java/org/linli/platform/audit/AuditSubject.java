package org.linli.platform.audit;

/** Something an audit record can name as its target, e.g. {@code user:42}. */
public interface AuditSubject {
    String auditName();
}
