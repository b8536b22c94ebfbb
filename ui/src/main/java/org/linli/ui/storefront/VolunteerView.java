package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.volunteering.Activity;
import org.linli.tenants.volunteering.VolunteeringService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "志愿" for residents on a phone: their upcoming activities (with cancelling before the start) and the tenant's
 * upcoming activities to sign up for, soonest first; a link to their time account.
 */
@Route(value = "volunteer", layout = StorefrontLayout.class)
@ViewPermission(Permissions.VOLUNTEER_JOIN)
public class VolunteerView extends Div implements HasDynamicTitle {

    /** The upcoming activities shown at once: a tenant publishes a handful a week. */
    private static final int SHOWN = 50;

    private final VolunteeringService activities;
    private final Div mine = new Div();
    private final Div upcoming = new Div();

    @Inject
    public VolunteerView(VolunteeringService activities) {
        this.activities = activities;
        addClassName("volunteer-view");
        Anchor hours = new Anchor("volunteer/me", getTranslation("volunteer.my-hours"));
        hours.addClassName("me-link");
        hours.setId("volunteer-my-hours");
        mine.setId("volunteer-mine");
        mine.addClassName("order-cards");
        upcoming.setId("volunteer-upcoming");
        upcoming.addClassName("order-cards");
        add(new H2(getTranslation("volunteer.title")), hours, new H3(getTranslation("volunteer.mine")), mine,
                new H3(getTranslation("volunteer.upcoming")), upcoming);
        refresh();
    }

    private void refresh() {
        mine.removeAll();
        upcoming.removeAll();
        List<VolunteeringService.MySignUp> signedUp;
        try {
            signedUp = activities.mine();
        } catch (DomainException notVerified) {
            // Only verified residents volunteer: say why instead of offering buttons that would refuse.
            mine.add(new EmptyState(getTranslation("problem." + notVerified.code(), notVerified.args().toArray())));
            signedUp = null;
        }
        if (signedUp != null && signedUp.isEmpty()) {
            mine.add(new EmptyState(getTranslation("volunteer.mine.none")));
        }
        Set<Long> joined = signedUp == null ? Set.of() : signedUp.stream()
                .map(m -> m.activity().id().value()).collect(Collectors.toSet());
        if (signedUp != null) {
            signedUp.forEach(m -> mine.add(card(m.activity(), true, true)));
        }
        List<Activity> open = activities.upcoming(null, PageRequest.first(SHOWN)).items();
        if (open.isEmpty()) {
            upcoming.add(new EmptyState(getTranslation("volunteer.upcoming.none")));
        }
        boolean verified = signedUp != null;
        open.forEach(a -> upcoming.add(card(a, joined.contains(a.id().value()), verified)));
    }

    private Component card(Activity activity, boolean joined, boolean mayAct) {
        long id = activity.id().value();
        Span title = new Span(activity.title());
        title.addClassName("activity-title");
        Div card = new Div(title, new Span(Formats.dateTime(activity.startsAt()) + " – "
                        + Formats.dateTime(activity.endsAt())), new Span(activity.place()));
        card.addClassNames("order-card", "activity-card");
        if (activity.skills() != null) {
            card.add(new Span(getTranslation("volunteer.skills", activity.skills())));
        }
        card.add(new Span(activity.minutesPerAttendee() == null ? getTranslation("volunteer.credit.attended")
                : getTranslation("volunteer.credit.fixed", activity.minutesPerAttendee())));
        card.add(new Span(getTranslation("volunteer.places-left", activity.placesLeft(), activity.places())));
        if (!mayAct) {
            return card;
        }
        Button action;
        if (joined) {
            action = new Button(getTranslation("volunteer.cancel"), click -> act(() -> activities.cancelSignUp(
                    activity.id()), "volunteer.cancelled"));
            action.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            action.setId("activity-" + id + "-cancel");
        } else {
            action = new Button(getTranslation("volunteer.sign-up"), click -> act(() -> activities.signUp(
                    activity.id()), "volunteer.signed-up"));
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            action.addClassName("activity-sign-up");
            action.setId("activity-" + id + "-sign-up");
            action.setEnabled(activity.placesLeft() > 0);
        }
        card.add(action);
        return card;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            UiErrors.success(getTranslation(doneKey));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.title") + " · " + getTranslation("app.name");
    }
}
