package org.linli.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.linli.platform.application.BoundaryOrder;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.tenancy.TenantContext;

import java.lang.reflect.Method;

/**
 * Enforces {@link RequiresPermission} on application services, so that a view, a REST resource or a job all meet the
 * same check. A tenant's user can only ever act for their own tenant: any other binding is refused here too, as a
 * second line behind the tenant resolution of the web layer.
 */
@ServiceBoundary
@Interceptor
@Priority(BoundaryOrder.PERMISSION)
public class PermissionCheck {

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return invocation.proceed();
        }
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = method.getDeclaringClass().getAnnotation(RequiresPermission.class);
        }
        Actor actor = CurrentUser.require();
        if (actor.tenant() != null && !TenantContext.current().map(actor.tenant()::equals).orElse(false)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "tenant_forbidden");
        }
        if (required == null || !CurrentUser.isPermitted(required.value())) {
            throw new DomainException(ProblemKind.FORBIDDEN, "forbidden");
        }
        return invocation.proceed();
    }
}
