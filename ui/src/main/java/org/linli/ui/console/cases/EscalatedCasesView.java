package org.linli.ui.console.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.DistrictCases;
import org.linli.tenants.cases.DistrictEscalation;
import org.linli.tenants.cases.DistrictRelay;
import org.linli.tenants.cases.EscalationStep;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A supervising district's view of the cases that the property companies it supervises left overdue: which company,
 * category, place (as the case shows it), state and how long past its deadline; one case's timeline as the company's
 * public steps and the district's own comments, and a comment that goes back to the company's handlers.
 */
@Route(value = "escalated-cases", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_HANDLE)
public class EscalatedCasesView extends VerticalLayout implements HasDynamicTitle {

    private final DistrictCases district;
    private final DistrictRelay relay;
    private final Grid<DistrictEscalation> grid = new ListGrid<>();
    private final Div detail = new Div();

    @Inject
    public EscalatedCasesView(DistrictCases district, DistrictRelay relay, TenantService tenants) {
        this.district = district;
        this.relay = relay;
        addClassName("list-view");
        add(new H2(getTranslation("nav.escalated-cases")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        if (!tenants.actsForDistrict()) {
            // Reached by its address: a property company escalates cases, it never receives them.
            EmptyState refusal = new EmptyState(getTranslation("case-escalated.district-only"));
            refusal.setId("escalated-district-only");
            add(refusal);
            return;
        }
        long total;
        try {
            total = district.escalated(PageRequest.first(1)).total();
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        if (total == 0) {
            add(new EmptyState(getTranslation("case-escalated.empty")));
            return;
        }
        grid.setId("escalated-cases");
        grid.addColumn(DistrictEscalation::sourceTenantName).setHeader(getTranslation("case-escalated.company"))
                .setAutoWidth(true);
        grid.addColumn(e -> "#" + e.sourceCaseId()).setHeader("#").setAutoWidth(true);
        grid.addColumn(DistrictEscalation::categoryName).setHeader(getTranslation("cases.category"))
                .setAutoWidth(true);
        grid.addColumn(DistrictEscalation::placeName).setHeader(getTranslation("cases.place"));
        grid.addColumn(DistrictEscalation::description).setHeader(getTranslation("cases.description"))
                .setFlexGrow(ListGrid.LONG_TEXT);
        grid.addColumn(e -> getTranslation("cases.state." + e.state().name())).setHeader(getTranslation("cases.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::overdue).setHeader(getTranslation("case-escalated.overdue"))
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.dateTime(e.updatedAt())).setHeader(getTranslation("case-escalated.updated"))
                .setAutoWidth(true);
        grid.setItems(query -> district.escalated(new PageRequest(query.getPage(), query.getPageSize())).items()
                .stream(), query -> (int) district.escalated(PageRequest.first(1)).total());
        grid.setPageSize(PageRequest.DEFAULT_SIZE);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        if (total <= PageRequest.DEFAULT_SIZE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        detail.setId("escalated-detail");
        detail.setWidthFull();
        add(grid, detail);
    }

    private Component overdue(DistrictEscalation escalation) {
        // In the company's working time, as its handlers' deadlines count: a weekend adds nothing.
        Duration late = escalation.overdue(Instant.now());
        if (late.isZero()) {
            return new Span(escalation.state().isOpen() ? getTranslation("cases.on-time") : "—");
        }
        return new StatusBadge(getTranslation("case-escalated.overdue-for", late.toHours(), late.toMinutesPart()),
                StatusBadge.Tone.ATTENTION);
    }

    private void open(long id) {
        act(() -> district.get(id));
    }

    private void act(Supplier<DistrictCases.DistrictView> action) {
        try {
            show(action.get());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void show(DistrictCases.DistrictView view) {
        DistrictEscalation e = view.escalation();
        detail.removeAll();
        H3 title = new H3(e.sourceTenantName() + " #" + e.sourceCaseId() + " " + e.categoryName());
        title.setId("escalated-title");
        detail.add(title, new Paragraph(e.description()),
                fact("cases.place", e.placeName()),
                fact("cases.state", getTranslation("cases.state." + e.state().name())),
                fact("case-escalated.reported", Formats.dateTime(e.reportedAt())),
                fact("cases.resolve-due", Formats.dateTime(e.resolveDue())),
                fact("case-escalated.escalated", Formats.dateTime(e.escalatedAt())));
        if (e.reporterMasked() != null) {
            detail.add(fact("cases.reporter", e.reporterMasked()));
        }
        Div steps = new Div();
        steps.setId("escalated-steps");
        steps.addClassName("case-steps");
        for (EscalationStep s : view.steps()) {
            Div step = new Div();
            step.addClassName("case-step");
            step.add(new Span(getTranslation("cases.step." + s.kind()) + " · " + s.authorName() + " · "
                    + Formats.dateTime(s.createdAt())));
            if (s.body() != null) {
                step.add(new Div(s.body()));
            }
            steps.add(step);
        }
        TextArea comment = new TextArea(getTranslation("case-escalated.comment"));
        comment.setId("escalated-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText(getTranslation("case-escalated.comment-help"));
        Button send = new Button(getTranslation("case-escalated.comment-send"), click -> {
            try {
                show(relay.comment(e.id(), new CaseCommands.Comment(comment.getValue())));
                UiErrors.success(getTranslation("case-escalated.comment-sent", e.sourceTenantName()));
                grid.getDataProvider().refreshAll();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("text", comment));
            }
        });
        send.setId("escalated-comment-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(new H3(getTranslation("case-escalated.timeline")), steps, comment, send);
    }

    private Component fact(String key, String value) {
        Div fact = new Div(new Span(getTranslation(key) + ": "), new Span(value == null ? "" : value));
        fact.addClassName("case-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.escalated-cases") + " · " + getTranslation("app.name");
    }
}
