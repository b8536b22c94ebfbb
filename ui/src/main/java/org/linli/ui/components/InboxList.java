package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.inbox.Inbox;
import org.linli.tenants.inbox.InboxMessage;

import java.util.List;

/**
 * The user's messages, newest first, for both the storefront and the console: each reads as the translation of its
 * key with its arguments, in the reader's language; tapping one marks it read and opens what it is about.
 */
public class InboxList extends Div {

    /** The newest messages shown; older ones are rarely wanted and stay in the API's pages. */
    static final int SHOWN = 100;

    private final Inbox inbox;
    private final Div items = new Div();
    private final Checkbox unreadOnly = new Checkbox();

    public InboxList(Inbox inbox) {
        this.inbox = inbox;
        addClassName("inbox-list");
        unreadOnly.setLabel(getTranslation("inbox.unread-only"));
        unreadOnly.setId("inbox-unread-only");
        unreadOnly.addValueChangeListener(change -> refresh());
        Button readAll = new Button(getTranslation("inbox.read-all"), click -> {
            inbox.readAll();
            refresh();
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("inbox-read-all");
        Div bar = new Div(unreadOnly, readAll);
        bar.addClassName("inbox-bar");
        items.setId("inbox-items");
        add(new H2(getTranslation("inbox.title")), bar, items);
        refresh();
    }

    private void refresh() {
        items.removeAll();
        List<InboxMessage> messages = inbox.mine(unreadOnly.getValue(), PageRequest.first(SHOWN)).items();
        if (messages.isEmpty()) {
            items.add(new EmptyState(getTranslation("inbox.empty")));
        }
        messages.forEach(message -> items.add(item(message)));
    }

    private Component item(InboxMessage message) {
        Span text = new Span(getTranslation(message.key(), message.args().toArray()));
        text.addClassName("inbox-text");
        Span sent = new Span(Formats.dateTime(message.sentAt()));
        sent.addClassName("inbox-sent");
        Div item = new Div(text, sent);
        item.addClassName("inbox-item");
        item.addClassName(message.isRead() ? "read" : "unread");
        item.setId("inbox-message-" + message.id());
        item.addClickListener(click -> open(message));
        return item;
    }

    private void open(InboxMessage message) {
        try {
            inbox.read(message.id());
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        if (message.link() != null && !message.link().isBlank()) {
            getUI().ifPresent(ui -> ui.navigate(message.link().replaceFirst("^/+", "")));
        } else {
            refresh();
        }
    }
}
