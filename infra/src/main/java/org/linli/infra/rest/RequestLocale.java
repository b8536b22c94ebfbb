package org.linli.infra.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.linli.platform.i18n.Messages;

import java.util.Locale;

/** The language of a response: the first supported language of {@code Accept-Language}, Chinese by default. */
final class RequestLocale {

    private RequestLocale() {
    }

    static Locale of(HttpHeaders headers) {
        try {
            return Messages.fromPreferences(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.CHINESE;
        }
    }
}
