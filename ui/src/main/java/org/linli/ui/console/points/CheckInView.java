package org.linli.ui.console.points;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.points.EarningService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

/**
 * Check-ins (e.g. at a garbage-sorting station): find the resident, name the topic, record it; the check-in rule of
 * that topic awards the points, within its daily cap.
 */
@Route(value = "points-check-in", layout = MainLayout.class)
@ViewPermission(Permissions.POINTS_CHECK_IN)
public class CheckInView extends VerticalLayout implements HasDynamicTitle {

    /** The topic most stations record. */
    static final String DEFAULT_TOPIC = "garbage-sorting";

    @Inject
    public CheckInView(EarningService earning, ResidentDirectory residents) {
        addClassName("list-view");
        add(new H2(getTranslation("nav.points-check-in")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        ComboBox<ResidentRecord> resident = new ComboBox<>(getTranslation("points.check-in.resident"));
        resident.setItems(query -> residents.search(new ResidentDirectory.ResidentFilter(query.getFilter().orElse(null),
                        null, null, null, null, null), new PageRequest(query.getPage(), query.getPageSize())).items()
                .stream());
        resident.setItemLabelGenerator(r -> r.name() + " · " + r.address());
        resident.setId("check-in-resident");
        resident.setWidthFull();
        TextField topic = new TextField(getTranslation("points.rule.topic"));
        topic.setValue(DEFAULT_TOPIC);
        topic.setId("check-in-topic");
        Paragraph result = new Paragraph();
        result.setId("check-in-result");
        Button record = new Button(getTranslation("points.check-in.record"), click -> {
            try {
                if (resident.getValue() == null) {
                    throw DomainException.invalid(FieldError.of("residentId", "required"));
                }
                EarningService.CheckIn done = earning.checkIn(resident.getValue().id(), topic.getValue());
                result.setText(done.points() > 0 ? getTranslation("points.check-in.awarded", done.points(),
                        done.ruleVersion()) : getTranslation("points.check-in.none"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        record.setId("check-in-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(resident, topic, record, result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points-check-in") + " · " + getTranslation("app.name");
    }
}
