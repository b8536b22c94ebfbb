package org.linli.ui.console.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.ui.components.EnglishCell;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.cases.CalendarDay;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseSettings;
import org.linli.tenants.cases.DayKind;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a tenant's cases are timed: the category tree with each category's SLA in working hours (added, renamed,
 * re-timed, retired — never deleted, so past cases keep theirs), the weekly working schedule with the warning and
 * district thresholds, and the holidays and make-up working days that deadlines skip or count.
 */
@Route(value = "case-setup", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_MANAGE)
public class CaseSetupView extends VerticalLayout implements HasDynamicTitle {

    private final CaseCategories categories;
    private final TreeGrid<CaseCategory> tree = new TreeGrid<>();
    private final Grid<CalendarDay> days = new ListGrid<>();
    private final ComboBox<String> zone = new ComboBox<>();
    private final CheckboxGroup<DayOfWeek> workdays = new CheckboxGroup<>();
    private final TimePicker dayStart = new TimePicker();
    private final TimePicker dayEnd = new TimePicker();
    private final IntegerField warnPercent = new IntegerField();
    private final IntegerField districtPercent = new IntegerField();
    private List<CaseCategory> all = List.of();

    @Inject
    public CaseSetupView(CaseCategories categories) {
        this.categories = categories;
        addClassName("list-view");
        add(new H2(getTranslation("nav.case-setup")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(new H3(getTranslation("case-setup.categories")), categoryBar(), categoryTree(),
                new H3(getTranslation("case-setup.schedule")), scheduleForm(),
                new H3(getTranslation("case-setup.days")), dayForm(), dayGrid());
        refreshCategories();
        act(categories::calendar);
    }

    private Component categoryBar() {
        Button create = new Button(getTranslation("case-setup.category.new"), click -> openDialog(null, null));
        create.setId("case-category-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    private Component categoryTree() {
        tree.setId("case-categories");
        tree.addHierarchyColumn(CaseCategory::name).setHeader(getTranslation("case-setup.category.name"))
                .setAutoWidth(true).setFlexGrow(2);
        tree.addColumn(EnglishCell.of(CaseCategory::nameEn))
                .setHeader(getTranslation("case-setup.category.name-en"))
                .setAutoWidth(true).setFlexGrow(2);
        tree.addColumn(c -> CaseTimes.hours(c.acceptMinutes()).toPlainString())
                .setHeader(getTranslation("case-setup.category.accept-column")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        tree.addColumn(c -> CaseTimes.hours(c.resolveMinutes()).toPlainString())
                .setHeader(getTranslation("case-setup.category.resolve-column")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        tree.addComponentColumn(c -> c.isActive()
                        ? new StatusBadge(getTranslation("case-setup.category.status.active"), StatusBadge.Tone.GOOD)
                        : new StatusBadge(getTranslation("case-setup.category.status.retired"),
                        StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("case-setup.category.status")).setAutoWidth(true);
        tree.addComponentColumn(this::categoryActions).setAutoWidth(true).setFlexGrow(0);
        tree.setAllRowsVisible(true);
        return tree;
    }

    private Component categoryActions(CaseCategory category) {
        HorizontalLayout actions = new HorizontalLayout();
        Button edit = new Button(getTranslation("case-setup.category.edit"), click -> openDialog(category, null));
        edit.setId("case-category-" + category.id() + "-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(edit);
        if (category.parentId() == null && category.isActive()) {
            Button child = new Button(getTranslation("case-setup.category.add-child"),
                    click -> openDialog(null, category));
            child.setId("case-category-" + category.id() + "-add-child");
            child.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(child);
        }
        Button toggle = new Button(getTranslation(category.isActive() ? "case-setup.category.retire"
                : "case-setup.category.reactivate"), click -> toggle(category));
        toggle.setId("case-category-" + category.id() + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (category.isActive()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        actions.add(toggle);
        return actions;
    }

    private void openDialog(CaseCategory editing, CaseCategory under) {
        new CategoryDialog(categories, all, editing, under, () -> {
            UiErrors.success(getTranslation("case-setup.category.saved"));
            refreshCategories();
        }).open();
    }

    /** Retiring asks first: residents can no longer report in it, though its past cases keep it. */
    private void toggle(CaseCategory category) {
        Runnable change = () -> {
            try {
                categories.change(category.id(), new CaseCommands.CategoryDetails(category.parentId(),
                        category.name(), category.nameEn(), category.acceptMinutes(), category.resolveMinutes(),
                        category.position(), !category.isActive()));
                UiErrors.success(getTranslation("case-setup.category.saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
            refreshCategories();
        };
        if (!category.isActive()) {
            change.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("case-setup.category.retire"),
                getTranslation("case-setup.category.retire-confirm", category.name()),
                getTranslation("case-setup.category.retire"), click -> change.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void refreshCategories() {
        try {
            all = categories.list();
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        Comparator<CaseCategory> order = Comparator.comparingInt(CaseCategory::position)
                .thenComparing(CaseCategory::name);
        List<CaseCategory> roots = all.stream().filter(c -> c.parentId() == null).sorted(order).toList();
        tree.setItems(roots, c -> c.parentId() != null ? List.of() : all.stream()
                .filter(child -> Objects.equals(child.parentId(), c.id())).sorted(order).toList());
        tree.expand(roots);
    }

    private Component scheduleForm() {
        zone.setLabel(getTranslation("case-setup.zone"));
        zone.setId("case-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        workdays.setLabel(getTranslation("case-setup.workdays"));
        workdays.setId("case-workdays");
        workdays.setItems(EnumSet.allOf(DayOfWeek.class));
        workdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        dayStart.setLabel(getTranslation("case-setup.day-start"));
        dayStart.setId("case-day-start");
        dayStart.setStep(Duration.ofMinutes(15));
        dayEnd.setLabel(getTranslation("case-setup.day-end"));
        dayEnd.setId("case-day-end");
        dayEnd.setStep(Duration.ofMinutes(15));
        dayEnd.setHelperText(getTranslation("case-setup.day-end-help"));
        warnPercent.setLabel(getTranslation("case-setup.warn-percent"));
        warnPercent.setId("case-warn-percent");
        warnPercent.setHelperText(getTranslation("case-setup.warn-percent-help"));
        warnPercent.setMin(10);
        warnPercent.setMax(99);
        districtPercent.setLabel(getTranslation("case-setup.district-percent"));
        districtPercent.setId("case-district-percent");
        districtPercent.setHelperText(getTranslation("case-setup.district-percent-help"));
        districtPercent.setMin(101);
        districtPercent.setMax(1000);
        Button save = new Button(getTranslation("case-setup.schedule.save"), click -> saveSchedule());
        save.setId("case-schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout times = new HorizontalLayout(zone, dayStart, dayEnd, warnPercent, districtPercent);
        times.setWrap(true);
        HorizontalLayout form = new HorizontalLayout(workdays, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return new VerticalLayout(times, form);
    }

    private void saveSchedule() {
        CaseCommands.Schedule schedule = new CaseCommands.Schedule(zone.getValue(),
                workdays.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays.getValue()),
                CaseTimes.minuteOfDay(dayStart.getValue(), false), CaseTimes.minuteOfDay(dayEnd.getValue(), true),
                Objects.requireNonNullElse(warnPercent.getValue(), 0),
                Objects.requireNonNullElse(districtPercent.getValue(), 0));
        Map<String, HasValidation> fields = Map.of("zone", zone, "workdays", workdays, "dayStart", dayStart,
                "dayEnd", dayEnd, "warnPercent", warnPercent, "districtPercent", districtPercent);
        try {
            show(categories.schedule(schedule));
            fields.values().forEach(field -> field.setInvalid(false));
            UiErrors.success(getTranslation("case-setup.schedule.saved"));
        } catch (DomainException problem) {
            FieldErrors.show(problem, fields);
        }
    }

    private Component dayForm() {
        DatePicker date = new DatePicker(getTranslation("case-setup.day.date"));
        date.setId("case-day-date");
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("case-setup.day.kind"));
        kind.setId("case-day-kind");
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("case-setup.day.kind." + k.name()));
        kind.setValue(DayKind.HOLIDAY);
        TextField name = new TextField(getTranslation("case-setup.day.name"));
        name.setId("case-day-name");
        name.setMaxLength(60);
        name.setPlaceholder(getTranslation("case-setup.day.name-placeholder"));
        Button add = new Button(getTranslation("case-setup.day.add"), click -> {
            try {
                show(categories.markDay(new CaseCommands.SpecialDay(date.getValue(), kind.getValue(),
                        name.getValue())));
                UiErrors.success(getTranslation("case-setup.day.added", date.getValue()));
                date.setInvalid(false);
                name.setInvalid(false);
                date.clear();
                name.clear();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("day", date, "kind", kind, "name", name));
            }
        });
        add.setId("case-day-add");
        HorizontalLayout form = new HorizontalLayout(date, kind, name, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Component dayGrid() {
        days.setId("case-days");
        days.addColumn(d -> d.day().toString()).setHeader(getTranslation("case-setup.day.date")).setAutoWidth(true);
        days.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()))
                .setHeader(getTranslation("case-setup.day.weekday")).setAutoWidth(true);
        days.addComponentColumn(d -> new StatusBadge(getTranslation("case-setup.day.kind." + d.kind().name()),
                d.kind() == DayKind.HOLIDAY ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("case-setup.day.kind"));
        days.addColumn(CalendarDay::name).setHeader(getTranslation("case-setup.day.name")).setFlexGrow(2);
        days.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("action.remove"), click -> act(() ->
                    categories.unmarkDay(d.id())));
            remove.setId("case-day-" + d.id() + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        days.setAllRowsVisible(true);
        days.setEmptyStateText(getTranslation("case-setup.days.empty"));
        return days;
    }

    private void act(Supplier<CaseCategories.Calendar> action) {
        try {
            show(action.get());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void show(CaseCategories.Calendar calendar) {
        CaseSettings settings = calendar.settings();
        zone.setValue(settings.zone());
        workdays.setValue(settings.workdays());
        dayStart.setValue(CaseTimes.time(settings.dayStart()));
        dayEnd.setValue(CaseTimes.time(settings.dayEnd()));
        warnPercent.setValue(settings.warnPercent());
        districtPercent.setValue(settings.districtPercent());
        days.setItems(calendar.specialDays().stream().sorted(Comparator.comparing(CalendarDay::day)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.case-setup") + " · " + getTranslation("app.name");
    }
}
