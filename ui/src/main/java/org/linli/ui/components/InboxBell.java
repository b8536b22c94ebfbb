package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.inbox.Inbox;

import java.util.Optional;

/**
 * The bell in a header: a link to the user's inbox with the number of unread messages as a badge. Users without an
 * inbox (no tenant bound, e.g. a platform operator outside any tenant) get no bell.
 */
public final class InboxBell {

    private InboxBell() {
    }

    public static Optional<Component> of(Inbox inbox, Class<? extends Component> inboxView) {
        if (!CurrentUser.isPermitted(Permissions.INBOX_READ) || TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        long unread;
        try {
            unread = inbox.unread();
        } catch (DomainException notAvailable) {
            return Optional.empty();
        }
        RouterLink bell = new RouterLink(inboxView);
        bell.add(VaadinIcon.BELL.create());
        bell.addClassName("inbox-bell");
        bell.setId("inbox-bell");
        String label = bell.getTranslation("inbox.bell", unread);
        bell.getElement().setAttribute("aria-label", label);
        bell.getElement().setAttribute("title", label);
        if (unread > 0) {
            Span badge = new Span(unread > 99 ? "99+" : String.valueOf(unread));
            badge.addClassName("inbox-badge");
            badge.setId("inbox-unread");
            bell.add(badge);
        }
        return Optional.of(bell);
    }
}
