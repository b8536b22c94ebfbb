package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.ui.components.EmptyState;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/** The resident's orders, newest first; tap one for its details and what can be done next. */
@Route(value = "my-orders", layout = StorefrontLayout.class)
@ViewPermission(Permissions.ORDER_PLACE)
public class MyOrdersView extends Div implements HasDynamicTitle {

    @Inject
    public MyOrdersView(OrderService orders) {
        addClassName("my-orders-view");
        add(new H2(getTranslation("shop.tab.orders")));
        List<OrderView> mine = orders.list(OrderService.OrderFilter.all(), PageRequest.first(100)).items();
        if (mine.isEmpty()) {
            RouterLink shop = new RouterLink(getTranslation("shop.orders.empty"), ShopView.class);
            add(new EmptyState(""), shop);
        }
        Div cards = new Div();
        cards.addClassName("order-cards");
        cards.setId("my-orders");
        for (OrderView view : mine) {
            RouterLink link = new RouterLink(OrderDetailView.class, view.order().id().value());
            link.add(new OrderCard(view));
            link.addClassName("order-link");
            cards.add(link);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shop.tab.orders") + " · " + getTranslation("app.name");
    }
}
