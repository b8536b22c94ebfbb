package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.ui.components.UiErrors;

import java.util.EnumSet;
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

    public OrderActions(OrderService orders, OrderView view, Consumer<OrderView> changed) {
        this.orders = orders;
        this.changed = changed;
        addClassName("order-actions");
        long id = view.order().id().value();
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
    }

    private void start(OrderView view, OrderAction action) {
        if (action == OrderAction.REVIEW) {
            review(view);
        } else if (NEED_TEXT.contains(action)) {
            withReason(view, action);
        } else {
            run(view, action, OrderCommands.ActionDetails.none());
        }
    }

    private void withReason(OrderView view, OrderAction action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(OrderLabels.action(this, action));
        TextArea reason = new TextArea(getTranslation("order.reason"));
        reason.setId("order-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        if (action == OrderAction.CANCEL && view.order().scheduledStart() != null) {
            reason.setHelperText(getTranslation("order.cancel.policy", view.order().cancellation().freeHours(),
                    view.order().cancellation().fee().format()));
        }
        dialog.add(reason);
        Button confirm = new Button(OrderLabels.action(this, action), click -> {
            if (run(view, action, new OrderCommands.ActionDetails(null, reason.getValue()))) {
                dialog.close();
            }
        });
        confirm.setId("order-action-confirm");
        confirm.addThemeVariants(action == OrderAction.REQUEST_REFUND ? ButtonVariant.LUMO_PRIMARY
                : ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
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

    private boolean run(OrderView view, OrderAction action, OrderCommands.ActionDetails details) {
        try {
            OrderView after = orders.act(view.order().id(), action, details);
            UiErrors.success(getTranslation("order.done." + action.pathName()));
            changed.accept(after);
            return true;
        } catch (org.linli.platform.problem.DomainException problem) {
            UiErrors.show(problem);
            return false;
        }
    }
}
