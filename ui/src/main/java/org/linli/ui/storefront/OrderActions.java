package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderParty;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.orders.PaymentPort;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The buttons for what the signed-in party may do next with an order. Actions that need words (decline, cancel,
 * refund request) or stars (review) ask for them in a dialog first. Ids are {@code order-<id>-<action>}.
 */
public class OrderActions extends Div {

    private static final Set<OrderAction> PRIMARY = EnumSet.of(OrderAction.PAY, OrderAction.ACCEPT,
            OrderAction.START, OrderAction.COMPLETE, OrderAction.REVIEW, OrderAction.REFUND);
    private static final Set<OrderAction> NEED_TEXT = EnumSet.of(OrderAction.DECLINE, OrderAction.CANCEL,
            OrderAction.REQUEST_REFUND);

    private final OrderService orders;
    private final Consumer<OrderView> changed;
    private CheckboxGroup<String> checklist;

    public OrderActions(OrderService orders, OrderView view, Consumer<OrderView> changed) {
        this.orders = orders;
        this.changed = changed;
        addClassName("order-actions");
        long id = view.order().id().value();
        if (view.actions().contains(OrderAction.COMPLETE) && !view.order().checklist().isEmpty()) {
            // Checking out of a job with a checklist: tick what was done, right on the card (all, unless not).
            checklist = new CheckboxGroup<>(getTranslation("order.checklist"));
            checklist.setItems(view.order().checklist());
            checklist.setValue(new LinkedHashSet<>(view.order().checklist()));
            checklist.setId("order-" + id + "-checklist");
            add(checklist);
        }
        for (OrderAction action : view.actions()) {
            Button button = new Button(OrderLabels.action(this, action), click -> start(view, action));
            button.setId("order-" + id + "-" + action.pathName());
            button.addClassName("order-action");
            if (PRIMARY.contains(action)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (action == OrderAction.CANCEL || action == OrderAction.DECLINE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            add(button);
        }
        if (view.actions().contains(OrderAction.PAY) && view.party() == OrderParty.RESIDENT) {
            // An offering the tenant lets be paid in time: the resident may pay its price in minutes instead.
            orders.minutesToPay(view.order().id()).ifPresent(minutes -> {
                Button inTime = new Button(getTranslation("order.pay-in-time", minutes), click -> payInTime(view));
                inTime.setId("order-" + id + "-pay-in-time");
                inTime.addClassName("order-action");
                add(inTime);
            });
        }
    }

    private void payInTime(OrderView view) {
        try {
            OrderView after = orders.payInTime(view.order().id());
            UiErrors.success(getTranslation("order.done.pay-in-time", after.order().paidMinutes()));
            changed.accept(after);
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void start(OrderView view, OrderAction action) {
        if (action == OrderAction.REVIEW) {
            review(view);
        } else if (action == OrderAction.COMPLETE && checklist != null) {
            run(view, action, new OrderCommands.ActionDetails(null, null, view.order().checklist().stream()
                    .filter(checklist.getValue()::contains).toList()));
        } else if (NEED_TEXT.contains(action)) {
            withReason(view, action);
        } else {
            run(view, action, OrderCommands.ActionDetails.none());
        }
    }

    private void withReason(OrderView view, OrderAction action) {
        String hint = action == OrderAction.CANCEL && view.order().scheduledStart() != null
                ? getTranslation("order.cancel.policy", view.order().cancellation().freeHours(),
                view.order().cancellation().fee().format()) : null;
        TextDialog.ask(OrderLabels.action(this, action), getTranslation("order.reason"), hint,
                OrderLabels.action(this, action), action == OrderAction.REQUEST_REFUND ? ButtonVariant.LUMO_PRIMARY
                        : ButtonVariant.LUMO_ERROR, reason -> act(view, action, new OrderCommands.ActionDetails(null,
                        reason)));
    }

    private void review(OrderView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("order.review.title"));
        RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("order.review.stars"));
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> "★".repeat(n));
        stars.setValue(5);
        stars.setId("review-stars");
        TextArea text = new TextArea(getTranslation("order.review.text"));
        text.setId("review-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        dialog.add(stars, text);
        Button submit = new Button(getTranslation("order.review.submit"), click -> {
            if (run(view, OrderAction.REVIEW, new OrderCommands.ActionDetails(stars.getValue(), text.getValue()))) {
                dialog.close();
            }
        });
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), submit);
        dialog.open();
    }

    /** A phone's browser pays with wap pay, a desktop's with page pay (the gateway's cashier suits each). */
    private static PaymentPort.Channel channel() {
        WebBrowser browser = VaadinSession.getCurrent().getBrowser();
        boolean phone = browser.isAndroid() || browser.isIPhone() || browser.isWindowsPhone()
                || String.valueOf(browser.getBrowserApplication()).contains("Mobile");
        return phone ? PaymentPort.Channel.PHONE : PaymentPort.Channel.DESKTOP;
    }

    private boolean run(OrderView view, OrderAction action, OrderCommands.ActionDetails details) {
        try {
            act(view, action, details);
            return true;
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return false;
        }
    }

    private void act(OrderView view, OrderAction action, OrderCommands.ActionDetails details) {
        OrderView after = action == OrderAction.PAY ? orders.pay(view.order().id(), channel())
                : orders.act(view.order().id(), action, details);
        if (after.cashierUrl() != null) {
            // The payer confirms at the gateway's cashier, which sends the browser back to the order.
            getUI().ifPresent(ui -> ui.getPage().setLocation(after.cashierUrl()));
            return;
        }
        UiErrors.success(getTranslation("order.done." + action.pathName()));
        changed.accept(after);
    }
}
