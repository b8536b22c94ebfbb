package org.linli.ui.console.devices;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.devices.AlertRule;
import org.linli.tenants.devices.AlertRules;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.devices.Severity;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The alert rules, one per kind of event: how long repeats of one device count as one alert, how close in time two
 * devices of a building must alert to make it critical, the quiet hours in which alerts are only recorded, and the
 * case category alerts open cases in (none: recorded only). A row opens its editor.
 */
@Route(value = "device-rules", layout = MainLayout.class)
@ViewPermission(Permissions.DEVICE_MANAGE)
public class AlertRulesView extends VerticalLayout implements HasDynamicTitle {

    private final AlertRules rules;
    private final CaseCategories categories;
    private final Grid<AlertRule> grid = new ListGrid<>();
    private Map<Long, CaseCategory> byId = Map.of();

    @Inject
    public AlertRulesView(AlertRules rules, CaseCategories categories, ElderActivity activity) {
        this.rules = rules;
        this.categories = categories;
        addClassName("list-view");
        setWidthFull();
        add(new H2(getTranslation("nav.device-rules")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(new Paragraph(getTranslation("device-rules.intro")));
        grid.setId("device-rules");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("devices.event." + r.eventKind().name()))
                .setHeader(getTranslation("devices.alert.kind")).setAutoWidth(true);
        grid.addColumn(r -> minutes(r.dedupeMinutes())).setHeader(getTranslation("device-rules.dedupe"));
        grid.addColumn(r -> minutes(r.correlationMinutes())).setHeader(getTranslation("device-rules.correlation"));
        grid.addColumn(this::quiet).setHeader(getTranslation("device-rules.quiet"));
        grid.addColumn(r -> getTranslation("devices.severity." + r.severity().name()))
                .setHeader(getTranslation("devices.alert.severity"));
        grid.addColumn(r -> r.categoryId() == null || !byId.containsKey(r.categoryId())
                ? getTranslation("device-rules.record-only") : byId.get(r.categoryId()).name())
                .setHeader(getTranslation("device-rules.category")).setFlexGrow(2);
        grid.addItemClickListener(click -> edit(click.getItem()));
        add(grid);
        refresh();
        add(new ActivityRuleForm(activity, categories.list()));
    }

    private void refresh() {
        List<AlertRule> all = rules.list();
        byId = categories.list().stream().collect(Collectors.toMap(CaseCategory::id, Function.identity()));
        grid.setItems(all);
    }

    private String minutes(int minutes) {
        return minutes == 0 ? getTranslation("device-rules.off") : getTranslation("devices.heartbeat.value", minutes);
    }

    private String quiet(AlertRule rule) {
        if (rule.quietFrom() == null) {
            return getTranslation("device-rules.off");
        }
        return time(rule.quietFrom()) + "–" + time(rule.quietTo());
    }

    private static String time(int minute) {
        return LocalTime.of(minute / 60, minute % 60).toString();
    }

    private void edit(AlertRule rule) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("devices.event." + rule.eventKind().name()));
        dialog.setId("device-rule-dialog");
        IntegerField dedupe = new IntegerField(getTranslation("device-rules.dedupe"));
        dedupe.setId("rule-dedupe");
        dedupe.setMin(0);
        dedupe.setMax(1440);
        dedupe.setValue(rule.dedupeMinutes());
        dedupe.setHelperText(getTranslation("device-rules.minutes-help"));
        IntegerField correlation = new IntegerField(getTranslation("device-rules.correlation"));
        correlation.setId("rule-correlation");
        correlation.setMin(0);
        correlation.setMax(60);
        correlation.setValue(rule.correlationMinutes());
        correlation.setHelperText(getTranslation("device-rules.correlation-help"));
        TimePicker from = new TimePicker(getTranslation("device-rules.quiet-from"));
        from.setId("rule-quiet-from");
        TimePicker to = new TimePicker(getTranslation("device-rules.quiet-to"));
        to.setId("rule-quiet-to");
        if (rule.quietFrom() != null) {
            from.setValue(LocalTime.of(rule.quietFrom() / 60, rule.quietFrom() % 60));
            to.setValue(LocalTime.of(rule.quietTo() / 60, rule.quietTo() % 60));
        }
        ComboBox<Severity> severity = new ComboBox<>(getTranslation("devices.alert.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("devices.severity." + s.name()));
        severity.setValue(rule.severity());
        ComboBox<CaseCategory> category = new ComboBox<>(getTranslation("device-rules.category"));
        category.setId("rule-category");
        category.setItems(byId.values().stream().filter(CaseCategory::isActive).toList());
        category.setItemLabelGenerator(CaseCategory::name);
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("device-rules.record-only"));
        category.setValue(rule.categoryId() == null ? null : byId.get(rule.categoryId()));
        dialog.add(new FormLayout(dedupe, correlation, from, to, severity, category));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                rules.change(rule.eventKind(), new DeviceCommands.RuleDetails(
                        dedupe.getValue() == null ? -1 : dedupe.getValue(),
                        correlation.getValue() == null ? -1 : correlation.getValue(), minute(from.getValue()),
                        minute(to.getValue()), severity.getValue(),
                        category.getValue() == null ? null : category.getValue().id()));
                dialog.close();
                UiErrors.success(getTranslation("device-rules.saved"));
                refresh();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("dedupeMinutes", dedupe,
                        "correlationMinutes", correlation, "quietFrom", from, "quietTo", to, "severity", severity,
                        "categoryId", category));
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static Integer minute(LocalTime time) {
        return time == null ? null : time.getHour() * 60 + time.getMinute();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.device-rules") + " · " + getTranslation("app.name");
    }
}
