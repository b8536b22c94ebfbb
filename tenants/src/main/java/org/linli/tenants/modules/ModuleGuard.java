package org.linli.tenants.modules;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.linli.platform.application.BoundaryOrder;
import org.linli.platform.problem.DomainException;

/** Refuses calls into a module the current tenant has not enabled. Runs after the permission check. */
@RequiresModule(Module.BASIC)
@Interceptor
@Priority(BoundaryOrder.PERMISSION + 10)
public class ModuleGuard {

    @Inject
    ModuleService modules;

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        RequiresModule required = invocation.getMethod().getAnnotation(RequiresModule.class);
        if (required == null) {
            required = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresModule.class);
        }
        if (required != null && !modules.isEnabled(required.value())) {
            throw DomainException.forbidden("module_disabled", required.value().label());
        }
        return invocation.proceed();
    }
}
