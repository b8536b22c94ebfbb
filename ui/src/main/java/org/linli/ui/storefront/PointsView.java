package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.points.PointsMall;
import org.linli.tenants.points.PointsStatement;
import org.linli.tenants.points.Redemption;
import org.linli.tenants.points.RedemptionStatus;
import org.linli.tenants.points.Reward;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * "积分": the resident's balance with what expires soon and the expiry reminders, the points mall with one redeem
 * button per reward (answering the pickup code), the redemptions waiting for pickup, and the latest movements.
 * Phone first: one column of cards.
 */
@Route(value = "points", layout = StorefrontLayout.class)
@ViewPermission(Permissions.POINTS_USE)
public class PointsView extends Div implements HasDynamicTitle {

    /** How many movements and redemptions the page shows; the full statement is paged in the API. */
    private static final int LATEST = 20;

    private final PointsStatement statement;
    private final PointsMall mall;
    private final Div summary = new Div();
    private final Div shelf = new Div();
    private final Div pickups = new Div();
    private final Div history = new Div();

    @Inject
    public PointsView(PointsStatement statement, PointsMall mall) {
        this.statement = statement;
        this.mall = mall;
        addClassName("points-view");
        summary.setId("points-summary");
        shelf.setId("points-mall");
        shelf.addClassName("order-cards");
        pickups.setId("points-pickups");
        pickups.addClassName("order-cards");
        history.setId("points-history");
        history.addClassName("order-cards");
        add(new H2(getTranslation("points.title")), summary, new H3(getTranslation("points.mall")), shelf,
                new H3(getTranslation("points.pickups")), pickups, new H3(getTranslation("points.history")), history);
        try {
            refresh();
        } catch (DomainException problem) {
            removeAll();
            add(new H2(getTranslation("points.title")), new EmptyState(getTranslation("points.unregistered")));
        }
    }

    private void refresh() {
        PointsStatement.Summary mine = statement.me();
        summary.removeAll();
        Span balance = new Span(String.valueOf(mine.balance()));
        balance.addClassName("points-balance");
        balance.setId("points-balance");
        summary.add(balance, new Span(" " + getTranslation("points.unit")));
        if (mine.expiringSoon() > 0) {
            Paragraph soon = new Paragraph(getTranslation("points.expiring-soon", mine.expiringSoon(),
                    mine.nextExpiry()));
            soon.setId("points-expiring");
            summary.add(soon);
        }
        mine.reminders().forEach(reminder -> {
            Div note = new Div(new Span(getTranslation("points.reminder", reminder.points(), reminder.expiresOn())));
            note.addClassName("reminder");
            note.setId("points-reminder-" + reminder.expiresOn());
            summary.add(note);
        });
        shelf.removeAll();
        var rewards = mall.shelf(PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (rewards.isEmpty()) {
            shelf.add(new EmptyState(getTranslation("points.mall.empty")));
        }
        rewards.forEach(reward -> shelf.add(rewardCard(reward, mine.balance())));
        pickups.removeAll();
        var waiting = mall.myRedemptions(PageRequest.first(LATEST)).items().stream()
                .filter(r -> r.status() == RedemptionStatus.WAITING).toList();
        if (waiting.isEmpty()) {
            pickups.add(new EmptyState(getTranslation("points.pickups.none")));
        }
        waiting.forEach(redemption -> pickups.add(pickupCard(redemption)));
        history.removeAll();
        var movements = statement.myHistory(PageRequest.first(LATEST)).items();
        if (movements.isEmpty()) {
            history.add(new EmptyState(getTranslation("points.history.none")));
        }
        movements.forEach(movement -> {
            Span what = new Span(getTranslation("points.kind." + movement.kind()) + (movement.memo() == null ? ""
                    : " · " + movement.memo()));
            Span amount = new Span((movement.points() > 0 ? "+" : "") + movement.points());
            amount.addClassName(movement.points() > 0 ? "points-in" : "points-out");
            Div head = new Div(what, amount);
            head.addClassName("order-card-head");
            Span when = new Span(Formats.dateTime(movement.at()));
            when.addClassName("order-when");
            Div card = new Div(head, when);
            card.addClassName("order-card");
            history.add(card);
        });
    }

    private Component rewardCard(Reward reward, long balance) {
        Span name = new Span(reward.name());
        name.addClassName("order-title");
        Span price = new Span(getTranslation("points.price", reward.price()));
        price.addClassName("points-price");
        Div head = new Div(name, price);
        head.addClassName("order-card-head");
        Div card = new Div(head);
        if (reward.description() != null && !reward.description().isBlank()) {
            card.add(new Paragraph(reward.description()));
        }
        Span stock = new Span(getTranslation("points.stock", reward.stock(), reward.perPersonLimit()));
        stock.addClassName("order-when");
        Button redeem = new Button(getTranslation("points.redeem"), click -> confirm(reward));
        redeem.setId("redeem-" + reward.id());
        redeem.addClassName("order-action");
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redeem.setEnabled(reward.stock() > 0 && balance >= reward.price());
        card.add(stock, redeem);
        card.addClassName("order-card");
        return card;
    }

    private void confirm(Reward reward) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("points.redeem.confirm", reward.name(), reward.price()));
        Button yes = new Button(getTranslation("points.redeem"), click -> {
            try {
                Redemption done = mall.redeem(reward.id());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                Span code = new Span(done.pickupCode());
                Codes.mark(code);
                code.setId("redeemed-code");
                dialog.setHeaderTitle(getTranslation("points.redeemed"));
                dialog.add(new Paragraph(getTranslation("points.redeemed.show")), code);
                Button close = new Button(getTranslation("points.close"), again -> dialog.close());
                close.setId("redeemed-close");
                dialog.getFooter().add(close);
                refresh();
            } catch (DomainException problem) {
                dialog.close();
                UiErrors.show(problem);
            }
        });
        yes.setId("redeem-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("points.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private Component pickupCard(Redemption redemption) {
        Span name = new Span(redemption.rewardName());
        name.addClassName("order-title");
        Div head = new Div(name, new StatusBadge(getTranslation("points.redemption."
                + redemption.status().name().toLowerCase(Locale.ROOT)), StatusBadge.Tone.ATTENTION));
        head.addClassName("order-card-head");
        Span code = new Span(redemption.pickupCode());
        Codes.mark(code);
        Button cancel = new Button(getTranslation("points.redemption.cancel"), click -> {
            try {
                mall.cancel(redemption.pickupCode());
                UiErrors.success(getTranslation("points.redemption.cancelled.done"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        cancel.setId("cancel-" + redemption.pickupCode());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(head, code, cancel);
        card.addClassName("order-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("points.title") + " · " + getTranslation("app.name");
    }
}
