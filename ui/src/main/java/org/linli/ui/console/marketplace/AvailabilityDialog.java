package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.Availability;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.UiErrors;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A staff member publishes when they can work: from a day, for a number of days, on chosen weekdays, between two
 * times, cut into slots of a length. Periods overlapping slots already published, or in the past, are skipped.
 */
class AvailabilityDialog extends Dialog {

    AvailabilityDialog(SlotService slots, Runnable published) {
        setHeaderTitle(getTranslation("availability.title"));
        setWidth("min(40rem, 100vw)");
        DatePicker firstDay = new DatePicker(getTranslation("availability.first-day"),
                LocalDate.now(ChinaTime.ZONE).plusDays(1));
        firstDay.setMin(LocalDate.now(ChinaTime.ZONE));
        firstDay.setId("availability-first-day");
        IntegerField days = new IntegerField(getTranslation("availability.days"));
        days.setValue(14);
        days.setMin(1);
        days.setMax(60);
        days.setStepButtonsVisible(true);
        days.setId("availability-days");
        CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>(getTranslation("availability.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> getTranslation("weekday." + day.getValue()));
        weekdays.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        weekdays.setId("availability-weekdays");
        TimePicker from = new TimePicker(getTranslation("availability.from"), LocalTime.of(8, 0));
        from.setStep(Duration.ofMinutes(30));
        from.setId("availability-from");
        TimePicker until = new TimePicker(getTranslation("availability.until"), LocalTime.of(18, 0));
        until.setStep(Duration.ofMinutes(30));
        until.setId("availability-until");
        IntegerField slotMinutes = new IntegerField(getTranslation("availability.slot-minutes"));
        slotMinutes.setValue(120);
        slotMinutes.setStep(30);
        slotMinutes.setMin(30);
        slotMinutes.setStepButtonsVisible(true);
        slotMinutes.setSuffixComponent(new Span(getTranslation("unit.minutes")));
        slotMinutes.setId("availability-slot-minutes");
        FormLayout form = new FormLayout(firstDay, days, from, until, slotMinutes, weekdays);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.setColspan(weekdays, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("firstDay", firstDay, "days", days, "weekdays", weekdays,
                "from", from, "until", until, "slotMinutes", slotMinutes);
        Button publish = new Button(getTranslation("availability.publish"), click -> {
            try {
                List<ServiceSlot> created = slots.publish(new Availability(firstDay.getValue(),
                        days.getValue() == null ? 0 : days.getValue(), Set.copyOf(weekdays.getValue()),
                        from.getValue(), until.getValue(), slotMinutes.getValue() == null ? 0 : slotMinutes.getValue()));
                close();
                UiErrors.success(getTranslation("availability.published", created.size()));
                published.run();
            } catch (DomainException problem) {
                FieldErrors.show(problem, fields);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("availability-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), publish);
    }
}
