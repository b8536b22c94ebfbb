package org.linli.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.linli.platform.security.CurrentUser;
import org.linli.ui.components.UiErrors;
import org.linli.ui.i18n.ConnectionTexts;
import org.linli.ui.i18n.Language;

/**
 * Guards navigation in the console and storefront. Servlet filters cannot see Vaadin's client-side navigation, so
 * every navigation is checked here: not signed in → the sign-in page; signed in but not permitted → a polite
 * "not allowed" page. Also sets each new session's language and error handler, and each page's connection texts.
 */
@ApplicationScoped
public class AccessControl {

    void serviceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().addBeforeEnterListener(this::check);
            ConnectionTexts.apply(init.getUI());
        });
    }

    void sessionInit(@Observes SessionInitEvent event) {
        event.getSession().setLocale(Language.remembered(event.getRequest()));
        event.getSession().setErrorHandler(UiErrors::handle);
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        if (CurrentUser.actor().isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        ViewPermission required = target.getAnnotation(ViewPermission.class);
        if (required != null && !CurrentUser.isPermitted(required.value())) {
            event.rerouteToError(ViewAccessDeniedException.class, target.getSimpleName());
        }
    }

    /** Whether the signed-in person may open a view (for menus and links). */
    public static boolean mayOpen(Class<?> view) {
        ViewPermission required = view.getAnnotation(ViewPermission.class);
        return CurrentUser.actor().isPresent() && (required == null || CurrentUser.isPermitted(required.value()));
    }
}
