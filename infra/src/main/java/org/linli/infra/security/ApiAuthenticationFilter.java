package org.linli.infra.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.web.servlet.AdviceFilter;
import org.linli.platform.identity.SignInRefusedException;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}, without creating a session. Calls
 * without a token continue anonymous, whatever session cookie they bring ({@link SessionlessApiFilter} hides the
 * session); the services decide whether that is enough. A bad token is answered at once with 401.
 */
public class ApiAuthenticationFilter extends AdviceFilter {

    /** Request attribute set when the caller was authenticated by a bearer token on this request. */
    public static final String BEARER_AUTHENTICATED = ApiAuthenticationFilter.class.getName() + ".bearer";
    private static final String BEARER = "Bearer ";

    @Override
    protected boolean preHandle(ServletRequest servletRequest, ServletResponse servletResponse) throws Exception {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return true;
        }
        String token = authorization.substring(BEARER.length()).trim();
        try {
            SecurityUtils.getSubject().login(new BearerToken(token, request.getRemoteHost()));
            request.setAttribute(BEARER_AUTHENTICATED, Boolean.TRUE);
            return true;
        } catch (SignInRefusedException e) {
            ServletProblems.write(request, (HttpServletResponse) servletResponse, e.problem());
        } catch (AuthenticationException e) {
            ServletProblems.write(request, (HttpServletResponse) servletResponse,
                    new DomainException(ProblemKind.UNAUTHENTICATED, "invalid_token"));
        }
        return false;
    }
}
