package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.delivery.Parcel;
import org.linli.tenants.delivery.ParcelService;
import org.linli.tenants.delivery.ParcelStatus;
import org.linli.tenants.eldercare.CareService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.modules.Module;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.parking.LotId;
import org.linli.tenants.parking.ParkingCommands;
import org.linli.tenants.parking.ParkingLot;
import org.linli.tenants.parking.ParkingLots;
import org.linli.tenants.parking.ParkingPermits;
import org.linli.tenants.registry.residents.ResidentId;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What booking asks for beyond the common fields, per module: for whom (an elder of the family) in elder care,
 * which plate for a lot's monthly permit, which waiting parcel for doorstep delivery — and where the booking goes.
 */
@ApplicationScoped
public class ModuleBooking {

    @Inject
    OrderService orders;

    @Inject
    CareService care;

    @Inject
    ParkingLots parkingLots;

    @Inject
    ParkingPermits parkingPermits;

    @Inject
    ParcelService parcels;

    /**
     * The extra fields of one booking and how it is placed, given the common fields and an idempotency key;
     * {@code takesPoints} when the booking is an order that points may discount; {@code completing} adds what the
     * fields choose to the common order (for whom), so that a quote prices what placing would; {@code choice} is
     * the line the summary shows for the fields' choice (label and value), null when there is none;
     * {@code counted} when the booking asks how many (visits, months) — a parcel to the door is one delivery.
     */
    public record Part(Component fields, BiFunction<OrderCommands.NewOrder, String, OrderView> placing,
                       boolean takesPoints, UnaryOperator<OrderCommands.NewOrder> completing,
                       Supplier<String[]> choice, boolean counted) {

        public Part(Component fields, BiFunction<OrderCommands.NewOrder, String, OrderView> placing,
                    boolean takesPoints, UnaryOperator<OrderCommands.NewOrder> completing,
                    Supplier<String[]> choice) {
            this(fields, placing, takesPoints, completing, choice, true);
        }

        public Part(Component fields, BiFunction<OrderCommands.NewOrder, String, OrderView> placing,
                    Supplier<String[]> choice) {
            this(fields, placing, false, UnaryOperator.identity(), choice);
        }

        public OrderView place(OrderCommands.NewOrder common, String idempotencyKey) {
            return placing.apply(common, idempotencyKey);
        }

        /** The order as placing would make it from the common fields. */
        public OrderCommands.NewOrder complete(OrderCommands.NewOrder common) {
            return completing.apply(common);
        }
    }

    public Part partFor(Component in, Offering offering) {
        if (offering.module() == Module.ELDER_CARE) {
            return forWhom(in);
        }
        if (offering.module() == Module.PARKING) {
            Optional<ParkingLot> lot = parkingLots.lotSelling(offering.id());
            if (lot.isPresent()) {
                return permit(in, lot.get().id());
            }
        }
        if (offering.module() == Module.DELIVERY) {
            return doorstep(in);
        }
        return plain();
    }

    /** A list for a form, empty when the resident cannot have one yet (e.g. not registered). */
    private static <T> List<T> quietly(Supplier<List<T>> list) {
        try {
            return list.get();
        } catch (DomainException notYet) {
            return List.of();
        }
    }

    private Part plain() {
        return new Part(new Div(), orders::place, true, UnaryOperator.identity(), () -> null);
    }

    private Part forWhom(Component in) {
        Select<CareService.Elder> whom = new Select<>();
        whom.setLabel(in.getTranslation("shop.for-whom"));
        whom.setId("for-whom");
        List<CareService.Elder> elders = quietly(care::myElders);
        whom.setItems(elders);
        whom.setEmptySelectionAllowed(true);
        whom.setEmptySelectionCaption(in.getTranslation("shop.for-me"));
        whom.setItemLabelGenerator(e -> e == null ? in.getTranslation("shop.for-me") : e.name() + "（" + e.relation()
                + "）");
        whom.setVisible(!elders.isEmpty());
        UnaryOperator<OrderCommands.NewOrder> forChosen = c -> {
            ResidentId subject = whom.getValue() == null ? null : whom.getValue().id();
            return new OrderCommands.NewOrder(c.offering(), c.slotId(), c.quantity(), c.contactPhone(), c.note(),
                    subject, c.points());
        };
        return new Part(whom, (c, key) -> orders.place(forChosen.apply(c), key), true, forChosen,
                () -> whom.getValue() == null ? null : new String[] {in.getTranslation("shop.for-whom"),
                        whom.getValue().name() + "（" + whom.getValue().relation() + "）"});
    }

    private Part permit(Component in, LotId lot) {
        TextField plate = new TextField(in.getTranslation("shop.plate"));
        plate.setId("permit-plate");
        plate.setPlaceholder("苏A12345");
        return new Part(plate, (c, key) -> parkingPermits.requestPermit(new ParkingCommands.PermitRequest(lot,
                plate.getValue(), null, c.quantity()), key).order(),
                () -> new String[] {in.getTranslation("shop.plate"), plate.getValue()});
    }

    private Part doorstep(Component in) {
        Select<Parcel> parcel = new Select<>();
        parcel.setLabel(in.getTranslation("shop.parcel"));
        parcel.setId("doorstep-parcel");
        parcel.setItems(quietly(parcels::mine).stream().filter(p -> p.status() == ParcelStatus.WAITING
                && p.doorstepOrderId() == null).toList());
        parcel.setItemLabelGenerator(p -> p.carrier() + " " + p.trackingNumber());
        parcel.setEmptySelectionAllowed(false);
        // The station delivers one parcel per order, whatever else the common fields say.
        UnaryOperator<OrderCommands.NewOrder> chosen = c -> {
            if (parcel.getValue() == null) {
                throw DomainException.invalid(FieldError.of("parcel", "required"));
            }
            return new OrderCommands.NewOrder(c.offering(), null, 1, c.contactPhone(), c.note(), null, c.points());
        };
        return new Part(parcel, (c, key) -> {
            chosen.apply(c);
            return parcels.orderDoorstep(parcel.getValue().id(), c.offering(), key);
        }, false, chosen, () -> parcel.getValue() == null ? null
                : new String[] {in.getTranslation("shop.parcel"), parcel.getValue().carrier() + " "
                + parcel.getValue().trackingNumber()}, false);
    }
}
