package org.linli.infra.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Marks the session cookie {@code Secure} unless told otherwise ({@value #SETTING}; on by default, off by default in
 * demo mode). HttpOnly and SameSite=Lax are fixed in the descriptors; Secure cannot be, because it depends on how the
 * site is served. Left alone, the container marks it only for requests it sees arrive over HTTPS, which it does not
 * behind a proxy that ends TLS, so production says so here. A demo on plain HTTP keeps an unmarked cookie, else
 * browsers other than on localhost would drop it and nobody could stay signed in.
 */
public class SessionCookies implements ServletContextListener {

    static final String SETTING = "linli.web.secure-cookies";
    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        boolean secure = secure(config.getOptionalValue(SETTING, Boolean.class),
                config.getOptionalValue("linli.demo", Boolean.class).orElse(false));
        apply(event.getServletContext().getSessionCookieConfig(), secure);
        if (!secure) {
            LOG.warning("The session cookie is marked Secure only on requests that reach this server over HTTPS ("
                    + SETTING + "=false or demo mode); leave " + SETTING + " on in production.");
        }
    }

    /** The setting when given, else on outside demo mode. */
    static boolean secure(Optional<Boolean> setting, boolean demo) {
        return setting.orElse(!demo);
    }

    /** Secure always, or (left alone) Secure whenever the container sees the request arrive over HTTPS. */
    static void apply(SessionCookieConfig cookie, boolean secure) {
        if (secure) {
            cookie.setSecure(true);
        }
    }
}
