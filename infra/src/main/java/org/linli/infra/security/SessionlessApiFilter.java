package org.linli.infra.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * Hides the HTTP session from the REST API, ahead of Shiro. The API authenticates every call by its bearer token
 * alone: a browser's session cookie, even a signed-in console's, leaves the call anonymous, so a page on another
 * site cannot make the browser call the API on the user's behalf, and the API needs no CSRF token. Nor does an API
 * call ever open a session, write into one or change its id (Shiro would rotate the session's id at a bearer
 * sign-in and keep the token's user in it).
 */
public class SessionlessApiFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new SessionlessRequest(http) : request, response);
    }

    /** A request that has no session and cannot get one. */
    static final class SessionlessRequest extends HttpServletRequestWrapper {

        SessionlessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("the API keeps no session; callers authenticate with a bearer token");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("the API keeps no session");
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromCookie() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromURL() {
            return false;
        }
    }
}
