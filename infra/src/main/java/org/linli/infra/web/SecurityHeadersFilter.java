package org.linli.infra.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The browser-side protections every response carries, set before anything else runs so that answers written early
 * (a refused token, an error page) carry them too. Registered first in web.xml.
 *
 * <p>The content security policy is fitted to Vaadin Flow: its bootstrap page runs inline scripts, {@code executeJs}
 * evaluates code, and its components and the server-drawn SVG charts use inline styles. Everything else comes from
 * this site alone: no plug-ins, no framing by other sites, forms post only here. The Alipay cashier is reached by
 * navigating to the signed GET address the gateway builds, not by a form of ours, so it needs no entry; the sandbox
 * cashier is served and posted to by this site itself.
 */
public class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** A year; sent only over HTTPS, where a browser honours it. Subdomains are left to whoever owns the domain. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    public void doFilter(ServletRequest request, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (servletResponse instanceof HttpServletResponse response) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("X-Frame-Options", "DENY");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            }
        }
        chain.doFilter(request, servletResponse);
    }
}
