package org.linli.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an application service method that changes state. Each call appends one {@link AuditRecord} with the
 * outcome: in the same transaction when it succeeds, in a transaction of its own when it is denied or fails.
 * The target is the parameter marked {@link AuditTarget}, else the returned {@link AuditSubject}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
    /** A stable action name, {@code <thing>.<verb>}, e.g. {@code tenant.suspend}. */
    String value();
}
