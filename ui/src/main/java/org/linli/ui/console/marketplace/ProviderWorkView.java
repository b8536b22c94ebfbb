package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.commission.SplitService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.orders.ServiceOrder;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatCard;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;
import org.linli.ui.storefront.OrderActions;
import org.linli.ui.storefront.OrderCard;
import org.linli.ui.storefront.OrderLabels;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The provider staff's home, phone-friendly: figures that open the work (today's jobs, new orders to accept, this
 * month's earnings), today's jobs in time order (time, service, address, state; each opens its order card), the
 * orders with accept / decline, check-in (start) and check-out (complete) right on each card, and the week's slots.
 */
@Route(value = "work", layout = MainLayout.class)
@ViewPermission(Permissions.PROVIDER_WORK)
public class ProviderWorkView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<OrderStatus> TO_DO = EnumSet.of(OrderStatus.PAID, OrderStatus.ACCEPTED,
            OrderStatus.IN_SERVICE);

    private final OrderService orders;
    private final SlotService slots;
    private final SplitService splits;
    private final Div summary = new Div();
    private final Div today = new Div();
    private final Div week = new Div();
    private final Div cards = new Div();
    private final Select<OrderStatus> filter = new Select<>();

    @Inject
    public ProviderWorkView(ProviderService providers, OrderService orders, SlotService slots,
                            SplitService splits) {
        this.orders = orders;
        this.splits = splits;
        this.slots = slots;
        addClassName("list-view");
        Provider me;
        try {
            me = providers.mine();
        } catch (DomainException notLinked) {
            add(new H2(getTranslation("nav.work")), new EmptyState(getTranslation("problem." + notLinked.code())));
            return;
        }
        add(new H2(me.name()));
        summary.addClassName("stat-cards");
        summary.setId("provider-summary");
        filter.setLabel(getTranslation("work.filter"));
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("work.filter.open"));
        filter.setItems(OrderStatus.values());
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("work.filter.open")
                : getTranslation("order.status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        filter.setId("work-filter");
        filter.addValueChangeListener(change -> refresh());
        cards.addClassName("order-cards");
        cards.setId("work-orders");
        week.addClassName("work-week");
        week.setId("work-week");
        Button publish = new Button(getTranslation("availability.title"), VaadinIcon.CALENDAR_CLOCK.create(),
                click -> new AvailabilityDialog(slots, this::refresh).open());
        publish.setId("availability-open");
        HorizontalLayout weekHeading = new HorizontalLayout(new H3(getTranslation("work.week")), publish);
        weekHeading.setAlignItems(Alignment.BASELINE);
        today.addClassName("work-jobs");
        today.setId("work-today-jobs");
        add(summary, new H3(getTranslation("work.today.jobs")), today, new H3(getTranslation("work.orders")), filter,
                cards, weekHeading, week);
        refresh();
    }

    private void refresh() {
        List<OrderView> all = orders.list(OrderService.OrderFilter.all(), PageRequest.first(200)).items();
        LocalDate day = LocalDate.now(ChinaTime.ZONE);
        List<OrderView> jobs = orders.jobs(day.atStartOfDay(ChinaTime.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        summary.removeAll();
        ZonedDateTime monthStart = day.withDayOfMonth(1).atStartOfDay(ChinaTime.ZONE);
        Money earned = splits.providerEarnedSince(monthStart.toInstant());
        long waiting = orders.list(new OrderService.OrderFilter(OrderStatus.PAID, null, null), PageRequest.first(1))
                .total();
        summary.add(figure("work-card-today", "work.today", Long.toString(jobs.size()), () -> scrollTo(today)),
                figure("work-card-waiting", "work.waiting", Long.toString(waiting), () -> {
                    filter.setValue(OrderStatus.PAID);
                    scrollTo(cards);
                }),
                stat("work-card-earned", "work.earned", earned.format()));
        showJobs(jobs);
        cards.removeAll();
        List<OrderView> shown = all.stream().filter(v -> filter.getValue() == null
                        ? TO_DO.contains(v.order().status()) : v.order().status() == filter.getValue())
                .sorted(Comparator.comparing((OrderView v) -> v.order().scheduledStart() == null
                        ? v.order().placedAt() : v.order().scheduledStart())).toList();
        if (shown.isEmpty()) {
            cards.add(new EmptyState(getTranslation("work.empty")));
        }
        shown.forEach(view -> cards.add(card(view)));
        showWeek(all);
    }

    /** Today's jobs in time order; each opens its order card below, switching the list to show it if need be. */
    private void showJobs(List<OrderView> jobs) {
        today.removeAll();
        if (jobs.isEmpty()) {
            today.add(new EmptyState(getTranslation("work.today.none")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm")
                .withZone(ChinaTime.ZONE);
        for (OrderView job : jobs) {
            ServiceOrder order = job.order();
            Span at = new Span(order.scheduledStart() == null ? getTranslation("work.today.any-time")
                    : time.format(order.scheduledStart()));
            at.addClassName("work-job-time");
            Span what = new Span(order.title());
            what.addClassName("work-job-title");
            Span where = new Span(order.serviceAddress());
            where.addClassName("order-address");
            Div row = new Div(at, what, where, OrderLabels.status(this, order.status()));
            row.addClassName("work-job");
            row.setId("work-job-" + order.id().value());
            actionable(row, () -> {
                OrderStatus showing = filterShowing(order.status(), filter.getValue());
                if (!Objects.equals(showing, filter.getValue())) {
                    filter.setValue(showing);
                }
                cards.getChildren().filter(card -> card.getId().orElse("").equals("order-card-"
                        + order.id().value())).findFirst().ifPresent(ProviderWorkView::scrollTo);
            });
            today.add(row);
        }
    }

    /**
     * The filter under which the order list shows an order in {@code status}: the current one if it already does
     * (open orders are shown when no state is chosen), otherwise that state.
     */
    static OrderStatus filterShowing(OrderStatus status, OrderStatus current) {
        if (current == null ? TO_DO.contains(status) : current == status) {
            return current;
        }
        return status;
    }

    /** A figure that opens its work on this page, by pointer or keyboard. */
    private Component figure(String id, String key, String value, Runnable open) {
        StatCard card = new StatCard(value, getTranslation(key));
        card.setId(id);
        actionable(card, open);
        return card;
    }

    private static void actionable(Div target, Runnable open) {
        target.addClassName("actionable");
        target.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        target.addClickListener(click -> open.run());
        target.getElement().addEventListener("keydown", key -> open.run()).setFilter("event.key === 'Enter'");
    }

    private static void scrollTo(Component target) {
        target.getElement().executeJs("this.scrollIntoView({behavior: 'smooth', block: 'start'})");
    }

    /** The signed-in staff member's next seven days: each day's slots, booked (with what) or free. */
    private void showWeek(List<OrderView> all) {
        week.removeAll();
        Map<Long, ServiceOrder> byId = new HashMap<>();
        all.forEach(view -> byId.put(view.order().id().value(), view.order()));
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        List<ServiceSlot> mine = slots.mine(today.atStartOfDay(ChinaTime.ZONE).toInstant(),
                today.plusDays(7).atStartOfDay(ChinaTime.ZONE).toInstant());
        if (mine.isEmpty()) {
            week.add(new EmptyState(getTranslation("work.week.empty")));
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm")
                .withZone(ChinaTime.ZONE);
        for (int day = 0; day < 7; day++) {
            LocalDate date = today.plusDays(day);
            List<ServiceSlot> daySlots = mine.stream()
                    .filter(slot -> slot.startsAt().atZone(ChinaTime.ZONE).toLocalDate().equals(date)).toList();
            if (daySlots.isEmpty()) {
                continue;
            }
            Div row = new Div(new Span(getTranslation("weekday." + date.getDayOfWeek().getValue()) + " "
                    + date.format(DateTimeFormatter.ofPattern("MM-dd"))));
            row.addClassName("work-day");
            for (ServiceSlot slot : daySlots) {
                ServiceOrder booked = slot.orderId() == null ? null : byId.get(slot.orderId());
                row.add(booked == null ? freeSlot(slot, time.format(slot.startsAt()))
                        : booked(time.format(slot.startsAt()) + " " + booked.title()));
            }
            week.add(row);
        }
    }

    private static Component booked(String text) {
        Span entry = new Span(text);
        entry.addClassNames("work-slot", "work-slot--booked");
        return entry;
    }

    /** A free slot; tapping it takes it back (no one can book it any more). */
    private Component freeSlot(ServiceSlot slot, String time) {
        Button entry = new Button(time + " " + getTranslation("work.slot.free"), VaadinIcon.CLOSE_SMALL.create(),
                click -> {
                    try {
                        slots.remove(slot.id());
                        refresh();
                    } catch (DomainException problem) {
                        UiErrors.show(problem);
                    }
                });
        entry.setIconAfterText(true);
        entry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        entry.addClassNames("work-slot", "work-slot--free");
        entry.setTooltipText(getTranslation("work.slot.remove"));
        return entry;
    }

    private Component card(OrderView view) {
        ServiceOrder order = view.order();
        OrderCard card = new OrderCard(view);
        Span address = new Span(order.serviceAddress());
        address.addClassName("order-address");
        card.add(address);
        if (order.note() != null) {
            Span note = new Span(order.note());
            note.addClassName("order-note");
            card.add(note);
        }
        card.add(new OrderActions(orders, view, after -> refresh()));
        return card;
    }

    private Component stat(String id, String key, String value) {
        StatCard card = new StatCard(value, getTranslation(key));
        card.setId(id);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.work") + " · " + getTranslation("app.name");
    }
}
