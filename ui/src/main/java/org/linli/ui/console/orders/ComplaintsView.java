package org.linli.ui.console.orders;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.Complaint;
import org.linli.tenants.orders.ComplaintService;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

/** Complaints about orders: open ones first; operators resolve them with a written resolution. */
@Route(value = "complaints", layout = MainLayout.class)
@ViewPermission(Permissions.MARKET_READ)
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintService complaints;
    private final ListGrid<Complaint> grid = new ListGrid<>();
    private final Checkbox openOnly = new Checkbox();
    private Button showAll;

    @Inject
    public ComplaintsView(ComplaintService complaints) {
        this.complaints = complaints;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.complaints")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        openOnly.setLabel(getTranslation("complaints.open-only"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(change -> refresh());
        grid.setId("complaints-grid");
        grid.addColumn(c -> "#" + c.orderId()).setHeader(getTranslation("order.number")).setAutoWidth(true);
        grid.addColumn(Complaint::text).setHeader(getTranslation("complaints.text")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addColumn(c -> Formats.dateTime(c.createdAt())).setHeader(getTranslation("complaints.filed"));
        grid.addComponentColumn(c -> new StatusBadge(getTranslation(c.isOpen() ? "complaints.open"
                : "complaints.resolved"), c.isOpen() ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.GOOD))
                .setHeader(getTranslation("orders.status"));
        grid.addColumn(c -> c.resolution() == null ? "" : c.resolution() + " — " + c.resolvedBy())
                .setHeader(getTranslation("complaints.resolution")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addComponentColumn(this::resolveButton).setAutoWidth(true);
        showAll = new Button(getTranslation("complaints.show-all"), click -> openOnly.setValue(false));
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(openOnly, grid);
        refresh();
    }

    private Component resolveButton(Complaint complaint) {
        if (!complaint.isOpen() || !CurrentUser.isPermitted(Permissions.MARKET_MANAGE)) {
            return new Span();
        }
        Button resolve = new Button(getTranslation("complaints.resolve"), click -> resolve(complaint));
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return resolve;
    }

    private void resolve(Complaint complaint) {
        TextDialog.ask(getTranslation("complaints.resolve"), getTranslation("complaints.resolution"), null,
                getTranslation("complaints.resolve"), ButtonVariant.LUMO_PRIMARY, resolution -> {
                    complaints.resolve(complaint.id(), resolution);
                    refresh();
                }, new Span(complaint.text()));
    }

    private void refresh() {
        boolean open = openOnly.getValue();
        grid.setEmptyState(getTranslation(open ? "complaints.empty.open" : "complaints.empty"),
                open ? new Button[] {showAll} : new Button[0]);
        grid.setItems(query -> complaints.list(open, new PageRequest(query.getPage(), query.getPageSize())).items()
                .stream(), query -> (int) complaints.list(open, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.complaints") + " · " + getTranslation("app.name");
    }
}
