package org.linli.ui.console.eldercare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.eldercare.CareVisit;
import org.linli.tenants.eldercare.CareVisits;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The carer's rounds for the coming week, in time order: whom to visit, where, the tasks; check in on arrival,
 * and on leaving write the visit note (which the family reads) and tick the tasks done. A week, not a day or two:
 * a Monday-Wednesday-Friday plan's next visit is three days away from Friday morning on.
 */
@Route(value = "rounds", layout = MainLayout.class)
@ViewPermission(Permissions.PROVIDER_WORK)
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final CareVisits visits;
    private final Div rounds = new Div();

    @Inject
    public RoundsView(CareVisits visits) {
        this.visits = visits;
        addClassName("list-view");
        rounds.addClassName("order-cards");
        rounds.setId("care-rounds");
        add(new H2(getTranslation("nav.rounds")), rounds);
        refresh();
    }

    private void refresh() {
        rounds.removeAll();
        Instant now = Instant.now();
        List<CareVisits.Round> due = visits.rounds(now.minus(Duration.ofHours(12)), now.plus(Duration.ofDays(7)),
                        PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(r -> r.visit().status() != CareVisit.Status.CANCELLED).toList();
        if (due.isEmpty()) {
            rounds.add(new EmptyState(getTranslation("rounds.empty")));
        }
        due.forEach(round -> rounds.add(card(round)));
    }

    private Component card(CareVisits.Round round) {
        CareVisit visit = round.visit();
        Span who = new Span(round.elder());
        who.addClassName("order-title");
        Div head = new Div(who, new StatusBadge(getTranslation("care.visit." + visit.status().name()
                .toLowerCase(Locale.ROOT).replace('_', '-')), visit.status() == CareVisit.Status.MISSED
                ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.NEUTRAL));
        head.addClassName("order-card-head");
        Span when = new Span(Formats.dateTime(visit.scheduledAt()) + " · " + round.address());
        when.addClassName("order-when");
        Div card = new Div(head, when);
        card.addClassName("order-card");
        card.setId("round-" + visit.id());
        if (visit.status() == CareVisit.Status.PLANNED || visit.status() == CareVisit.Status.MISSED) {
            card.add(button("rounds.check-in", "round-" + visit.id() + "-check-in", () -> visits.checkIn(visit.id())));
        } else if (visit.status() == CareVisit.Status.IN_PROGRESS) {
            CheckboxGroup<String> tasks = new CheckboxGroup<>(getTranslation("order.checklist"));
            tasks.setItems(round.tasks());
            tasks.setValue(new LinkedHashSet<>(round.tasks()));
            TextArea note = new TextArea(getTranslation("rounds.note"));
            note.setId("round-" + visit.id() + "-note");
            note.setWidthFull();
            card.add(tasks, note, button("rounds.check-out", "round-" + visit.id() + "-check-out",
                    () -> visits.checkOut(visit.id(), note.getValue(),
                            round.tasks().stream().filter(tasks.getValue()::contains).toList())));
        } else if (visit.note() != null) {
            Span note = new Span(visit.note());
            note.addClassName("order-note");
            card.add(note);
        }
        return card;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
                UiErrors.success(getTranslation(key + ".done"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        button.setId(id);
        button.addClassName("order-action");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rounds") + " · " + getTranslation("app.name");
    }
}
