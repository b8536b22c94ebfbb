package org.linli.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.linli.platform.i18n.Messages;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's language: Chinese unless the person chose English, remembered in a cookie for a year so that the
 * choice survives sign-out and applies to the sign-in page too.
 */
public final class Language {

    static final String COOKIE = "linli-lang";

    private Language() {
    }

    /** The remembered language of a request, or Chinese. */
    public static Locale remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        Optional<String> tag = cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
        return tag.map(Locale::forLanguageTag).map(Messages::supported).orElse(Messages.CHINESE);
    }

    /** Switches this session to {@code locale}, remembers it, and reloads the page so every text follows. */
    public static void switchTo(Locale locale) {
        Locale supported = Messages.supported(locale);
        VaadinSession.getCurrent().setLocale(supported);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.toLanguageTag());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    public static boolean isEnglish() {
        return Messages.ENGLISH.equals(Messages.supported(UI.getCurrent().getLocale()));
    }

    /**
     * The button that switches to the other language, named in that language and marked as such ({@code lang}), so
     * that readers and screen readers take "English" on a Chinese page as the language's name.
     */
    public static Button switchButton() {
        boolean english = isEnglish();
        Button language = new Button(
                english ? "中文" : "English", click -> switchTo(english ? Messages.CHINESE : Messages.ENGLISH));
        language.getElement().setAttribute("lang", english ? "zh-CN" : "en");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        return language;
    }
}
