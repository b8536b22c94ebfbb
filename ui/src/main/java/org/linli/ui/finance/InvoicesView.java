package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.billing.invoicing.Invoice;
import org.linli.billing.invoicing.InvoicePdf;
import org.linli.billing.invoicing.InvoiceStatus;
import org.linli.billing.invoicing.InvoicingService;
import org.linli.billing.payments.PaymentService;
import org.linli.billing.payments.PaymentStatus;
import org.linli.billing.payments.TradeNumber;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.orders.PaymentPort;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tenant's monthly module invoices: what each month's paid modules cost (days and fees per module), and whether
 * it was paid. Tenant operators and finance pay them at Alipay's cashier; platform operators issue last month's
 * invoice and record bank transfers here.
 */
@Route(value = "finance/invoices", layout = MainLayout.class)
@ViewPermission(Permissions.INVOICE_READ)
public class InvoicesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final InvoicingService invoicing;
    private final PaymentService payments;
    private final TenantService tenants;
    private final ListGrid<Invoice> grid = new ListGrid<>();
    private final boolean manages = CurrentUser.isPermitted(Permissions.INVOICE_MANAGE);
    private final boolean pays = CurrentUser.isPermitted(Permissions.INVOICE_PAY);

    @Inject
    public InvoicesView(InvoicingService invoicing, PaymentService payments, TenantService tenants) {
        this.invoicing = invoicing;
        this.payments = payments;
        this.tenants = tenants;
        addClassName("list-view");
        add(new H2(getTranslation("invoices.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Button issue = new Button(getTranslation("invoices.issue-last-month"), click -> {
            try {
                YearMonth last = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
                UiErrors.success(invoicing.issue(last).map(i -> getTranslation("invoices.issued", i.number()))
                        .orElse(getTranslation("invoices.nothing-due", last.toString())));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("invoice-issue");
        issue.setVisible(manages);
        grid.setId("invoices-grid");
        grid.addColumn(Invoice::number).setHeader(getTranslation("invoices.number"));
        grid.addColumn(i -> YearMonth.from(i.period()).toString()).setHeader(getTranslation("invoices.month"));
        grid.addColumn(this::lines).setHeader(getTranslation("invoices.lines")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addColumn(i -> i.amount().format()).setHeader(getTranslation("invoices.amount"));
        grid.addComponentColumn(i -> new StatusBadge(getTranslation("invoices.status."
                + i.status().name().toLowerCase(Locale.ROOT)), i.status() == InvoiceStatus.PAID
                ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION)).setHeader(getTranslation("invoices.status"));
        grid.addColumn(i -> i.paidAt() == null ? "" : Formats.dateTime(i.paidAt()) + " " + i.paymentReference())
                .setHeader(getTranslation("invoices.paid"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        Button issueFirst = new Button(getTranslation("invoices.issue-last-month"), click -> issue.click());
        issueFirst.setVisible(manages);
        grid.setEmptyState(getTranslation("invoices.empty"), issueFirst);
        add(new HorizontalLayout(issue), grid);
        refresh();
    }

    private String lines(Invoice invoice) {
        return invoicing.lines(invoice.id()).stream().map(line -> getTranslation(line.module().label().key()) + " "
                + line.days() + "/" + line.daysInMonth() + " " + line.amount().format())
                .collect(Collectors.joining("；"));
    }

    private Component actions(Invoice invoice) {
        Anchor pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName(invoice.number() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(InvoicePdf.of(invoice, invoicing.lines(invoice.id()), tenants.currentName(), getLocale()));
        }, "PDF");
        pdf.setId("invoice-" + invoice.id() + "-pdf");
        HorizontalLayout actions = new HorizontalLayout(pdf);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (invoice.status() != InvoiceStatus.ISSUED) {
            return actions;
        }
        if (pays) {
            Button pay = new Button(getTranslation("invoices.pay-online"), click -> payOnline(invoice));
            pay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            pay.setId("invoice-" + invoice.id() + "-pay");
            actions.add(pay);
        }
        if (manages) {
            Button paid = new Button(getTranslation("invoices.record-payment"), click -> TextDialog.ask(
                    getTranslation("invoices.record-payment"), getTranslation("invoices.reference"), null,
                    getTranslation("action.save"), ButtonVariant.LUMO_PRIMARY, reference -> {
                        invoicing.recordPayment(invoice.id(), reference);
                        refresh();
                    }));
            paid.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(paid);
        }
        return actions;
    }

    /** Off to the gateway's cashier; it sends the browser back here (see {@link #beforeEnter}). */
    private void payOnline(Invoice invoice) {
        try {
            PaymentPort.PaymentStart start = invoicing.payOnline(invoice.id(), PaymentPort.Channel.DESKTOP);
            if (start.confirmed()) {
                UiErrors.success(getTranslation("invoices.paid-online", invoice.number()));
                refresh();
            } else {
                getUI().ifPresent(ui -> ui.getPage().setLocation(start.cashierUrl()));
            }
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    /** Back from the cashier (the gateway appends its trade number): ask the gateway now rather than wait. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> trade = event.getLocation().getQueryParameters().getParameters().get("out_trade_no");
        if (trade == null || trade.isEmpty() || TenantContext.current().isEmpty()) {
            return;
        }
        TradeNumber.parse(trade.get(0)).filter(t -> t.subject() == TradeNumber.Subject.INVOICE)
                .filter(t -> t.tenant().equals(TenantContext.require())).ifPresent(t -> {
                    try {
                        boolean paid = payments.checkInvoice(t.subjectId()) == PaymentStatus.PAID;
                        Invoice invoice = invoicing.invoice(t.subjectId());
                        if (paid && invoice.status() == InvoiceStatus.PAID) {
                            UiErrors.success(getTranslation("invoices.paid-online", invoice.number()));
                        } else {
                            UiErrors.success(getTranslation("invoices.payment-pending"));
                        }
                    } catch (DomainException problem) {
                        UiErrors.show(problem);
                    }
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(query -> invoicing.invoices(new PageRequest(query.getPage(), query.getPageSize())).items()
                        .stream(),
                query -> (int) invoicing.invoices(PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invoices.title") + " · " + getTranslation("app.name");
    }
}
