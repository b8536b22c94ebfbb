package org.linli.ui.console.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.audit.AuditEntry;
import org.linli.platform.audit.AuditFilter;
import org.linli.platform.audit.AuditQueries;
import org.linli.platform.audit.Outcome;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantService;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * The audit trail: the tenant's own, or the whole platform's for a platform operator who chose no tenant. One click
 * narrows it to the supervisors' looks at the tenant's figures (actions {@code oversight.view} and
 * {@code oversight.export}: who, which dashboard, which month, when).
 */
@Route(value = "audit", layout = MainLayout.class)
@ViewPermission(Permissions.AUDIT_READ)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditQueries audit;
    private final Grid<AuditEntry> grid = new ListGrid<>();
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final Select<Outcome> outcome = new Select<>();

    private final AuditLabels labels;

    @Inject
    public AuditView(AuditQueries audit, TenantService tenants) {
        this.audit = audit;
        this.labels = new AuditLabels(this, tenants);
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("audit.title")),
                new Paragraph(getTranslation(TenantContext.current().isPresent() ? "audit.scope.tenant"
                        : "audit.scope.platform")),
                toolbar(), grid());
        refresh();
    }

    private Component toolbar() {
        actor.setPlaceholder(getTranslation("audit.column.actor"));
        actor.setPrefixComponent(VaadinIcon.USER.create());
        action.setPlaceholder(getTranslation("audit.column.action"));
        action.setId("audit-action");
        for (TextField field : new TextField[] {actor, action}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> refresh());
        }
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("audit.outcome.any"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("audit.outcome.any") : outcomeLabel(o));
        outcome.addValueChangeListener(change -> refresh());
        // 审计可查: a tenant's operators see which supervisor looked at which of their figures, and when.
        Button looks = new Button(
                getTranslation("audit.oversight-looks"), VaadinIcon.EYE.create(),
                click -> action.setValue("oversight."));
        looks.setId("audit-oversight-looks");
        HorizontalLayout toolbar = new HorizontalLayout(actor, action, outcome, looks);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("list-toolbar");
        return toolbar;
    }

    private Component grid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> Formats.dateTime(entry.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        grid.addColumn(labels::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::actor);
        grid.addColumn(labels::tenant).setHeader(getTranslation("audit.column.tenant")).setAutoWidth(true);
        grid.addColumn(labels::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::action);
        grid.addColumn(recorded(AuditEntry::target)).setHeader(getTranslation("audit.column.target"))
                .setAutoWidth(true);
        grid.addComponentColumn(entry -> new StatusBadge(outcomeLabel(entry.outcome()),
                        entry.outcome() == Outcome.SUCCESS ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION))
                .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true);
        grid.addColumn(recorded(AuditEntry::detail)).setHeader(getTranslation("audit.column.detail")).setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::detail);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        return grid;
    }

    /** Target and details are values as recorded (ids, codes), not words to translate: marked translate="no". */
    private static Renderer<AuditEntry> recorded(
            ValueProvider<AuditEntry, String> value) {
        return LitRenderer.<AuditEntry>of(
                "<span translate=\"no\">${item.value}</span>").withProperty("value", value);
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(actor.getValue(), action.getValue(), outcome.getValue(), null, null);
        grid.setItems(query -> audit.browse(filter, new PageRequest(query.getPage(), query.getPageSize()))
                        .items().stream(),
                query -> (int) audit.browse(filter, PageRequest.first(1)).total());
    }

    private String outcomeLabel(Outcome value) {
        return getTranslation("audit.outcome." + value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
