package org.linli.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.servlet.AdviceFilter;
import org.linli.platform.identity.SignInRefusedException;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.Actor;

import java.io.IOException;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}, without creating a session. Calls
 * without a token continue anonymous, whatever session cookie they bring ({@link SessionlessApiFilter} hides the
 * session); the services decide whether that is enough. A bad token is answered at once with 401.
 *
 * <p>Once the caller is known, and before anything reads the request body, the body is admitted or refused by
 * {@link RequestBodies}: an anonymous upload or an oversized body is answered at once without being read, and
 * every other body reaches the API only as a stream bounded by the caller's limit.
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
            return admitBody(request, (HttpServletResponse) servletResponse);
        }
        String token = authorization.substring(BEARER.length()).trim();
        try {
            SecurityUtils.getSubject().login(new BearerToken(token, request.getRemoteHost()));
            request.setAttribute(BEARER_AUTHENTICATED, Boolean.TRUE);
            return admitBody(request, (HttpServletResponse) servletResponse);
        } catch (SignInRefusedException e) {
            ServletProblems.write(request, (HttpServletResponse) servletResponse, e.problem());
        } catch (AuthenticationException e) {
            ServletProblems.write(request, (HttpServletResponse) servletResponse,
                    new DomainException(ProblemKind.UNAUTHENTICATED, "invalid_token"));
        }
        return false;
    }

    /** Lets the API read the body only as a stream bounded by the caller's limit. */
    @Override
    protected void executeChain(ServletRequest request, ServletResponse response, FilterChain chain)
            throws Exception {
        chain.doFilter(RequestBodies.bounded((HttpServletRequest) request, authenticated()), response);
    }

    private static boolean admitBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DomainException refused = RequestBodies.refusal(authenticated(), request.getContentLengthLong(),
                RequestBodies.chunked(request), request.getContentType());
        if (refused == null) {
            return true;
        }
        ServletProblems.write(request, response, refused);
        return false;
    }

    private static boolean authenticated() {
        Subject subject = SecurityUtils.getSubject();
        return subject.getPrincipal() instanceof Actor && subject.isAuthenticated();
    }
}
