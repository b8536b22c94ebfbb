package org.linli.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An application service: one use case per public method, each in one transaction, with the caller's tenant bound to
 * the transaction ({@code TenantBinding}), the state change audited ({@code AuditRecorder}) and the permission
 * checked ({@code PermissionCheck}) — in that order, all inside the transaction.
 *
 * <p>Every public method declares what it needs: {@code @RequiresPermission} (or {@code @PermitAll}) and either
 * {@code @Audited} (it changes state) or {@link Query} (it only reads). The architecture tests enforce both.
 */
@Stereotype
@ApplicationScoped
@Transactional
@ServiceBoundary
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApplicationService {
}
