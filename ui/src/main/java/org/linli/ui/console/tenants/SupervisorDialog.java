package org.linli.ui.console.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantService;
import org.linli.platform.tenancy.TenantStatus;
import org.linli.ui.components.UiErrors;

import java.util.function.Consumer;

/**
 * Names the street district that supervises a property company. Cases the company leaves overdue past the second
 * threshold go to that district, so only active districts are offered; clearing the field ends the supervision.
 */
class SupervisorDialog extends Dialog {

    private final ComboBox<Tenant> district = new ComboBox<>();

    SupervisorDialog(TenantService tenants, Tenant company, Consumer<Tenant> changed) {
        setHeaderTitle(getTranslation("tenants.supervisor.title", company.name()));
        district.setLabel(getTranslation("tenants.column.supervisor"));
        district.setId("supervisor-field");
        district.setWidthFull();
        district.setClearButtonVisible(true);
        district.setPlaceholder(getTranslation("tenants.supervisor.none"));
        district.setItemLabelGenerator(Tenant::name);
        // Looked up page by page as the operator types: a city has more districts than a drop-down should hold.
        district.setItems(query -> tenants.list(
                new TenantFilter(query.getFilter().orElse(""), TenantKind.DISTRICT, TenantStatus.ACTIVE),
                new PageRequest(query.getPage(), query.getPageSize())).items().stream());
        company.supervisingDistrict().ifPresent(id -> district.setValue(tenants.get(id)));
        add(new Paragraph(getTranslation("tenants.supervisor.help")), district);

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                Tenant saved = tenants.superviseBy(company.id(),
                        district.getValue() == null ? null : district.getValue().id());
                close();
                changed.accept(saved);
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.setId("save-supervisor");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("28rem");
    }
}
