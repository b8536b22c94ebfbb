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
 * The bell in a header: a link to the user's inbox with the number of unread messages as a badge, counted again
 * after every navigation ({@link #refresh}). Users without an inbox (no tenant bound, e.g. a platform operator
 * outside any tenant) get no bell.
 */
public final class InboxBell extends RouterLink {

    private final Inbox inbox;
    private final Span badge = new Span();

    private InboxBell(Inbox inbox, Class<? extends Component> inboxView) {
        super("", inboxView);
        this.inbox = inbox;
        add(VaadinIcon.BELL.create(), badge);
        addClassName("inbox-bell");
        setId("inbox-bell");
        badge.addClassName("inbox-badge");
        badge.setId("inbox-unread");
    }

    public static Optional<InboxBell> of(Inbox inbox, Class<? extends Component> inboxView) {
        if (!CurrentUser.isPermitted(Permissions.INBOX_READ) || TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        InboxBell bell = new InboxBell(inbox, inboxView);
        bell.refresh();
        return Optional.of(bell);
    }

    /** Counts the unread messages again; the badge shows only while there are some. */
    public void refresh() {
        long unread;
        try {
            unread = inbox.unread();
        } catch (DomainException notAvailable) {
            unread = 0;
        }
        String label = getTranslation("inbox.bell", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
    }
}
