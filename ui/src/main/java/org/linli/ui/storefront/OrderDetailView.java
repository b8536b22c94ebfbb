package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.payments.PaymentService;
import org.linli.platform.security.Permissions;
import org.linli.tenants.orders.ComplaintService;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderParty;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderTransition;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.orders.ServiceOrder;
import org.linli.ui.components.Formats;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One of the resident's orders: status, appointment, amount and refunds, the provider's and the resident's steps
 * in time order, and the one or two things to do next (pay, cancel, rate …).
 */
@Route(value = "my-orders/order", layout = StorefrontLayout.class)
@ViewPermission(Permissions.ORDER_READ)
public class OrderDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Logger LOG =
            Logger.getLogger(OrderDetailView.class.getName());

    private final OrderService orders;
    private final ComplaintService complaints;
    private final PaymentService payments;

    @Inject
    public OrderDetailView(OrderService orders, ComplaintService complaints, PaymentService payments) {
        this.orders = orders;
        this.complaints = complaints;
        this.payments = payments;
        addClassName("order-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        OrderId order = new OrderId(id);
        boolean backFromCashier = event.getLocation().getQueryParameters().getParameters()
                .containsKey("out_trade_no");
        if (backFromCashier) {
            // Back from the cashier: ask the gateway now instead of waiting for its notify.
            try {
                payments.check(order);
            } catch (RuntimeException gatewayNotReachable) {
                LOG.log(Level.INFO, "payment check for " + order + " failed", gatewayNotReachable);
            }
            // The gateway's return parameters (its signature among them) are read; they stay out of the address
            // bar, the history and anything the address is shared or bookmarked with.
            event.getUI().getPage().getHistory().replaceState(null, "my-orders/order/" + id);
        }
        OrderView view = orders.get(order);
        show(view);
        if (backFromCashier) {
            addComponentAsFirst(paymentResult(view.order()));
        }
    }

    /** What came of paying at the cashier: paid (with the amount), or not confirmed yet and still to pay. */
    private Div paymentResult(ServiceOrder order) {
        boolean paid = order.status() != OrderStatus.PLACED && order.status() != OrderStatus.CANCELLED;
        Div result = new Div();
        result.setId("payment-result");
        result.addClassNames("payment-result", paid ? "payment-result--paid" : "payment-result--pending");
        Span mark = new Span(paid ? "✓" : "…");
        mark.addClassName("payment-result-mark");
        Span headline = new Span(getTranslation(paid ? "order.paid.title" : "order.paid.pending"));
        headline.addClassName("payment-result-title");
        headline.setId("payment-result-title");
        Span detail = new Span(paid ? getTranslation("order.paid.detail", order.cashDue().format())
                : getTranslation("order.paid.pending.detail"));
        detail.addClassName("payment-result-detail");
        result.add(mark, headline, detail);
        return result;
    }

    private void show(OrderView view) {
        removeAll();
        ServiceOrder order = view.order();
        H2 title = new H2(order.title());
        Div status = new Div(OrderLabels.status(this, order.status()));
        status.setId("order-status");
        add(title, status);
        Div facts = new Div();
        facts.addClassName("order-facts");
        fact(facts, "order.number", "#" + order.id().value());
        if (order.scheduledStart() != null) {
            fact(facts, "order.appointment", Formats.dateTime(order.scheduledStart()) + " – "
                    + Formats.dateTime(order.scheduledEnd()).substring(11));
        }
        fact(facts, "order.address", order.serviceAddress());
        fact(facts, "order.amount", order.isFree() ? getTranslation("shop.free") : order.amount().format());
        if (order.pointsUsed() > 0) {
            fact(facts, "order.points-discount", getTranslation("order.points-discount.value", order.pointsUsed(),
                    order.discount().format()));
            fact(facts, "order.cash-due", order.cashDue().format());
        }
        if (!order.refunded().isZero()) {
            fact(facts, "order.refunded", order.refunded().format());
        }
        if (order.note() != null) {
            fact(facts, "order.note", order.note());
        }
        if (!order.checklist().isEmpty()) {
            boolean reported = order.tasksDone().size() > 0 || order.status() == OrderStatus.COMPLETED
                    || order.status() == OrderStatus.REVIEWED;
            fact(facts, "order.checklist", order.checklist().stream()
                    .map(task -> reported ? (order.tasksDone().contains(task) ? "✓ " : "✗ ") + task : task)
                    .collect(Collectors.joining("  ")));
        }
        add(facts, new OrderActions(orders, view, this::show));
        if (view.party() == OrderParty.RESIDENT && order.status() != OrderStatus.PLACED) {
            Button complain = new Button(getTranslation("complaints.file"), click -> complain(view));
            complain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            complain.setId("order-complain");
            add(complain);
        }
        add(new H3(getTranslation("order.history")));
        Div history = new Div();
        history.addClassName("order-history");
        for (OrderTransition step : orders.history(order.id())) {
            Div line = new Div(new Span(Formats.dateTime(step.occurredAt())),
                    new Span(getTranslation("order.status." + step.to().name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'))), new Span(OrderLabels.actor(this, step)));
            line.addClassName("order-history-step");
            history.add(line);
        }
        add(history);
    }

    private void complain(OrderView view) {
        TextDialog.ask(getTranslation("complaints.file"), getTranslation("complaints.text"), null,
                getTranslation("complaints.send"), ButtonVariant.LUMO_PRIMARY, text -> {
                    complaints.file(view.order().id(), text);
                    UiErrors.success(getTranslation("complaints.sent"));
                });
    }

    private void fact(Div facts, String key, String value) {
        Facts.add(facts, getTranslation(key), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("order.title") + " · " + getTranslation("app.name");
    }
}
