package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.flea.FleaMessage;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.MessageService;
import org.linli.tenants.flea.Payment;
import org.linli.tenants.flea.Reservation;
import org.linli.tenants.flea.ReservationStatus;
import org.linli.tenants.flea.TradeService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * The resident's flea-market reservations on a phone, as buyer and as seller: the buyer's pickup code, the seller's
 * accept, decline and handover (entering the code), cancelling, paying online at the cashier, rating once after the
 * handover, and the messages of each reservation.
 */
@Route(value = "flea/reservations", layout = StorefrontLayout.class)
@ViewPermission(Permissions.FLEA_TRADE)
public class FleaReservationsView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 30;

    private final TradeService trade;
    private final MessageService messages;
    private final Div cards = new Div();

    @Inject
    public FleaReservationsView(TradeService trade, MessageService messages) {
        this.trade = trade;
        this.messages = messages;
        addClassName("flea-reservations-view");
        cards.setId("flea-reservations");
        cards.addClassName("order-cards");
        add(new H2(getTranslation("flea.reservations")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        try {
            var page = trade.mine(PageRequest.first(SHOWN));
            if (page.items().isEmpty()) {
                cards.add(new EmptyState(getTranslation("flea.reservations.none")));
            }
            page.items().forEach(view -> cards.add(card(view)));
        } catch (DomainException problem) {
            cards.add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
        }
    }

    private Component card(TradeService.ReservationView view) {
        Reservation r = view.reservation();
        long id = r.id();
        Span title = new Span(r.title());
        title.addClassName("flea-title");
        Div card = new Div(title, new StatusBadge(getTranslation("flea.reservation.status." + r.status().name()
                .toLowerCase(Locale.ROOT)), r.status().isOpen() ? StatusBadge.Tone.ATTENTION
                : StatusBadge.Tone.NEUTRAL),
                new Span(getTranslation(view.buyer() ? "flea.role.buyer" : "flea.role.seller",
                        FleaLabels.seller(view.counterpart()))),
                new Span(getTranslation("flea.payment." + r.payment().name().toLowerCase(Locale.ROOT))
                        + " · " + amount(r)));
        card.addClassNames("order-card", "flea-reservation");
        card.setId("flea-reservation-" + id);
        if (r.status().isOpen()) {
            card.add(new Span(getTranslation("flea.lapses", Formats.dateTime(r.lapsesAt()))));
        }
        if (view.buyer() && r.status() == ReservationStatus.ACCEPTED) {
            Span code = new Span(getTranslation("flea.pickup-code", view.pickupCodeForViewer()));
            Codes.mark(code);
            code.setId("flea-pickup-code-" + id);
            card.add(code);
        }
        Div actions = new Div();
        actions.addClassName("flea-actions");
        if (!view.buyer() && r.status() == ReservationStatus.REQUESTED) {
            actions.add(button("flea.accept", id, "accept", () -> trade.accept(id), true),
                    button("flea.decline", id, "decline", () -> trade.decline(id), false));
        }
        if (!view.buyer() && r.status() == ReservationStatus.ACCEPTED) {
            TextField code = new TextField();
            code.setPlaceholder(getTranslation("flea.enter-code"));
            code.setId("flea-code-" + id);
            actions.add(code, button("flea.handover", id, "handover", () -> trade.handOver(id, code.getValue()),
                    true));
        }
        if (view.buyer() && r.payment() == Payment.YUAN_ONLINE && r.status() == ReservationStatus.ACCEPTED
                && !r.isPaid()) {
            Button pay = FleaView.primary(new Button(getTranslation("flea.pay-online"), click -> payOnline(id)));
            pay.setId("flea-pay-" + id);
            actions.add(pay);
        }
        if (r.status().isOpen()) {
            actions.add(button("flea.cancel", id, "cancel", () -> trade.cancel(id), false));
        }
        Integer mine = view.buyer() ? r.buyerStars() : r.sellerStars();
        if (r.status() == ReservationStatus.COMPLETED && mine == null) {
            Select<Integer> stars = new Select<>();
            stars.setItems(5, 4, 3, 2, 1);
            stars.setValue(5);
            stars.setItemLabelGenerator(n -> "★".repeat(n));
            stars.setId("flea-stars-" + id);
            TextField comment = new TextField();
            comment.setPlaceholder(getTranslation("flea.comment"));
            actions.add(stars, comment, button("flea.rate", id, "rate", () -> trade.rate(id,
                    new ListingCommands.Rating(stars.getValue(), comment.getValue())), true));
        } else if (mine != null) {
            card.add(new Span(getTranslation("flea.rated", "★".repeat(mine))));
        }
        card.add(actions, conversation(id));
        return card;
    }

    private String amount(Reservation r) {
        if (r.pricePoints() != null) {
            return getTranslation("flea.price.points", r.pricePoints());
        }
        return r.priceFen() == null ? getTranslation("flea.price.free") : FleaLabels.yuan(r.priceFen());
    }

    private Component conversation(long id) {
        Div lines = new Div();
        lines.addClassName("flea-messages");
        TextField text = new TextField();
        text.setMaxLength(FleaMessage.MAX_LENGTH);
        text.setPlaceholder(getTranslation("flea.message"));
        text.setId("flea-message-" + id);
        Button send = new Button(getTranslation("flea.send"), click -> {
            try {
                messages.send(id, text.getValue());
                text.clear();
                showMessages(id, lines);
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        Details details = new Details(getTranslation("flea.messages"), new Div(lines, new Div(text, send)));
        details.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                showMessages(id, lines);
            }
        });
        return details;
    }

    private void showMessages(long id, Div lines) {
        lines.removeAll();
        messages.messages(id, PageRequest.first(100)).items().forEach(m -> {
            Span line = new Span(Formats.dateTime(m.sentAt()) + "  " + m.body());
            line.addClassName("flea-message");
            lines.add(new Div(line));
        });
    }

    private Button button(String key, long id, String action, Runnable run, boolean primary) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                run.run();
                UiErrors.success(getTranslation(key));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
            refresh();
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        button.setId("flea-" + action + "-" + id);
        return button;
    }

    private void payOnline(long id) {
        try {
            CheckoutPort.Start start = trade.payOnline(id, CheckoutPort.Channel.PHONE);
            if (start.confirmed()) {
                UiErrors.success(getTranslation("flea.paid"));
                refresh();
            } else {
                getUI().ifPresent(ui -> ui.getPage().setLocation(start.cashierUrl()));
            }
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flea.reservations") + " · " + getTranslation("app.name");
    }
}
