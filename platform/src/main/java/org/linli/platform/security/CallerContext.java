package org.linli.platform.security;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Who acts and for which tenant, captured on one thread and re-bound on another. Work handed to an executor, a
 * scheduled job or a Vaadin push callback does not inherit the request's thread-bound context; wrap it with
 * {@link #wrap(Runnable)} so that permissions, audit and tenant scoping apply exactly as they did for the caller.
 */
public final class CallerContext {

    /** The principal realm name under which system subjects are built. */
    public static final String REALM = "linli";

    private final Subject subject;
    private final TenantId tenant;

    private CallerContext(Subject subject, TenantId tenant) {
        this.subject = subject;
        this.tenant = tenant;
    }

    /** The current caller and tenant. */
    public static CallerContext capture() {
        Subject subject = CurrentUser.subject().orElseThrow(() -> new IllegalStateException("no security subject"));
        return new CallerContext(subject, TenantContext.current().orElse(null));
    }

    /** A system job named {@code job} acting for {@code tenant} (or for the platform when null). */
    public static CallerContext system(String job, TenantId tenant) {
        Objects.requireNonNull(job, "job");
        return of(Actor.system(job), tenant);
    }

    /**
     * A signed-in {@code actor} acting for {@code tenant}, for work started on their behalf outside a request
     * (and for tests). Permissions are those of the actor's role; the service boundary still refuses a tenant user
     * acting for a tenant other than their own.
     */
    public static CallerContext of(Actor actor, TenantId tenant) {
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(actor, REALM))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        return new CallerContext(subject, tenant);
    }

    public CallerContext forTenant(TenantId other) {
        return new CallerContext(subject, other);
    }

    public Runnable wrap(Runnable work) {
        Runnable bound = () -> TenantContext.runAs(tenant, work);
        return subject.associateWith(bound);
    }

    public <T> Callable<T> wrap(Callable<T> work) {
        Callable<T> bound = () -> TenantContext.callChecked(tenant, work);
        return subject.associateWith(bound);
    }

    public void run(Runnable work) {
        wrap(work).run();
    }

    public <T> T call(Callable<T> work) {
        try {
            return wrap(work).call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
