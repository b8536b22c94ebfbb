package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.security.Permissions;
import org.linli.tenants.inbox.Inbox;
import org.linli.ui.components.InboxList;
import org.linli.ui.security.ViewPermission;

/** A resident's messages on the phone: reminders and news about their things, tap one to open it. */
@Route(value = "inbox", layout = StorefrontLayout.class)
@ViewPermission(Permissions.INBOX_READ)
public class InboxView extends Div implements HasDynamicTitle {

    @Inject
    public InboxView(Inbox inbox) {
        addClassName("storefront-inbox");
        add(new InboxList(inbox));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
