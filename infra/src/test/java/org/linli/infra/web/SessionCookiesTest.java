package org.linli.infra.web;

import jakarta.servlet.SessionCookieConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The session cookie is Secure unless the site says it is served over plain HTTP (or is a demo). */
class SessionCookiesTest {

    @Test
    void productionMarksTheSessionCookieSecureByDefault() {
        assertThat(SessionCookies.secure(Optional.empty(), false)).isTrue();
    }

    @Test
    void aDemoOnPlainHttpKeepsAnUnmarkedCookieByDefault() {
        assertThat(SessionCookies.secure(Optional.empty(), true)).isFalse();
    }

    @Test
    void theSettingWinsEitherWay() {
        assertThat(SessionCookies.secure(Optional.of(false), false)).isFalse();
        assertThat(SessionCookies.secure(Optional.of(true), true)).isTrue();
    }

    @Test
    void onTheCookieIsAlwaysSecure() {
        assertThat(applied(true)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void offTheContainerStillMarksItOnRequestsThatArriveOverHttps() {
        // Not setSecure(false): Payara would then never mark it, not even over HTTPS.
        assertThat(applied(false)).isNull();
    }

    /** What the container's cookie configuration was told about Secure, or null when nothing. */
    private static Object applied(boolean secure) {
        AtomicReference<Object> told = new AtomicReference<>();
        SessionCookieConfig config = Fakes.of(SessionCookieConfig.class,
                Map.of("setSecure", args -> {
                    told.set(args[0]);
                    return null;
                }));
        SessionCookies.apply(config, secure);
        return told.get();
    }
}
