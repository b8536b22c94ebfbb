package org.linli.ui.console.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.forms.FormField;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.FormViews;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.ui.components.UiErrors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fills in a form for one resident: a grid worker picks the resident (only their grids' residents can be found), a
 * resident fills in their own. Registry-bound fields arrive prefilled; changed ones go back to the registry when the
 * person confirms.
 */
public class FillFormDialog extends Dialog {

    private final FormService forms;
    private final FormViews.FormView form;
    private final FormLayout fields = new FormLayout();
    private final Map<Long, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Checkbox writeBack = new Checkbox();
    private ResidentId resident;

    /** For a grid worker or operator: choose the resident first. */
    public FillFormDialog(FormService forms, ResidentDirectory residents, long formId, Runnable done) {
        this(forms, formId, done);
        ComboBox<ResidentRecord> pick = new ComboBox<>(getTranslation("forms.fill.resident"));
        pick.setId("fill-resident");
        pick.setWidthFull();
        pick.setItemLabelGenerator(r -> r.name() + " · " + (r.address() == null ? "" : r.address()));
        pick.setItems(query -> residents.search(new ResidentDirectory.ResidentFilter(query.getFilter().orElse(null),
                null, null, null, ResidentStatus.ACTIVE, null),
                new PageRequest(query.getPage(), query.getPageSize())).items().stream());
        pick.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                choose(change.getValue().id());
            }
        });
        addComponentAsFirst(pick);
    }

    /** For a resident filling in their own answers. */
    public FillFormDialog(FormService forms, long formId, ResidentId self, Runnable done) {
        this(forms, formId, done);
        choose(self);
    }

    private FillFormDialog(FormService forms, long formId, Runnable done) {
        this.forms = forms;
        this.form = forms.get(formId);
        setHeaderTitle(form.form().title());
        setWidth("min(640px, 100vw)");
        setId("fill-form-dialog");
        if (form.form().description() != null) {
            add(new Paragraph(form.form().description()));
        }
        writeBack.setLabel(getTranslation("forms.fill.write-back"));
        writeBack.setValue(true);
        writeBack.setId("fill-write-back");
        add(fields, writeBack);
        Button submit = new Button(getTranslation("forms.fill.submit"), click -> submit(done));
        submit.setId("fill-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }

    private void choose(ResidentId chosen) {
        this.resident = chosen;
        fields.removeAll();
        inputs.clear();
        Map<Long, String> prefill;
        try {
            prefill = forms.prefill(form.form().id(), chosen);
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        for (FormField field : form.fields()) {
            String label = field.label() + (field.required() ? " *" : "");
            HasValue<?, ?> input = switch (field.type()) {
                case NUMBER, TEXT, REGISTRY -> {
                    TextField text = new TextField(label);
                    text.setValue(Objects.requireNonNullElse(prefill.get(field.id()), ""));
                    if (field.binding() != null) {
                        text.setHelperText(getTranslation("forms.fill.from-registry"));
                    }
                    yield text;
                }
                case DATE -> new DatePicker(label);
                case CHOICE -> {
                    Select<String> choice = new Select<>();
                    choice.setLabel(label);
                    choice.setItems(field.options());
                    yield choice;
                }
            };
            ((Component) input).setId("field-" + field.position());
            inputs.put(field.id(), input);
            fields.add((Component) input);
        }
    }

    private void submit(Runnable done) {
        if (resident == null) {
            UiErrors.show(DomainException.invalid(FieldError.of("resident", "required")));
            return;
        }
        Map<Long, String> answers = new HashMap<>();
        inputs.forEach((id, input) -> {
            Object value = input.getValue();
            answers.put(id, value == null ? null : value instanceof LocalDate date ? date.toString()
                    : value.toString());
        });
        try {
            forms.answer(form.form().id(), resident, answers, writeBack.getValue());
            UiErrors.success(getTranslation("forms.fill.saved"));
            close();
            done.run();
        } catch (DomainException problem) {
            inputs.values().forEach(input -> {
                if (input instanceof HasValidation validated) {
                    validated.setInvalid(false);
                }
            });
            for (FieldError error : problem.fieldErrors()) {
                String id = error.field().replace("answers.", "");
                HasValue<?, ?> input = id.matches("\\d+") ? inputs.get(Long.parseLong(id)) : null;
                if (input instanceof HasValidation validated) {
                    validated.setErrorMessage(UiErrors.message(error, getLocale()));
                    validated.setInvalid(true);
                }
            }
            UiErrors.show(problem);
        }
    }

}
