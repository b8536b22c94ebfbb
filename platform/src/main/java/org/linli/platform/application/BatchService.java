package org.linli.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An application service whose use cases run many short transactions instead of one — an export read page by page,
 * an import written chunk by chunk, re-sealing a tenant's data — so that no request holds one long transaction.
 * Its public methods declare their permission exactly as an {@link ApplicationService}'s do (checked by the same
 * boundary, whatever the entry point) and mark themselves {@link Query} or audit their outcome themselves through
 * {@code AuditTrail.appendIndependently}, since there is no transaction of theirs for {@code @Audited} to join.
 */
@Stereotype
@ApplicationScoped
@ServiceBoundary
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BatchService {
}
