package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.tenants.devices.ActivityConcern;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.eldercare.CareAlert;
import org.linli.tenants.eldercare.CarePlan;
import org.linli.tenants.eldercare.CareService;
import org.linli.tenants.eldercare.CareVisit;
import org.linli.tenants.eldercare.CareVisits;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The family's view of an elder's care (家属): each elder's plans, the latest visits with the carer's note, and
 * alerts first of all — missed visits, and a home still for too long in the daytime, which the family acknowledges
 * here ("called her, she is fine") before it becomes a case. An elder who uses Linli sees their own such alert.
 */
@Route(value = "family-care", layout = StorefrontLayout.class)
@ViewPermission(Permissions.ORDER_PLACE)
public class FamilyCareView extends Div implements HasDynamicTitle {

    private static final int RECENT_VISITS = 5;
    /** Ended no-activity alerts stay in view this long, so that the family sees how the last ones went. */
    private static final Duration RECENT_CONCERNS = Duration.ofDays(7);

    private final ElderActivity activity;

    @Inject
    public FamilyCareView(CareService care, CareVisits visits, ElderActivity activity) {
        this.activity = activity;
        addClassName("family-care-view");
        add(new H2(getTranslation("care.title")));
        List<CareService.Elder> elders = care.myElders();
        Instant recent = Instant.now().minus(RECENT_CONCERNS);
        List<ElderActivity.ConcernView> concerns = activity.concerns(false, PageRequest.first(PageRequest.MAX_SIZE))
                .items().stream().filter(c -> c.concern().state().isCurrent() || c.concern().raisedAt().isAfter(recent))
                .toList();
        Set<Long> family = elders.stream().map(elder -> elder.id().value()).collect(Collectors.toSet());
        concerns.stream().filter(c -> !family.contains(c.concern().elderId())).forEach(c -> add(concern(c)));
        if (elders.isEmpty()) {
            add(new EmptyState(getTranslation("care.no-elders")));
            return;
        }
        List<CareAlert> alerts = visits.alerts(PageRequest.first(PageRequest.MAX_SIZE)).items();
        for (CareService.Elder elder : elders) {
            Div section = new Div();
            section.addClassName("care-elder");
            section.setId("care-elder-" + elder.id().value());
            section.add(new H3(elder.name() + "（" + elder.relation() + "）"));
            concerns.stream().filter(c -> c.concern().elderId() == elder.id().value())
                    .forEach(c -> section.add(concern(c)));
            alerts.stream().filter(a -> a.elderId() == elder.id().value()).forEach(alert -> {
                Paragraph warning = new Paragraph(getTranslation("care.alert.missed",
                        Formats.dateTime(alert.scheduledAt())));
                warning.addClassName("care-alert");
                section.add(warning);
            });
            List<CarePlan> plans = care.plans(elder.id(), PageRequest.first(PageRequest.MAX_SIZE)).items();
            if (plans.isEmpty()) {
                section.add(new EmptyState(getTranslation("care.no-plans")));
            }
            for (CarePlan plan : plans) {
                section.add(plan(visits, plan));
            }
            add(section);
        }
    }

    /** A still home: since when, until when to acknowledge, who did; with the button while nobody has. */
    private Div concern(ElderActivity.ConcernView view) {
        Div box = new Div();
        box.addClassName("care-alert");
        box.setId("activity-concern-" + view.concern().id());
        fill(box, view);
        return box;
    }

    private void fill(Div box, ElderActivity.ConcernView view) {
        ActivityConcern c = view.concern();
        box.removeAll();
        box.add(new Paragraph(getTranslation("activity.family.alert", Formats.dateTime(c.silentSince()))
                + " · " + getTranslation("activity.state." + c.state().name())));
        if (view.acknowledgeBy() != null) {
            box.add(new Paragraph(getTranslation("activity.acknowledge-by", Formats.dateTime(view.acknowledgeBy()))));
        }
        if (c.caseId() != null) {
            box.add(new Paragraph(getTranslation("activity.case", c.caseId())));
        }
        if (c.acknowledgedAt() != null) {
            box.add(new Paragraph(c.acknowledgeNote() == null
                    ? getTranslation("activity.acknowledged-by.no-note", c.acknowledgedName(),
                    Formats.dateTime(c.acknowledgedAt()))
                    : getTranslation("activity.acknowledged-by", c.acknowledgedName(),
                    Formats.dateTime(c.acknowledgedAt()), c.acknowledgeNote())));
        } else if (c.state().isCurrent()) {
            Button acknowledge = new Button(getTranslation("activity.acknowledge"), click -> TextDialog.ask(
                    getTranslation("activity.acknowledge.title", view.elderName()),
                    getTranslation("activity.acknowledge.note"), getTranslation("activity.acknowledge.placeholder"),
                    getTranslation("activity.acknowledge.ok"), ButtonVariant.LUMO_PRIMARY, note -> {
                        ElderActivity.ConcernView done = activity.acknowledge(c.id(), note);
                        UiErrors.success(getTranslation("activity.acknowledge.done"));
                        fill(box, done);
                    }));
            acknowledge.setId("acknowledge-" + c.id());
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(acknowledge);
        }
    }

    private Div plan(CareVisits visits, CarePlan plan) {
        Div box = new Div();
        box.addClassName("order-card");
        Span title = new Span(plan.title());
        title.addClassName("order-title");
        String days = plan.weekdays().stream().sorted()
                .map(day -> getTranslation("weekday." + day.getValue())).collect(Collectors.joining(" "));
        Span pattern = new Span(days + " " + plan.time() + " · " + String.join("、", plan.tasks()));
        pattern.addClassName("order-when");
        box.add(title, pattern);
        visits.visits(plan.id(), PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(v -> v.status() != CareVisit.Status.PLANNED
                        && v.status() != CareVisit.Status.CANCELLED).limit(RECENT_VISITS)
                .forEach(visit -> box.add(visit(visit)));
        return box;
    }

    private Div visit(CareVisit visit) {
        StatusBadge status = new StatusBadge(getTranslation("care.visit." + visit.status().name()
                .toLowerCase(Locale.ROOT).replace('_', '-')), switch (visit.status()) {
                    case DONE -> StatusBadge.Tone.GOOD;
                    case MISSED -> StatusBadge.Tone.ATTENTION;
                    default -> StatusBadge.Tone.NEUTRAL;
                });
        Div line = new Div(new Span(Formats.dateTime(visit.scheduledAt())), status);
        line.addClassName("order-card-head");
        Div report = new Div(line);
        report.addClassName("care-visit");
        if (visit.note() != null) {
            Span note = new Span(visit.carer() + "：" + visit.note());
            note.addClassName("order-note");
            report.add(note);
        }
        return report;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("care.title") + " · " + getTranslation("app.name");
    }
}
