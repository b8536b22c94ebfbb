package org.linli.ui.console.delivery;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.tenants.delivery.Parcel;
import org.linli.tenants.delivery.ParcelService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.time.Instant;
import java.util.List;

/**
 * The parcel station: take a parcel in for a home found by its address, hand waiting parcels over against the
 * code the household shows, and see which have waited too long.
 */
@Route(value = "station", layout = MainLayout.class)
@ViewPermission(Permissions.PROVIDER_WORK)
public class StationView extends VerticalLayout implements HasDynamicTitle {

    private final ParcelService parcels;
    private final Div waiting = new Div();
    private final Checkbox overdueOnly = new Checkbox();

    @Inject
    public StationView(ParcelService parcels) {
        this.parcels = parcels;
        addClassName("list-view");
        add(new H2(getTranslation("nav.station")));
        ComboBox<ParcelService.Home> home = new ComboBox<>(getTranslation("station.home"));
        home.setItems(query -> parcels.homes(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        home.setItemLabelGenerator(ParcelService.Home::address);
        home.setId("station-home");
        home.setWidthFull();
        TextField carrier = new TextField(getTranslation("station.carrier"));
        carrier.setId("station-carrier");
        TextField number = new TextField(getTranslation("station.tracking"));
        number.setId("station-tracking");
        Button intake = new Button(getTranslation("station.intake"), click -> {
            try {
                if (home.getValue() == null) {
                    throw DomainException.invalid(FieldError.of("household", "required"));
                }
                parcels.intake(home.getValue().id(), carrier.getValue(), number.getValue());
                number.clear();
                UiErrors.success(getTranslation("station.intake.done"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        intake.setId("station-intake");
        intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        overdueOnly.setLabel(getTranslation("station.overdue-only"));
        overdueOnly.addValueChangeListener(change -> refresh());
        waiting.addClassName("order-cards");
        waiting.setId("station-parcels");
        add(home, carrier, number, intake, new H3(getTranslation("station.waiting")), overdueOnly, waiting);
        refresh();
    }

    private void refresh() {
        waiting.removeAll();
        List<Parcel> list = parcels.station(overdueOnly.getValue(), PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (list.isEmpty()) {
            waiting.add(new EmptyState(getTranslation("station.empty")));
        }
        Instant now = Instant.now();
        list.forEach(parcel -> waiting.add(card(parcel, now)));
    }

    private Component card(Parcel parcel, Instant now) {
        Span title = new Span(parcel.carrier() + " " + parcel.trackingNumber());
        title.addClassName("order-title");
        Div head = new Div(title);
        head.addClassName("order-card-head");
        if (parcel.isOverdue(now)) {
            head.add(new StatusBadge(getTranslation("station.overdue"), StatusBadge.Tone.ATTENTION));
        }
        Span where = new Span(parcel.address() + " · " + Formats.dateTime(parcel.arrivedAt()));
        where.addClassName("order-when");
        TextField code = new TextField();
        code.setPlaceholder(getTranslation("station.code"));
        code.setId("parcel-" + parcel.id() + "-code");
        code.setMaxLength(6);
        Button handOver = new Button(getTranslation("station.hand-over"), click -> {
            try {
                parcels.pickUp(parcel.id(), code.getValue());
                UiErrors.success(getTranslation("station.hand-over.done"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        handOver.setId("parcel-" + parcel.id() + "-hand-over");
        handOver.addClassName("order-action");
        Div card = new Div(head, where, code, handOver);
        card.addClassName("order-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.station") + " · " + getTranslation("app.name");
    }
}
