package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.ui.components.EmptyState;
import org.linli.ui.security.ViewPermission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The resident's orders, newest first, under tabs by where they stand (all, to pay, under way, done, refunds); each
 * card opens the order and carries the same next steps as its page (去支付 on an unpaid one).
 */
@Route(value = "my-orders", layout = StorefrontLayout.class)
@ViewPermission(Permissions.ORDER_PLACE)
public class MyOrdersView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 100;

    /** The tabs and the statuses each lists; "all" lists every status, cancelled orders included. */
    enum Shelf {
        ALL(EnumSet.allOf(OrderStatus.class)),
        UNPAID(EnumSet.of(OrderStatus.PLACED)),
        ACTIVE(EnumSet.of(OrderStatus.PAID, OrderStatus.ACCEPTED, OrderStatus.IN_SERVICE)),
        DONE(EnumSet.of(OrderStatus.COMPLETED, OrderStatus.REVIEWED)),
        REFUNDS(EnumSet.of(OrderStatus.REFUND_REQUESTED, OrderStatus.REFUNDED));

        final Set<OrderStatus> statuses;

        Shelf(Set<OrderStatus> statuses) {
            this.statuses = statuses;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final OrderService orders;
    private final Div cards = new Div();
    private Shelf shown = Shelf.ALL;

    @Inject
    public MyOrdersView(OrderService orders) {
        this.orders = orders;
        addClassName("my-orders-view");
        add(new H2(getTranslation("shop.tab.orders")));
        Tabs tabs = new Tabs();
        tabs.setId("my-orders-tabs");
        tabs.addClassName("my-orders-tabs");
        tabs.setWidthFull();
        Map<Tab, Shelf> shelves = new LinkedHashMap<>();
        for (Shelf shelf : Shelf.values()) {
            Tab tab = new Tab(getTranslation("my-orders.tab." + shelf.key()));
            tab.setId("my-orders-tab-" + shelf.key());
            shelves.put(tab, shelf);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(change -> {
            shown = shelves.get(change.getSelectedTab());
            refresh();
        });
        cards.addClassName("order-cards");
        cards.setId("my-orders");
        add(tabs, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<OrderView> mine = list(shown);
        if (mine.isEmpty()) {
            if (shown == Shelf.ALL) {
                cards.add(new EmptyState(""), new RouterLink(getTranslation("shop.orders.empty"), ShopView.class));
            } else {
                cards.add(new EmptyState(getTranslation("my-orders.empty." + shown.key())));
            }
            return;
        }
        for (OrderView view : mine) {
            cards.add(card(view));
        }
    }

    /** The card opens the order; its actions sit below the link, not inside it, so a tap does one thing. */
    private Div card(OrderView view) {
        RouterLink link = new RouterLink(OrderDetailView.class, view.order().id().value());
        link.add(new OrderCard(view));
        link.addClassName("order-link");
        Div item = new Div(link);
        item.addClassName("my-order");
        if (!view.actions().isEmpty()) {
            item.add(new OrderActions(orders, view, changed -> refresh()));
        }
        return item;
    }

    private List<OrderView> list(Shelf shelf) {
        if (shelf == Shelf.ALL) {
            return orders.list(OrderService.OrderFilter.all(), PageRequest.first(SHOWN)).items();
        }
        List<OrderView> found = new ArrayList<>();
        for (OrderStatus status : shelf.statuses) {
            found.addAll(orders.list(new OrderService.OrderFilter(status, null, null), PageRequest.first(SHOWN))
                    .items());
        }
        found.sort(Comparator.comparing((OrderView v) -> v.order().placedAt()).reversed()
                .thenComparing(v -> -v.order().id().value()));
        return found.size() > SHOWN ? found.subList(0, SHOWN) : found;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shop.tab.orders") + " · " + getTranslation("app.name");
    }
}
