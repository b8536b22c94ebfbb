package org.linli.ui.console.devices;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.ElderActivity;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.UiErrors;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The tenant's no-activity rule for elders living alone, edited in place under the alert rules. */
class ActivityRuleForm extends Div {

    ActivityRuleForm(ElderActivity activity, List<CaseCategory> categories) {
        setId("activity-rule");
        DeviceCommands.ActivitySettings rule = activity.rule();
        Checkbox enabled = new Checkbox(getTranslation("activity.rule.enabled"), rule.enabled());
        enabled.setId("activity-enabled");
        IntegerField silence = minutes("activity.rule.silence", "activity-silence", 60, 720, rule.silenceMinutes());
        TimePicker dayStart = new TimePicker(getTranslation("activity.rule.day-start"), time(rule.dayStart()));
        dayStart.setId("activity-day-start");
        TimePicker dayEnd = new TimePicker(getTranslation("activity.rule.day-end"), time(rule.dayEnd()));
        dayEnd.setId("activity-day-end");
        IntegerField acknowledge = minutes("activity.rule.acknowledge", "activity-acknowledge", 5, 720,
                rule.acknowledgeMinutes());
        ComboBox<CaseCategory> category = new ComboBox<>(getTranslation("activity.rule.category"));
        category.setId("activity-category");
        category.setItems(categories.stream().filter(CaseCategory::isActive).toList());
        category.setItemLabelGenerator(CaseCategory::name);
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("activity.rule.category.default"));
        categories.stream().filter(c -> rule.categoryId() != null && c.id() == rule.categoryId()).findFirst()
                .ifPresent(category::setValue);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                activity.changeRule(new DeviceCommands.ActivitySettings(enabled.getValue(),
                        orMinus(silence.getValue()), minute(dayStart.getValue()), minute(dayEnd.getValue()),
                        orMinus(acknowledge.getValue()), category.getValue() == null ? null
                        : category.getValue().id()));
                UiErrors.success(getTranslation("activity.rule.saved"));
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("silenceMinutes", silence, "dayStart",
                        dayStart, "dayEnd", dayEnd, "daytimeOrdered", dayEnd, "acknowledgeMinutes", acknowledge,
                        "categoryId", category));
            }
        });
        save.setId("activity-rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("activity.rule")), new Paragraph(getTranslation("activity.rule.help")),
                new FormLayout(enabled, silence, dayStart, dayEnd, acknowledge, category), save);
    }

    private IntegerField minutes(String label, String id, int min, int max, int value) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        return field;
    }

    private static int orMinus(Integer value) {
        return value == null ? -1 : value;
    }

    private static LocalTime time(int minute) {
        return minute >= 24 * 60 ? LocalTime.of(23, 59) : LocalTime.of(minute / 60, minute % 60);
    }

    /** A time picker's value as minutes of the day; 23:59 is the day's end. */
    private static int minute(LocalTime time) {
        if (time == null) {
            return -1;
        }
        int minute = time.getHour() * 60 + time.getMinute();
        return minute == 24 * 60 - 1 ? 24 * 60 : minute;
    }
}
