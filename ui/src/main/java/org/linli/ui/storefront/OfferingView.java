package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.points.PointsDiscounts;
import org.linli.tenants.services.CatalogService;
import org.linli.tenants.services.Offering;
import org.linli.tenants.services.OfferingId;
import org.linli.tenants.services.OfferingImage;
import org.linli.tenants.services.PricingModel;
import org.linli.tenants.services.Provider;
import org.linli.tenants.services.ProviderService;
import org.linli.tenants.services.ServiceSlot;
import org.linli.tenants.services.SlotService;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One offering and its booking: provider and rating, price and cancellation policy, a slot picker grouped by day
 * when the service needs an appointment, and one primary action. The booking carries an idempotency key made when
 * the page opened, so a double tap books once.
 */
@Route(value = "shop/offering", layout = StorefrontLayout.class)
@ViewPermission(Permissions.ORDER_PLACE)
public class OfferingView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.ZONE);

    private final CatalogService catalog;
    private final ProviderService providers;
    private final SlotService slots;
    private final OrderService orders;
    private final ModuleBooking moduleBooking;
    private final PointsDiscounts discounts;
    private PointsAtBooking points;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final List<Button> slotButtons = new ArrayList<>();
    private Offering offering;
    private Long chosenSlot;
    private String title = "";

    @Inject
    public OfferingView(CatalogService catalog, ProviderService providers, SlotService slots, OrderService orders,
                        ModuleBooking moduleBooking, PointsDiscounts discounts) {
        this.catalog = catalog;
        this.providers = providers;
        this.slots = slots;
        this.orders = orders;
        this.moduleBooking = moduleBooking;
        this.discounts = discounts;
        addClassName("offering-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        offering = catalog.get(new OfferingId(id));
        title = offering.title();
        Provider provider = providers.get(offering.provider());
        Span module = new Span(getTranslation(offering.module().label().key()));
        module.addClassName("offering-module");
        H2 heading = new H2(offering.title());
        Span by = new Span(provider.name() + (provider.rating() == null ? ""
                : " · ★ " + provider.rating() + " (" + provider.ratingCount() + ")"));
        by.addClassName("offering-provider");
        Span price = new Span(OrderLabels.price(this, offering));
        price.addClassName("offering-price");
        price.setId("offering-price");
        List<OfferingImage> pictures = catalog.images(offering.id());
        if (!pictures.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("offering-gallery");
            gallery.setId("offering-gallery");
            pictures.forEach(picture -> gallery.add(OfferingPictures.of(catalog, picture, offering.title())));
            add(gallery);
        }
        add(module, heading, by, price);
        if (offering.payableInTime()) {
            // The minutes are worked out on the order, whose amount depends on quantity, hours or floor area.
            Span inTime = new Span(getTranslation("shop.payable-in-time"));
            inTime.addClassName("reminder");
            inTime.setId("offering-payable-in-time");
            add(inTime);
        }
        if (offering.description() != null) {
            add(new Paragraph(offering.description()));
        }
        if (!offering.checklist().isEmpty()) {
            Paragraph checklist = new Paragraph(getTranslation("order.checklist") + "：" + String.join("、",
                    offering.checklist()));
            checklist.addClassName("offering-checklist");
            add(checklist);
        }
        Paragraph policy = new Paragraph(offering.isFree() ? getTranslation("shop.policy.free")
                : getTranslation("shop.policy", offering.cancellation().freeHours(),
                offering.cancellation().fee().format()));
        policy.addClassName("offering-policy");
        add(policy);
        if (offering.pricing() == PricingModel.PER_SQM) {
            add(new Paragraph(getTranslation("shop.per-sqm.note")));
        }
        IntegerField quantity = new IntegerField(getTranslation("shop.quantity"));
        quantity.setMin(1);
        quantity.setMax(99);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        quantity.setId("quantity");
        quantity.setVisible(offering.pricing() == PricingModel.PER_VISIT
                || offering.pricing() == PricingModel.PER_MONTH);
        if (offering.needsSlot()) {
            add(slotPicker());
        }
        TextField phone = new TextField(getTranslation("shop.contact-phone"));
        phone.setId("contact-phone");
        phone.setHelperText(getTranslation("shop.contact-phone.help"));
        TextArea note = new TextArea(getTranslation("shop.note"));
        note.setId("order-note");
        note.setMaxLength(500);
        ModuleBooking.Part part = moduleBooking.partFor(this, offering);
        points = new PointsAtBooking(discounts, offering, part.takesPoints());
        quantity.addValueChangeListener(change -> points.quantity(change.getValue() == null ? 1 : change.getValue()));
        Div form = new Div(part.fields(), quantity, phone, note, points);
        form.addClassName("booking-form");
        Button book = new Button(getTranslation(offering.isFree() ? "shop.book.free" : "shop.book"), click -> {
            try {
                OrderView placed = part.place(new OrderCommands.NewOrder(offering.id(), chosenSlot,
                        quantity.getValue() == null ? 1 : quantity.getValue(), blankToNull(phone.getValue()),
                        blankToNull(note.getValue()), null, points.chosen()), idempotencyKey);
                getUI().ifPresent(ui -> ui.navigate(OrderDetailView.class, placed.order().id().value()));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        book.setId("book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        book.addClassName("primary-action");
        add(form, book);
    }

    private Component slotPicker() {
        Div picker = new Div();
        picker.addClassName("slot-picker");
        picker.add(new H3(getTranslation("shop.slots")));
        List<ServiceSlot> free = slots.free(offering.provider(), null, null);
        if (free.isEmpty()) {
            picker.add(new EmptyState(getTranslation("shop.slots.empty")));
            return picker;
        }
        Map<LocalDate, List<ServiceSlot>> byDay = new LinkedHashMap<>();
        free.forEach(slot -> byDay.computeIfAbsent(slot.startsAt().atZone(Formats.ZONE).toLocalDate(),
                day -> new ArrayList<>()).add(slot));
        byDay.forEach((day, daySlots) -> {
            Div row = new Div();
            row.addClassName("slot-day");
            Span label = new Span(getTranslation("weekday." + day.getDayOfWeek().getValue()) + " " + DAY.format(day));
            label.addClassName("slot-day-label");
            Div buttons = new Div();
            buttons.addClassName("slot-buttons");
            for (ServiceSlot slot : daySlots) {
                Button button = new Button(TIME.format(slot.startsAt()) + "–" + TIME.format(slot.endsAt()));
                button.setId("slot-" + slot.id());
                button.addClassName("slot-button");
                button.addClickListener(click -> {
                    chosenSlot = slot.id();
                    points.slot(java.time.Duration.between(slot.startsAt(), slot.endsAt()));
                    slotButtons.forEach(b -> b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                });
                slotButtons.add(button);
                buttons.add(button);
            }
            row.add(label, buttons);
            picker.add(row);
        });
        return picker;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
