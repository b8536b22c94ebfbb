package org.linli.ui.console.inbox;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.security.Permissions;
import org.linli.tenants.inbox.Inbox;
import org.linli.ui.components.InboxList;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

/** A staff user's messages in the console; the bell in the header opens it. */
@Route(value = "messages", layout = MainLayout.class)
@ViewPermission(Permissions.INBOX_READ)
public class MessagesView extends Div implements HasDynamicTitle {

    @Inject
    public MessagesView(Inbox inbox) {
        addClassName("console-inbox");
        add(new InboxList(inbox));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
