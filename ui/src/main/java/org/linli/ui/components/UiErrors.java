package org.linli.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Shows failures to people as a message in their language, never as a stack trace. Domain problems say what is
 * wrong; anything unexpected is logged with a reference that the message repeats.
 */
public final class UiErrors {

    private static final Logger LOG = Logger.getLogger(UiErrors.class.getName());

    private UiErrors() {
    }

    /** The session-wide error handler. */
    public static void handle(ErrorEvent event) {
        DomainException problem = find(event.getThrowable());
        if (problem != null) {
            show(problem);
        } else {
            handleUnexpected(event.getThrowable());
        }
    }

    /** Logs an unexpected failure and tells the person, with a reference to find it in the log. */
    public static void handleUnexpected(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected UI failure " + reference, failure);
        if (UI.getCurrent() != null) {
            error(Messages.get(locale(), "problem.internal_error", reference));
        }
    }

    /** Shows a domain problem's title and its field messages. */
    public static void show(DomainException problem) {
        Locale locale = locale();
        String title = Messages.get(locale, "problem." + problem.code(), problem.args().toArray());
        String fields = problem.fieldErrors().stream()
                .map(error -> message(error, locale))
                .collect(Collectors.joining("；"));
        error(fields.isEmpty() ? title : title + "：" + fields);
    }

    /** The localised message of a field error, as shown under a field. */
    public static String message(FieldError error, Locale locale) {
        return Messages.get(locale, "validation." + error.code(), error.args().toArray());
    }

    /** A short confirmation at the top, clear of the buttons people tap next and of the phone tab bar. */
    public static void success(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.CHINESE : ui.getLocale();
    }

    static DomainException find(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }
}
