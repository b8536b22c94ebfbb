package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.orders.ServiceOrder;
import org.linli.ui.components.Formats;

/** An order at a glance: what, when, how much, and its status. */
public class OrderCard extends Div {

    public OrderCard(OrderView view) {
        ServiceOrder order = view.order();
        addClassName("order-card");
        setId("order-card-" + order.id().value());
        Span title = new Span(order.title());
        title.addClassName("order-title");
        Div head = new Div(title, OrderLabels.status(this, order.status()));
        head.addClassName("order-card-head");
        Span when = new Span(order.scheduledStart() == null
                ? getTranslation("order.placed-at", Formats.dateTime(order.placedAt()))
                : getTranslation("order.scheduled", Formats.dateTime(order.scheduledStart())));
        when.addClassName("order-when");
        Span amount = new Span(order.isFree() ? getTranslation("shop.free") : order.amount().format());
        amount.addClassNames("order-amount", "amount");
        Div foot = new Div(when, amount);
        foot.addClassName("order-card-foot");
        add(head, foot);
    }
}
