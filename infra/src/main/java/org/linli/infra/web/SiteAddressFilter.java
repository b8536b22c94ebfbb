package org.linli.infra.web;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.linli.platform.site.SiteAddress;

import java.io.IOException;

/** Tells {@link SiteAddress} how the current request reached this site, and how this server reaches itself. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SiteAddressFilter implements Filter {

    @Inject
    SiteAddress site;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        String context = request.getContextPath();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        String origin = request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + context;
        site.enter(origin, "http://127.0.0.1:" + request.getLocalPort() + context);
        try {
            chain.doFilter(request, response);
        } finally {
            site.leave();
        }
    }
}
