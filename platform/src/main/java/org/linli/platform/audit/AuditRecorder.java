package org.linli.platform.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.BoundaryOrder;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the audit record of every {@link Audited} service call. It runs outside the permission check so that
 * denied calls are recorded too, and flushes before recording success so that a constraint violation is recorded as
 * the failure it is rather than surfacing only at commit.
 */
@ServiceBoundary
@Interceptor
@Priority(BoundaryOrder.AUDIT)
public class AuditRecorder {

    private static final Map<Marked, Integer> MARKED = new ConcurrentHashMap<>();

    @Inject
    AuditTrail trail;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            return invocation.proceed();
        }
        String target = targetParameter(invocation);
        String detail = parameter(invocation, AuditDetail.class);
        Object result;
        try {
            result = invocation.proceed();
            em.flush();
        } catch (DomainException e) {
            trail.appendIndependently(audited.value(), target, outcomeOf(e), e.code());
            throw e;
        } catch (Exception e) {
            trail.appendIndependently(audited.value(), target, Outcome.FAILED, e.getClass().getSimpleName());
            throw e;
        }
        if (target == null && result instanceof AuditSubject subject) {
            target = subject.auditName();
        }
        trail.append(audited.value(), target, Outcome.SUCCESS, detail);
        return result;
    }

    private static Outcome outcomeOf(DomainException e) {
        return e.kind() == ProblemKind.FORBIDDEN || e.kind() == ProblemKind.UNAUTHENTICATED
                ? Outcome.DENIED : Outcome.REJECTED;
    }

    private static String targetParameter(InvocationContext invocation) {
        return parameter(invocation, AuditTarget.class);
    }

    /** The audit name (or text) of the parameter carrying {@code marker}, if any. */
    private static String parameter(InvocationContext invocation, Class<? extends Annotation> marker) {
        int index = MARKED.computeIfAbsent(new Marked(invocation.getMethod(), marker), Marked::index);
        if (index < 0) {
            return null;
        }
        Object value = invocation.getParameters()[index];
        return value == null ? null : AuditText.of(value);
    }

    /**
     * Which parameter of a method carries a marker, found once per method: reading parameter annotations copies
     * them on every call, and every audited call asks twice.
     */
    private record Marked(Method method, Class<? extends Annotation> marker) {

        int index() {
            Annotation[][] annotations = method.getParameterAnnotations();
            for (int i = 0; i < annotations.length; i++) {
                for (Annotation annotation : annotations[i]) {
                    if (marker.isInstance(annotation)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
