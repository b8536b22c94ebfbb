package org.linli.ui.console.volunteering;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.volunteering.Activity;
import org.linli.tenants.volunteering.ActivityCommands;
import org.linli.tenants.volunteering.ActivityStatus;
import org.linli.tenants.volunteering.AttendanceService;
import org.linli.tenants.volunteering.Direction;
import org.linli.tenants.volunteering.SignUpStatus;
import org.linli.tenants.volunteering.VolunteeringService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 志愿活动 for organisers (tenant operators, or a volunteer organisation's staff for their own): the activities, newest
 * first; publishing one; and for the selected activity its attendance with check-in and check-out buttons, the
 * full-screen QR code for arrivals and departures, verification, crediting and the reversal of a credit.
 */
@Route(value = "volunteering", layout = MainLayout.class)
@ViewPermission(Permissions.VOLUNTEER_ORGANISE)
public class ActivitiesView extends VerticalLayout implements HasDynamicTitle {

    private final VolunteeringService activities;
    private final AttendanceService attendance;
    private final Grid<Activity> grid = new ListGrid<>();
    private final Grid<AttendanceService.Attendee> attendees = new ListGrid<>();
    private final H3 detailTitle = new H3();
    private final HorizontalLayout actions = new HorizontalLayout();

    @Inject
    public ActivitiesView(VolunteeringService activities, AttendanceService attendance) {
        this.activities = activities;
        this.attendance = attendance;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("volunteering.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Button publish = new Button(getTranslation("volunteering.publish"), VaadinIcon.PLUS.create(),
                click -> publishDialog());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("activity-publish");
        RouterLink report = new RouterLink(getTranslation("volunteering.hours"), HoursView.class);
        HorizontalLayout bar = new HorizontalLayout(publish, report);
        bar.setAlignItems(Alignment.BASELINE);
        grid.setId("activities-grid");
        grid.setMinHeight("18rem");
        grid.addColumn(Activity::title).setHeader(getTranslation("volunteering.activity")).setFlexGrow(2);
        grid.addColumn(a -> Formats.dateTime(a.startsAt())).setHeader(getTranslation("volunteering.starts"))
                .setAutoWidth(true);
        grid.addColumn(Activity::place).setHeader(getTranslation("volunteering.place"));
        grid.addColumn(a -> a.taken() + " / " + a.places()).setHeader(getTranslation("volunteering.places"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> status(a.status())).setHeader(getTranslation("volunteering.status"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        attendees.setId("attendance-grid");
        attendees.setMinHeight("16rem");
        attendees.addColumn(a -> a.name() == null ? "—" : a.name()).setHeader(getTranslation("volunteering.volunteer"));
        attendees.addColumn(a -> getTranslation("volunteering.sign-up." + key(a.signUp().status())))
                .setHeader(getTranslation("volunteering.status")).setAutoWidth(true);
        attendees.addColumn(a -> Formats.dateTime(a.signUp().checkedInAt()))
                .setHeader(getTranslation("volunteering.checked-in")).setAutoWidth(true);
        attendees.addColumn(a -> Formats.dateTime(a.signUp().checkedOutAt()))
                .setHeader(getTranslation("volunteering.checked-out")).setAutoWidth(true);
        attendees.addColumn(AttendanceService.Attendee::minutes).setHeader(getTranslation("volunteering.minutes"))
                .setAutoWidth(true);
        attendees.addComponentColumn(this::attendeeActions).setAutoWidth(true);
        actions.setWrap(true);
        try {
            refresh(null);
        } catch (DomainException outOfScope) {
            // Staff of a provider that is no volunteer organisation hold the permission but organise nothing.
            add(new EmptyState(getTranslation("problem." + outOfScope.code(), outOfScope.args().toArray())));
            return;
        }
        add(bar, grid, detailTitle, actions, attendees);
    }

    private Component status(ActivityStatus status) {
        return new StatusBadge(getTranslation("volunteering.status." + key(status)), switch (status) {
            case PUBLISHED -> StatusBadge.Tone.ATTENTION;
            case CREDITED -> StatusBadge.Tone.GOOD;
            case CANCELLED, VERIFIED -> StatusBadge.Tone.NEUTRAL;
        });
    }

    private Component attendeeActions(AttendanceService.Attendee attendee) {
        HorizontalLayout buttons = new HorizontalLayout();
        Activity activity = grid.asSingleSelect().getValue();
        if (activity == null || activity.status() != ActivityStatus.PUBLISHED
                || attendee.signUp().status() == SignUpStatus.CANCELLED) {
            return buttons;
        }
        long signUp = attendee.signUp().id();
        if (attendee.signUp().checkedInAt() == null) {
            buttons.add(small("volunteering.check-in", "sign-up-" + signUp + "-check-in",
                    () -> attendance.checkIn(activity.id(), signUp)));
        } else if (attendee.signUp().checkedOutAt() == null) {
            buttons.add(small("volunteering.check-out", "sign-up-" + signUp + "-check-out",
                    () -> attendance.checkOut(activity.id(), signUp)));
        }
        Button correct = new Button(getTranslation("volunteering.correct"), click -> correctDialog(activity,
                attendee));
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(correct);
        return buttons;
    }

    private Button small(String key, String id, Supplier<?> action) {
        Button button = new Button(getTranslation(key), click -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private void show(Activity activity) {
        actions.removeAll();
        if (activity == null) {
            detailTitle.setText(getTranslation("volunteering.choose"));
            attendees.setItems();
            return;
        }
        detailTitle.setText(activity.title() + " · " + Formats.dateTime(activity.startsAt()));
        if (activity.status() == ActivityStatus.PUBLISHED) {
            actions.add(codeLink(activity, Direction.IN), codeLink(activity, Direction.OUT),
                    small("volunteering.verify", "activity-verify", () -> attendance.verify(activity.id())),
                    small("volunteering.cancel", "activity-cancel", () -> activities.cancel(activity.id())));
        } else if (activity.status() == ActivityStatus.VERIFIED) {
            actions.add(small("volunteering.credit", "activity-credit", () -> attendance.credit(activity.id())));
        } else if (activity.status() == ActivityStatus.CREDITED) {
            Button reverse = new Button(getTranslation("volunteering.reverse"), click -> TextDialog.ask(
                    getTranslation("volunteering.reverse"), getTranslation("volunteering.reason"), null,
                    getTranslation("volunteering.reverse"), ButtonVariant.LUMO_ERROR,
                    reason -> act(() -> attendance.reverse(activity.id(), reason))));
            reverse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            reverse.setId("activity-reverse");
            actions.add(reverse);
        }
        try {
            attendees.setItems(attendance.attendance(activity.id()));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private Component codeLink(Activity activity, Direction direction) {
        String lower = direction.name().toLowerCase(Locale.ROOT);
        RouterLink link = new RouterLink(getTranslation("volunteering.code." + lower), CheckInCodeView.class,
                activity.id().value() + "-" + direction.name());
        link.setId("activity-code-" + lower);
        return link;
    }

    private void act(Supplier<?> action) {
        Activity selected = grid.asSingleSelect().getValue();
        try {
            action.get();
            UiErrors.success(getTranslation("volunteering.done"));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        refresh(selected);
    }

    private void refresh(Activity selected) {
        var items = activities.organised(PageRequest.first(PageRequest.MAX_SIZE)).items();
        grid.setItems(items);
        Activity again = selected == null ? null : items.stream()
                .filter(a -> a.id().equals(selected.id())).findFirst().orElse(null);
        if (again != null) {
            grid.select(again);
        }
        show(again);
    }

    private void publishDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("volunteering.publish"));
        Select<Community> community = new Select<>();
        community.setLabel(getTranslation("volunteering.community"));
        community.setItems(activities.communities());
        community.setItemLabelGenerator(Community::name);
        TextField title = new TextField(getTranslation("volunteering.activity"));
        title.setId("activity-title");
        TextField place = new TextField(getTranslation("volunteering.place"));
        DateTimePicker starts = new DateTimePicker(getTranslation("volunteering.starts"));
        starts.setValue(LocalDateTime.now(ChinaTime.ZONE).plusDays(1).withHour(9).withMinute(0).withSecond(0)
                .withNano(0));
        DateTimePicker ends = new DateTimePicker(getTranslation("volunteering.ends"));
        ends.setValue(starts.getValue().plus(Duration.ofHours(2)));
        IntegerField places = new IntegerField(getTranslation("volunteering.places"));
        places.setValue(10);
        places.setMin(1);
        places.setMax(ActivityCommands.MAX_PLACES);
        TextField skills = new TextField(getTranslation("volunteering.skills"));
        IntegerField minutes = new IntegerField(getTranslation("volunteering.minutes-per-attendee"));
        minutes.setHelperText(getTranslation("volunteering.minutes-per-attendee.help"));
        TextArea description = new TextArea(getTranslation("volunteering.description"));
        FormLayout form = new FormLayout(community, title, place, starts, ends, places, skills, minutes, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(form);
        Button save = new Button(getTranslation("volunteering.publish"), click -> {
            try {
                activities.publish(new ActivityCommands.NewActivity(community.getValue() == null ? null
                        : community.getValue().id().value(), null, title.getValue(), description.getValue(),
                        place.getValue(), starts.getValue() == null ? null
                        : starts.getValue().atZone(ChinaTime.ZONE).toInstant(), ends.getValue() == null ? null
                        : ends.getValue().atZone(ChinaTime.ZONE).toInstant(), places.getValue(), skills.getValue(),
                        minutes.getValue() == null ? null : minutes.getValue().longValue()));
                dialog.close();
                refresh(null);
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("activity-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void correctDialog(Activity activity, AttendanceService.Attendee attendee) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("volunteering.correct") + " · " + (attendee.name() == null ? ""
                : attendee.name()));
        DateTimePicker in = new DateTimePicker(getTranslation("volunteering.checked-in"));
        DateTimePicker out = new DateTimePicker(getTranslation("volunteering.checked-out"));
        in.setValue(LocalDateTime.ofInstant(attendee.signUp().checkedInAt() == null ? activity.startsAt()
                : attendee.signUp().checkedInAt(), ChinaTime.ZONE));
        out.setValue(LocalDateTime.ofInstant(attendee.signUp().checkedOutAt() == null ? activity.endsAt()
                : attendee.signUp().checkedOutAt(), ChinaTime.ZONE));
        dialog.add(new FormLayout(in, out));
        Button save = new Button(getTranslation("action.save"), click -> {
            act(() -> attendance.correct(activity.id(), attendee.signUp().id(), new ActivityCommands.AttendanceTimes(
                    in.getValue() == null ? null : in.getValue().atZone(ChinaTime.ZONE).toInstant(),
                    out.getValue() == null ? null : out.getValue().atZone(ChinaTime.ZONE).toInstant())));
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.title") + " · " + getTranslation("app.name");
    }
}
