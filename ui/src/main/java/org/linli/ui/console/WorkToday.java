package org.linli.ui.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.linli.billing.invoicing.InvoiceStatus;
import org.linli.billing.invoicing.InvoicingService;
import org.linli.billing.reconciliation.ReconciliationService;
import org.linli.billing.reporting.RevenueReport;
import org.linli.billing.settlement.BatchStatus;
import org.linli.billing.settlement.SettlementBatch;
import org.linli.billing.settlement.SettlementService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ProviderStatus;
import org.linli.tenants.orders.ComplaintService;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.ui.console.cases.CaseQueueView;
import org.linli.ui.console.devices.ActivityConcernsView;
import org.linli.ui.console.devices.DeviceAlertsView;
import org.linli.ui.console.marketplace.ProvidersView;
import org.linli.ui.console.orders.ComplaintsView;
import org.linli.ui.console.orders.OrdersView;
import org.linli.ui.console.registry.ResidentsView;
import org.linli.ui.finance.InvoicesView;
import org.linli.ui.finance.ReconciliationView;
import org.linli.ui.finance.RevenueView;
import org.linli.ui.finance.SettlementView;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a tenant's staff must act on today, each a figure that opens the work: orders paid and waiting for their
 * provider, open complaints, residents and providers awaiting verification, new and overdue community cases,
 * unlabelled device alerts, elders' still homes not yet ended; for finance, the revenue of yesterday and of the
 * month, settlement batches to approve and to pay, open reconciliation gaps and unpaid invoices. A figure the
 * caller may not read (its permission or its module) is simply not there, so every role sees only its own work.
 */
@Dependent
public class WorkToday {

    @Inject
    OrderService orders;

    @Inject
    ComplaintService complaints;

    @Inject
    ResidentDirectory residents;

    @Inject
    ProviderService providers;

    @Inject
    CaseHandling cases;

    @Inject
    AlertDesk alerts;

    @Inject
    ElderActivity activity;

    @Inject
    RevenueReport revenue;

    @Inject
    SettlementService settlements;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    InvoicingService invoicing;

    Div cards(Component in) {
        Div cards = new Div();
        cards.setId("work-today");
        cards.addClassName("stat-cards");
        PageRequest one = PageRequest.first(1);
        add(cards, in, "home.today.orders", OrdersView.class, () -> orders.list(
                new OrderService.OrderFilter(OrderStatus.PAID, null, null), one).total());
        add(cards, in, "home.today.complaints", ComplaintsView.class, () -> complaints.list(true, one).total());
        add(cards, in, "home.today.residents", ResidentsView.class, () -> residents.search(
                        new ResidentDirectory.ResidentFilter(null, null, null, null, ResidentStatus.PENDING, null), one)
                .total());
        add(cards, in, "home.today.providers", ProvidersView.class, () -> providers.list(ProviderStatus.PENDING, one)
                .total());
        add(cards, in, "home.today.cases-new", CaseQueueView.class, () -> cases.queue(
                new CaseCommands.QueueFilter(CaseState.REPORTED, null, null, false), one).total());
        add(cards, in, "home.today.cases-overdue", CaseQueueView.class, () -> cases.queue(
                new CaseCommands.QueueFilter(null, null, null, true), one).total());
        add(cards, in, "home.today.alerts", DeviceAlertsView.class, () -> alerts.list(
                new DeviceCommands.AlertFilter(null, null, true), one).total());
        add(cards, in, "home.today.elders", ActivityConcernsView.class, () -> activity.concerns(true, one).total());
        finance(cards, in);
        return cards;
    }

    /** Finance's day: yesterday's and this month's revenue, batches to approve and to pay, open gaps, unpaid bills. */
    private void finance(Div cards, Component in) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        money(cards, in, "home.today.revenue-yesterday", RevenueView.class, () -> revenue.revenue(
                today.minusDays(1), today.minusDays(1)).total().paid());
        money(cards, in, "home.today.revenue-month", RevenueView.class, () -> revenue.revenue(
                today.withDayOfMonth(1), today).total().paid());
        PageRequest all = PageRequest.first(PageRequest.MAX_SIZE);
        List<SettlementBatch> batches;
        try {
            batches = settlements.batches(all).items();
        } catch (DomainException notTheirs) {
            batches = null;
        }
        if (batches != null) {
            List<SettlementBatch> read = batches;
            add(cards, in, "home.today.batches-approve", SettlementView.class, () -> read.stream()
                    .filter(b -> b.status() == BatchStatus.DRAFT).count());
            add(cards, in, "home.today.batches-pay", SettlementView.class, () -> read.stream()
                    .filter(b -> b.status() == BatchStatus.APPROVED || b.status() == BatchStatus.FAILED).count());
        }
        add(cards, in, "home.today.discrepancies", ReconciliationView.class, () -> reconciliation
                .discrepancies(false, PageRequest.first(1)).total());
        add(cards, in, "home.today.invoices", InvoicesView.class, () -> invoicing.invoices(all).items().stream()
                .filter(invoice -> invoice.status() == InvoiceStatus.ISSUED).count());
    }

    private static void money(Div cards, Component in, String key, Class<? extends Component> view,
                              Supplier<Money> amount) {
        try {
            cards.add(HomeView.card(in, key, amount.get().format(), view));
        } catch (DomainException notTheirs) {
            // Finance figures are for finance staff and operators only.
        }
    }

    private static void add(Div cards, Component in, String key, Class<? extends Component> view, LongSupplier count) {
        long value;
        try {
            value = count.getAsLong();
        } catch (DomainException notTheirs) {
            // Not permitted, or the tenant does not run the module: not this person's work.
            return;
        }
        cards.add(HomeView.card(in, key, Long.toString(value), view));
    }
}
