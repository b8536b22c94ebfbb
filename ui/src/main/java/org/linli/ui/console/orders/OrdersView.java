package org.linli.ui.console.orders;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.modules.Module;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;
import org.linli.ui.storefront.OrderActions;
import org.linli.ui.storefront.OrderLabels;

import java.util.Locale;

/**
 * All orders of the tenant for operators, paged on the server, filtered by status and module; refund requests are
 * decided right in the list.
 */
@Route(value = "orders", layout = MainLayout.class)
@ViewPermission(Permissions.MARKET_READ)
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    private final OrderService orders;
    private final ListGrid<OrderView> grid = new ListGrid<>();
    private final Select<OrderStatus> status = new Select<>();
    private final Select<Module> module = new Select<>();

    @Inject
    public OrdersView(OrderService orders) {
        this.orders = orders;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.orders")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        status.setLabel(getTranslation("orders.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("orders.any"));
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("orders.any")
                : getTranslation("order.status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        status.setId("orders-status");
        module.setLabel(getTranslation("offering.module"));
        module.setEmptySelectionAllowed(true);
        module.setEmptySelectionCaption(getTranslation("orders.any"));
        module.setItems(Module.values());
        module.setItemLabelGenerator(m -> m == null ? getTranslation("orders.any") : getTranslation(m.label().key()));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        module.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.setId("orders-grid");
        grid.addColumn(v -> "#" + v.order().id().value()).setHeader(getTranslation("order.number")).setAutoWidth(true);
        grid.addColumn(v -> v.order().title()).setHeader(getTranslation("offering.title")).setFlexGrow(2);
        grid.addColumn(v -> getTranslation(v.order().module().label().key()))
                .setHeader(getTranslation("offering.module"));
        grid.addComponentColumn(v -> OrderLabels.status(this, v.order().status()))
                .setHeader(getTranslation("orders.status"));
        grid.addColumn(v -> v.order().amount().format()).setHeader(getTranslation("order.amount"))
                .setTextAlign(ColumnTextAlign.END).setPartNameGenerator(v -> "amount");
        grid.addColumn(v -> v.order().refunded().isZero() ? "" : v.order().refunded().format())
                .setHeader(getTranslation("order.refunded"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(v -> Formats.dateTime(v.order().placedAt())).setHeader(getTranslation("orders.placed"));
        grid.addColumn(v -> Formats.dateTime(v.order().scheduledStart()))
                .setHeader(getTranslation("order.appointment"));
        grid.addComponentColumn(v -> new OrderActions(orders, v, after -> grid.getDataProvider().refreshAll()))
                .setAutoWidth(true);
        grid.setItems(query -> orders.list(filter(), new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) orders.list(filter(), PageRequest.first(1)).total());
        Button clear = new Button(
                getTranslation("orders.clear-filters"), click -> {
                    status.clear();
                    module.clear();
                });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        grid.setEmptyState(getTranslation("orders.empty"), clear);
        add(new HorizontalLayout(status, module), grid);
    }

    private OrderService.OrderFilter filter() {
        return new OrderService.OrderFilter(status.getValue(), module.getValue(), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.orders") + " · " + getTranslation("app.name");
    }
}
