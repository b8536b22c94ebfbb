package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.notices.NoticeAttachment;
import org.linli.tenants.notices.NoticeBoard;
import org.linli.tenants.notices.NoticeCard;
import org.linli.tenants.notices.NoticeHtml;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * A resident's notices on the phone: {@code /notices} lists those addressed to them, pinned and unread first;
 * {@code /notices/42} opens one — which records the reading — with its attachments, and, when the notice asks for
 * it, a button to acknowledge it.
 */
@Route(value = "notices", layout = StorefrontLayout.class)
@ViewPermission(Permissions.NOTICE_READ)
public class NoticesView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The notices listed at once; a resident rarely has more live notices than this. */
    static final int SHOWN = 100;

    private final NoticeBoard board;
    private String title = "";

    @Inject
    public NoticesView(NoticeBoard board) {
        this.board = board;
        addClassName("notices-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        try {
            if (id == null) {
                list();
            } else {
                open(id);
            }
        } catch (DomainException problem) {
            add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
        }
    }

    private void list() {
        title = getTranslation("notices.title");
        add(new H2(title));
        List<NoticeCard> cards = board.mine(PageRequest.first(SHOWN)).items();
        if (cards.isEmpty()) {
            add(new EmptyState(getTranslation("notices.empty")));
        }
        Div list = new Div();
        list.addClassName("notice-cards");
        list.setId("notice-cards");
        cards.forEach(card -> list.add(card(this, card)));
        add(list);
    }

    /** One notice as a tappable line: pinned and unread marks, title, date. */
    static Component card(Component owner, NoticeCard card) {
        RouterLink link = new RouterLink(NoticesView.class, card.notice().id());
        link.addClassName("notice-card");
        link.addClassName(card.isRead() ? "read" : "unread");
        link.setId("notice-" + card.notice().id());
        if (card.notice().pinned()) {
            link.add(new StatusBadge(owner.getTranslation("notices.pinned"), StatusBadge.Tone.ATTENTION));
        }
        if (!card.isRead()) {
            link.add(new StatusBadge(owner.getTranslation("notices.unread"), StatusBadge.Tone.GOOD));
        } else if (card.awaitsAcknowledgement()) {
            link.add(new StatusBadge(owner.getTranslation("notices.to-acknowledge"), StatusBadge.Tone.ATTENTION));
        }
        Span heading = new Span(card.notice().title());
        heading.addClassName("notice-title");
        Span date = new Span(Formats.dateTime(card.notice().publishedAt()));
        date.addClassName("notice-date");
        link.add(heading, date);
        return link;
    }

    private void open(long id) {
        NoticeBoard.Opened opened = board.open(id);
        NoticeCard card = opened.card();
        title = card.notice().title();
        RouterLink back = new RouterLink(getTranslation("notices.all"), NoticesView.class);
        back.addClassName("notice-back");
        Span date = new Span(getTranslation("notices.published", Formats.dateTime(card.notice().publishedAt())));
        date.addClassName("notice-date");
        Div body = new Div();
        body.addClassName("notice-body");
        body.setId("notice-body");
        // Cleaned to the notice subset on the server when it was written, and again here in case of old rows.
        body.getElement().setProperty("innerHTML", NoticeHtml.clean(card.notice().body()));
        add(back, new H2(title), date, body);
        if (!opened.attachments().isEmpty()) {
            Div files = new Div();
            files.addClassName("notice-attachments");
            opened.attachments().forEach(attachment -> files.add(download(id, attachment)));
            add(files);
        }
        add(acknowledgement(id, card));
    }

    private Component acknowledgement(long id, NoticeCard card) {
        Div area = new Div();
        area.setId("notice-acknowledgement");
        if (!card.notice().acknowledgementRequired()) {
            return area;
        }
        if (card.acknowledgedAt() != null) {
            area.add(new StatusBadge(getTranslation("notices.acknowledged", Formats.dateTime(card.acknowledgedAt())),
                    StatusBadge.Tone.GOOD));
            return area;
        }
        Button acknowledge = FleaView.primary(new Button(getTranslation("notices.acknowledge"), click -> {
            try {
                NoticeBoard.Opened done = board.acknowledge(id);
                area.removeAll();
                area.add(new StatusBadge(getTranslation("notices.acknowledged",
                        Formats.dateTime(done.card().acknowledgedAt())), StatusBadge.Tone.GOOD));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        }));
        acknowledge.setId("notice-acknowledge");
        area.add(new Span(getTranslation("notices.acknowledge.hint")), acknowledge);
        return area;
    }

    private Component download(long notice, NoticeAttachment attachment) {
        DownloadHandler bytes = event -> {
            StoredFile file = board.attachment(notice, attachment.id());
            event.setContentType(file.type().mediaType());
            event.setFileName(file.fileName());
            event.getOutputStream().write(file.bytes());
        };
        Anchor link = new Anchor(bytes, attachment.fileName() + " (" + Math.max(1, attachment.sizeBytes() / 1024)
                + " KB)");
        link.addClassName("notice-attachment");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
