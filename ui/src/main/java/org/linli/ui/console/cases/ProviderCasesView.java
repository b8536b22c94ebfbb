package org.linli.ui.console.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.ProviderCases;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.time.Instant;
import java.util.List;

/**
 * The cases assigned to the signed-in staff member's provider, phone-friendly cards with the earliest deadline
 * first, filtered by state; a card opens the case to record work and resolve it.
 */
@Route(value = "provider-cases", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_WORK)
public class ProviderCasesView extends VerticalLayout implements HasDynamicTitle {

    /** A provider works through its cases a page at a time; the filter narrows longer lists. */
    private static final int SHOWN = 100;

    private final ProviderCases cases;
    private final Select<CaseState> state = new Select<>();
    private final Div cards = new Div();

    @Inject
    public ProviderCasesView(ProviderCases cases) {
        this.cases = cases;
        addClassName("list-view");
        add(new H2(getTranslation("nav.provider-cases")));
        state.setLabel(getTranslation("cases.state"));
        state.setItems(CaseState.ASSIGNED, CaseState.IN_PROGRESS, CaseState.REOPENED, CaseState.RESOLVED,
                CaseState.CLOSED);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("provider-cases.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("provider-cases.all")
                : getTranslation("cases.state." + s.name()));
        state.setId("provider-case-state");
        state.addValueChangeListener(change -> refresh());
        cards.setId("provider-cases");
        cards.addClassName("order-cards");
        add(state, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<CivicCase> assigned;
        try {
            assigned = cases.assigned(state.getValue(), PageRequest.first(SHOWN)).items();
        } catch (DomainException problem) {
            cards.add(new EmptyState(getTranslation("problem." + problem.code())));
            UiErrors.show(problem);
            return;
        }
        if (assigned.isEmpty()) {
            cards.add(new EmptyState(getTranslation("provider-cases.empty")));
        }
        Instant now = Instant.now();
        for (CivicCase c : assigned) {
            RouterLink link = new RouterLink(ProviderCaseView.class, c.id());
            link.addClassName("order-link");
            link.setId("provider-case-" + c.id());
            StatusBadge badge = new StatusBadge(getTranslation("cases.state." + c.state().name()),
                    c.state().isOpen() ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.GOOD);
            Div head = new Div(new Span("#" + c.id()), badge);
            head.addClassName("order-card-head");
            Div card = new Div(head, new Div(c.description()), new Span(c.place().name()));
            if (c.state().isOpen()) {
                Span due = new Span(getTranslation("cases.resolve-due") + ": " + Formats.dateTime(c.resolveDue()));
                if (c.overdue(now)) {
                    due.addClassName("case-overdue");
                }
                card.add(due);
            }
            card.addClassName("order-card");
            link.add(card);
            cards.add(link);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.provider-cases") + " · " + getTranslation("app.name");
    }
}
