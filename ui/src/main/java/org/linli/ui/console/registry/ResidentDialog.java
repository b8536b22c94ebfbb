package org.linli.ui.console.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.ResidentId;
import org.linli.tenants.registry.ResidentRecord;
import org.linli.tenants.registry.ResidentService;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;

import java.util.List;
import java.util.Map;

/**
 * One resident, disclosed by policy. A masked sealed value that the caller may reveal has a "show" action that asks
 * for the purpose; the reveal is audited and appears at once in the list of who saw this resident's data.
 */
class ResidentDialog extends Dialog {

    private final ResidentService residents;
    private final ResidentId id;
    private final FormLayout details = new FormLayout();
    private final Grid<DataAccess> accesses = new ListGrid<>();

    ResidentDialog(ResidentService residents, ResidentId id, Runnable changed) {
        this.residents = residents;
        this.id = id;
        setWidth("min(720px, 100vw)");
        setId("resident-dialog");
        accesses.addThemeVariants(GridVariant.LUMO_COMPACT);
        accesses.setAllRowsVisible(true);
        accesses.addColumn(a -> Formats.dateTime(a.accessedAt())).setHeader(getTranslation("who-saw.column.time"))
                .setAutoWidth(true);
        accesses.addColumn(DataAccess::actor).setHeader(getTranslation("who-saw.column.actor")).setAutoWidth(true);
        accesses.addColumn(a -> getTranslation("field." + RegistryLabels.key(a.field())))
                .setHeader(getTranslation("who-saw.column.field")).setAutoWidth(true);
        accesses.addColumn(DataAccess::purpose).setHeader(getTranslation("who-saw.column.purpose")).setFlexGrow(1);
        add(details, new H4(getTranslation("resident.accesses")), accesses);
        getFooter().add(new Button(getTranslation("action.close"), click -> {
            close();
            changed.run();
        }));
        load();
    }

    private void load() {
        ResidentRecord record = residents.get(id);
        setHeaderTitle(RegistryLabels.orHidden(record.name()));
        details.removeAll();
        details.addFormItem(text(record.address()), getTranslation("residents.column.address"));
        details.addFormItem(text(RegistryLabels.gender(this, record.gender())),
                getTranslation("residents.column.gender"));
        details.addFormItem(text(RegistryLabels.relation(this, record.relation())),
                getTranslation("residents.column.relation"));
        details.addFormItem(sealed(record, PersonalField.BIRTH_DATE, record.birthDate()),
                getTranslation("residents.column.birth-date"));
        details.addFormItem(sealed(record, PersonalField.MOBILE, record.mobile()),
                getTranslation("residents.column.mobile"));
        details.addFormItem(sealed(record, PersonalField.ID_NUMBER, record.idNumber()),
                getTranslation("residents.column.id-number"));
        details.addFormItem(text(RegistryLabels.tags(this, record.tags())), getTranslation("residents.column.tags"));
        details.addFormItem(text(RegistryLabels.status(this, record.status())),
                getTranslation("residents.column.status"));
        List<DataAccess> seen = residents.accesses(id, PageRequest.first(PageRequest.MAX_SIZE)).items();
        accesses.setItems(seen);
        if (record.status() == org.linli.tenants.registry.ResidentStatus.PENDING
                && org.linli.platform.security.CurrentUser.isPermitted(
                org.linli.platform.security.Permissions.REGISTRY_MANAGE)) {
            Button verify = new Button(getTranslation("resident.verify"), click -> {
                residents.verify(id);
                load();
            });
            verify.setId("verify-resident");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            details.add(verify);
        }
    }

    private Component sealed(ResidentRecord record, PersonalField field, String masked) {
        Span value = text(masked);
        value.setId("value-" + field.jsonName());
        if (!record.revealable().contains(field)) {
            return value;
        }
        Button show = new Button(getTranslation("resident.reveal"), click -> askPurpose(field, value));
        show.setId("reveal-" + field.jsonName());
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(value, show);
    }

    private void askPurpose(PersonalField field, Span value) {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("resident.reveal.title"));
        TextField purpose = new TextField(getTranslation("resident.reveal.purpose"));
        purpose.setId("reveal-purpose");
        purpose.setWidthFull();
        purpose.setHelperText(getTranslation("resident.reveal.help"));
        ask.add(purpose);
        Button confirm = new Button(getTranslation("resident.reveal"), click -> {
            try {
                value.setText(residents.reveal(id, field, purpose.getValue()));
                ask.close();
                accesses.setItems(residents.accesses(id, PageRequest.first(PageRequest.MAX_SIZE)).items());
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("purpose", purpose));
            }
        });
        confirm.setId("confirm-reveal");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.getFooter().add(new Button(getTranslation("action.cancel"), click -> ask.close()), confirm);
        ask.open();
    }

    private static Span text(String value) {
        return new Span(RegistryLabels.orHidden(value == null || value.isEmpty() ? null : value));
    }

}
