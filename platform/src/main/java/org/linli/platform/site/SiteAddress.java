package org.linli.platform.site;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Where this site is reached: by the person making the current request (scheme, host and port as their browser
 * used them) and by this server itself on loopback. Gateways need both — the payer's browser is sent to the
 * cashier and back to the origin, while the gateway's notifies and this server's own calls go over loopback. The
 * web layer tells it about every request.
 */
@ApplicationScoped
public class SiteAddress {

    private static final ThreadLocal<String> ORIGIN = new ThreadLocal<>();

    private volatile String loopback;

    /** Called by the web layer around each request; {@code origin} and {@code loopback} include the context path. */
    public void enter(String origin, String loopback) {
        ORIGIN.set(origin);
        this.loopback = loopback;
    }

    public void leave() {
        ORIGIN.remove();
    }

    /** The address the current request came in on, if this thread serves one. */
    public Optional<String> origin() {
        return Optional.ofNullable(ORIGIN.get());
    }

    /** How this server reaches itself, known once it has served a request. */
    public Optional<String> loopback() {
        return Optional.ofNullable(loopback);
    }
}
