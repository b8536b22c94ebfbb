package org.linli.ui.console.cases;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseCommands;
import org.linli.ui.components.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds a case category or changes one: names in both languages, its SLA in working hours, its place in the list and
 * whether residents may still report in it. The parent is chosen once, when the category is added (the service keeps
 * it fixed, so past cases stay where they were counted).
 */
class CategoryDialog extends Dialog {

    private final ComboBox<CaseCategory> parent = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField nameEn = new TextField();
    private final BigDecimalField accept = new BigDecimalField();
    private final BigDecimalField resolve = new BigDecimalField();
    private final IntegerField position = new IntegerField();
    private final Checkbox active = new Checkbox();

    /** {@code editing} null adds a category, under {@code under} when given. */
    CategoryDialog(CaseCategories categories, List<CaseCategory> all, CaseCategory editing, CaseCategory under,
                   Runnable saved) {
        setHeaderTitle(getTranslation(editing == null ? "case-setup.category.new" : "case-setup.category.edit"));
        setId("case-category-dialog");
        parent.setLabel(getTranslation("case-setup.category.parent"));
        parent.setId("case-category-parent");
        parent.setItems(all.stream().filter(c -> c.parentId() == null
                && (editing == null ? c.isActive() : c.id() == Objects.requireNonNullElse(editing.parentId(), -1L)))
                .toList());
        parent.setItemLabelGenerator(CaseCategory::name);
        parent.setClearButtonVisible(true);
        parent.setPlaceholder(getTranslation("case-setup.category.top"));
        name.setLabel(getTranslation("case-setup.category.name"));
        name.setId("case-category-name");
        name.setMaxLength(40);
        name.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("case-setup.category.name-en"));
        nameEn.setId("case-category-name-en");
        nameEn.setMaxLength(60);
        nameEn.setRequiredIndicatorVisible(true);
        accept.setLabel(getTranslation("case-setup.category.accept-hours"));
        accept.setId("case-category-accept");
        accept.setHelperText(getTranslation("case-setup.category.hours-help"));
        resolve.setLabel(getTranslation("case-setup.category.resolve-hours"));
        resolve.setId("case-category-resolve");
        resolve.setHelperText(getTranslation("case-setup.category.hours-help"));
        position.setLabel(getTranslation("case-setup.category.position"));
        position.setId("case-category-position");
        position.setMin(0);
        position.setMax(10_000);
        active.setLabel(getTranslation("case-setup.category.active"));
        active.setId("case-category-active");
        if (editing == null) {
            parent.setValue(under);
            position.setValue(all.stream().mapToInt(CaseCategory::position).max().orElse(0) + 10);
            active.setValue(true);
            active.setVisible(false);
        } else {
            parent.setValue(all.stream().filter(c -> Objects.equals(c.id(), editing.parentId())).findFirst()
                    .orElse(null));
            parent.setReadOnly(true);
            name.setValue(editing.name());
            nameEn.setValue(editing.nameEn());
            accept.setValue(CaseTimes.hours(editing.acceptMinutes()));
            resolve.setValue(CaseTimes.hours(editing.resolveMinutes()));
            position.setValue(editing.position());
            active.setValue(editing.isActive());
        }
        FormLayout form = new FormLayout(parent, name, nameEn, accept, resolve, position, active);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            CaseCategory chosen = parent.getValue();
            Long acceptMinutes = CaseTimes.minutes(accept.getValue());
            Long resolveMinutes = CaseTimes.minutes(resolve.getValue());
            // Empty numbers go to the service as 0, which its validation names under the field.
            CaseCommands.CategoryDetails details = new CaseCommands.CategoryDetails(
                    chosen == null ? null : chosen.id(), name.getValue(), nameEn.getValue(),
                    acceptMinutes == null ? 0 : acceptMinutes, resolveMinutes == null ? 0 : resolveMinutes,
                    position.getValue() == null ? 0 : position.getValue(), active.getValue());
            try {
                if (editing == null) {
                    categories.create(details);
                } else {
                    categories.change(editing.id(), details);
                }
                close();
                saved.run();
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.<String, HasValidation>of("parentId", parent, "name", name,
                        "nameEn", nameEn, "acceptMinutes", accept, "resolveMinutes", resolve, "position", position));
                inHours(problem);
            }
        });
        save.setId("case-category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** The service's limits are in minutes; under a field in hours they must read in hours too. */
    private void inHours(DomainException problem) {
        for (FieldError error : problem.fieldErrors()) {
            BigDecimalField field = switch (error.field()) {
                case "acceptMinutes" -> accept;
                case "resolveMinutes" -> resolve;
                default -> null;
            };
            boolean limit = "min".equals(error.code()) || "max".equals(error.code());
            if (field != null && field.getValue() == null) {
                field.setErrorMessage(getTranslation("validation.required"));
            } else if (field != null && limit && !error.args().isEmpty()
                    && error.args().get(0) instanceof Number minutes) {
                field.setErrorMessage(getTranslation("validation." + error.code(),
                        CaseTimes.hours(minutes.longValue()).toPlainString()));
            }
        }
    }
}
