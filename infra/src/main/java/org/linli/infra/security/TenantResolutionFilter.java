package org.linli.infra.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.linli.platform.identity.SignIn;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.Actor;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantSelection;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides, once per request, which tenant the caller acts for and binds it for the request's duration.
 *
 * <ul>
 *   <li>A tenant's user acts for their own tenant. Naming another in {@code X-Linli-Tenant} is answered 403.</li>
 *   <li>A platform user acts for the tenant named in the header, else for the one chosen in the console session,
 *       else for none (platform-level work only). An unknown tenant is answered 404.</li>
 *   <li>A supervisor is read-only and sees tenants only through oversight's jurisdiction: naming a tenant is
 *       answered 403, and so is every API call that could change something (anything but GET, HEAD and OPTIONS;
 *       signing in and out excepted) — whatever the endpoint, before any of it runs.</li>
 * </ul>
 * Browser sessions are re-checked every {@value #RECHECK_SECONDS} seconds: once the account is disabled or deleted,
 * its role changed or its tenant suspended, the session is signed out. Token calls are checked on every request.
 */
public class TenantResolutionFilter implements Filter {

    static final long RECHECK_SECONDS = 15;
    private static final String CHECKED_AT = TenantResolutionFilter.class.getName() + ".checkedAt";

    @Inject
    SignIn signIn;

    @Inject
    TenantDirectory tenants;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Subject subject = SecurityUtils.getSubject();
        Actor actor = subject.getPrincipal() instanceof Actor a && subject.isAuthenticated() ? a : null;
        if (actor != null && request.getAttribute(ApiAuthenticationFilter.BEARER_AUTHENTICATED) == null
                && !sessionStillValid(request, subject, actor)) {
            actor = null;
        }
        TenantId tenant;
        try {
            if (actor != null && actor.role() == Role.SUPERVISOR && isWrite(request)) {
                throw new DomainException(ProblemKind.FORBIDDEN, "supervisor_read_only");
            }
            tenant = actor == null ? null : resolve(request, actor);
        } catch (DomainException refused) {
            ServletProblems.write(request, response, refused);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.enter(tenant)) {
            chain.doFilter(request, response);
        }
    }

    private TenantId resolve(HttpServletRequest request, Actor actor) {
        String header = request.getHeader(TenantSelection.HEADER);
        Optional<TenantId> named = Optional.empty();
        if (header != null && !header.isBlank()) {
            named = Optional.of(TenantId.parse(header).orElseThrow(() -> DomainException.invalid(
                    FieldError.of(TenantSelection.HEADER, "format"))));
        }
        if (actor.role() == Role.SUPERVISOR && named.isPresent()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "tenant_forbidden");
        }
        if (!actor.isPlatformUser()) {
            if (named.isPresent() && !named.get().equals(actor.tenant())) {
                throw new DomainException(ProblemKind.FORBIDDEN, "tenant_forbidden");
            }
            return actor.tenant();
        }
        if (named.isEmpty()) {
            named = selectedInSession(request);
        }
        if (named.isPresent() && tenants.find(named.get()).isEmpty()) {
            throw DomainException.notFound("tenant_not_found");
        }
        return named.orElse(null);
    }

    /** An API call that is not a read (signing in and out excepted: they change no one's data). */
    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.equals("/api/v1/auth/token");
    }

    private static Optional<TenantId> selectedInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object selected = session == null ? null : session.getAttribute(TenantSelection.SESSION_ATTRIBUTE);
        return selected instanceof Long id && id > 0 ? Optional.of(TenantId.of(id)) : Optional.empty();
    }

    /** True when a session's actor may still act; signs the session out when not. */
    private boolean sessionStillValid(HttpServletRequest request, Subject subject, Actor actor) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        Object checkedAt = session.getAttribute(CHECKED_AT);
        long now = System.nanoTime();
        if (checkedAt instanceof Long at && now - at < Duration.ofSeconds(RECHECK_SECONDS).toNanos()) {
            return true;
        }
        boolean valid = signIn.stillAllowed(actor.username()).filter(actor::sameStandingAs).isPresent();
        if (valid) {
            session.setAttribute(CHECKED_AT, now);
        } else {
            subject.logout();
        }
        return valid;
    }

    @Override
    public void destroy() {
        // nothing held
    }
}
