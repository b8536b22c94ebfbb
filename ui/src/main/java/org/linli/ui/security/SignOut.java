package org.linli.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.apache.shiro.SecurityUtils;
import org.linli.platform.identity.SignIn;
import org.linli.platform.security.Actor;

/**
 * Ends a console or storefront session: the sign-out is recorded, the subject logged out and the HTTP session
 * invalidated before the browser is sent to the sign-in page, so no request that follows finds the old session.
 */
public final class SignOut {

    private SignOut() {
    }

    public static void of(SignIn signIn, Actor actor) {
        signIn.signedOut(actor);
        UI ui = UI.getCurrent();
        SecurityUtils.getSubject().logout();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            try {
                session.getSession().invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // The logout above may have invalidated it already.
            }
        }
        ui.getPage().setLocation("login");
    }
}
