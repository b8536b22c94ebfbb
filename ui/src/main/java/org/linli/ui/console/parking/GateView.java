package org.linli.ui.console.parking;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.parking.ParkingLot;
import org.linli.tenants.parking.ParkingLots;
import org.linli.tenants.parking.VisitorSession;
import org.linli.tenants.parking.VisitorSessions;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * The parking gate, phone-friendly: type a plate and record it entering; the cars inside, each with a button to
 * record it leaving, which shows the fee from the lot's tariff (zero for a valid monthly permit).
 */
@Route(value = "gate", layout = MainLayout.class)
@ViewPermission(Permissions.PROVIDER_WORK)
public class GateView extends VerticalLayout implements HasDynamicTitle {

    private final VisitorSessions sessions;
    private final Select<ParkingLot> lot = new Select<>();
    private final Div inside = new Div();

    @Inject
    public GateView(ParkingLots parkingLots, VisitorSessions sessions) {
        this.sessions = sessions;
        addClassName("list-view");
        add(new H2(getTranslation("nav.gate")));
        List<ParkingLot> lots = parkingLots.attended();
        if (lots.isEmpty()) {
            add(new EmptyState(getTranslation("gate.no-lots")));
            return;
        }
        lot.setLabel(getTranslation("gate.lot"));
        lot.setItems(lots);
        lot.setItemLabelGenerator(ParkingLot::name);
        lot.setValue(lots.get(0));
        lot.addValueChangeListener(change -> refresh());
        TextField plate = new TextField(getTranslation("shop.plate"));
        plate.setId("gate-plate");
        plate.setPlaceholder("苏A12345");
        Button enter = new Button(getTranslation("gate.enter"), click -> {
            try {
                sessions.enter(lot.getValue().id(), plate.getValue());
                plate.clear();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        enter.setId("gate-enter");
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inside.addClassName("order-cards");
        inside.setId("gate-inside");
        add(lot, plate, enter, inside);
        refresh();
    }

    private void refresh() {
        inside.removeAll();
        List<VisitorSession> open = sessions.sessions(lot.getValue().id(), true,
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        if (open.isEmpty()) {
            inside.add(new EmptyState(getTranslation("gate.empty")));
        }
        open.forEach(session -> inside.add(card(session)));
    }

    private Component card(VisitorSession session) {
        Span plate = new Span(session.plate());
        plate.addClassName("order-title");
        Span since = new Span(getTranslation("gate.since", Formats.dateTime(session.enteredAt()))
                + (session.permitId() != null ? " · " + getTranslation("gate.permit") : ""));
        since.addClassName("order-when");
        Button exit = new Button(getTranslation("gate.exit"), click -> {
            try {
                VisitorSession left = sessions.exit(session.id());
                UiErrors.success(getTranslation("gate.fee", left.plate(), left.fee().format()));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        exit.setId("gate-exit-" + session.id());
        exit.addClassName("order-action");
        Div card = new Div(plate, since, exit);
        card.addClassName("order-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gate") + " · " + getTranslation("app.name");
    }
}
