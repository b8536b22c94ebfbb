package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.points.PointsDiscounts;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One offering and its booking: provider and rating, price and cancellation policy, a slot picker with a tab per
 * day when the service needs an appointment, and one primary action, which leads to a summary of the whole order
 * (price made up, terms, total); only the summary's confirmation places it. The booking carries an idempotency key
 * made when the page opened, so a double tap books once.
 */
@Route(value = "shop/offering", layout = StorefrontLayout.class)
@ViewPermission(Permissions.ORDER_PLACE)
public class OfferingView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ChinaTime.ZONE);

    private final CatalogService catalog;
    private final OfferingImages offeringImages;
    private final ProviderService providers;
    private final SlotService slots;
    private final OrderService orders;
    private final ModuleBooking moduleBooking;
    private final PointsDiscounts discounts;
    private PointsAtBooking points;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final List<Button> slotButtons = new ArrayList<>();
    private Offering offering;
    private final Div summary = new Div();
    private ServiceSlot chosenSlot;
    private ModuleBooking.Part part;
    private IntegerField quantity;
    private TextField phone;
    private TextArea note;
    private String title = "";

    @Inject
    public OfferingView(CatalogService catalog, OfferingImages offeringImages, ProviderService providers,
                        SlotService slots, OrderService orders, ModuleBooking moduleBooking,
                        PointsDiscounts discounts) {
        this.catalog = catalog;
        this.offeringImages = offeringImages;
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
        List<OfferingImage> pictures = offeringImages.images(offering.id());
        if (!pictures.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("offering-gallery");
            gallery.setId("offering-gallery");
            pictures.forEach(picture -> gallery.add(OfferingPictures.of(offeringImages, picture, offering.title())));
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
            // The label is one word that never breaks; the tasks after it wrap as they need.
            Span label = new Span(getTranslation("order.checklist") + "：");
            label.addClassName("label-word");
            Paragraph checklist = new Paragraph(label, new Span(String.join("、", offering.checklist())));
            checklist.addClassName("offering-checklist");
            add(checklist);
        }
        Paragraph policy = new Paragraph(OrderLabels.terms(this, offering));
        policy.addClassName("offering-policy");
        add(policy);
        if (offering.pricing() == PricingModel.PER_SQM) {
            add(new Paragraph(getTranslation("shop.per-sqm.note")));
        }
        quantity = new IntegerField(getTranslation(OrderLabels.quantityKey(offering.pricing())));
        quantity.setMin(1);
        quantity.setMax(99);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        quantity.setId("quantity");
        if (offering.needsSlot()) {
            add(slotPicker());
        }
        phone = new TextField(getTranslation("shop.contact-phone"));
        phone.setId("contact-phone");
        phone.setHelperText(getTranslation("shop.contact-phone.help"));
        note = new TextArea(getTranslation("shop.note"));
        note.setId("order-note");
        note.setMaxLength(500);
        part = moduleBooking.partFor(this, offering);
        quantity.setVisible(part.counted() && (offering.pricing() == PricingModel.PER_VISIT
                || offering.pricing() == PricingModel.PER_MONTH));
        points = new PointsAtBooking(discounts, offering, part.takesPoints());
        quantity.addValueChangeListener(change -> points.quantity(change.getValue() == null ? 1 : change.getValue()));
        Div form = new Div(part.fields(), quantity, phone, note, points);
        form.addClassName("booking-form");
        // Booking asks for a look at the whole order first; only the summary's button places it.
        Button book = new Button(getTranslation(offering.isFree() ? "shop.book.free" : "shop.book"),
                click -> summarise());
        book.setId("book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        book.addClassName("primary-action");
        add(form, book);
        summary.addClassName("booking-summary");
        summary.setId("booking-summary");
        summary.setVisible(false);
    }

    private OrderCommands.NewOrder order() {
        return part.complete(new OrderCommands.NewOrder(offering.id(), chosenSlot == null ? null : chosenSlot.id(),
                quantity.getValue() == null ? 1 : quantity.getValue(), blankToNull(phone.getValue()),
                blankToNull(note.getValue()), null, points.chosen()));
    }

    /** The summary step: what, when, where, how many, the price and what it is made of, the terms and the total. */
    private void summarise() {
        OrderService.Quote quote;
        OrderCommands.NewOrder order;
        try {
            order = order();
            quote = orders.quote(order);
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        summary.removeAll();
        summary.add(new H3(getTranslation("booking.summary.title")));
        Div facts = new Div();
        facts.addClassName("order-facts");
        fact(facts, getTranslation("booking.summary.service"), offering.title(), "summary-service");
        if (chosenSlot != null) {
            fact(facts, getTranslation("order.appointment"), slotLabel(chosenSlot), "summary-time");
        }
        fact(facts, getTranslation("order.address"), quote.address() == null || quote.address().isBlank()
                ? getTranslation("booking.summary.address.none") : quote.address(), "summary-address");
        String[] choice = part.choice().get();
        if (choice != null) {
            fact(facts, choice[0], choice[1], "summary-choice");
        }
        if (quantity.isVisible()) {
            fact(facts, quantity.getLabel(), String.valueOf(order.quantity()), "summary-quantity");
        }
        fact(facts, getTranslation("booking.summary.price"), breakdown(quote, order.quantity()), "summary-breakdown");
        if (quote.discount().points() > 0) {
            fact(facts, getTranslation("order.points-discount"), getTranslation("order.points-discount.value",
                    quote.discount().points(), quote.discount().discount().format()), "summary-points");
        }
        Paragraph terms = new Paragraph(OrderLabels.terms(this, offering));
        terms.addClassName("booking-terms");
        terms.setId("summary-terms");
        Span totalLabel = new Span(getTranslation("booking.summary.total"));
        Span total = new Span(offering.isFree() ? getTranslation("shop.free") : quote.cashDue().format());
        total.addClassNames("amount", "booking-total-amount");
        total.setId("summary-total");
        Div totalRow = new Div(totalLabel, total);
        totalRow.addClassName("booking-total");
        Button back = new Button(getTranslation("booking.summary.back"), click -> step(false));
        back.setId("summary-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button confirm = new Button(getTranslation("booking.confirm"), click -> place(order));
        confirm.setId("confirm-order");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.addClassName("primary-action");
        Div buttons = new Div(back, confirm);
        buttons.addClassName("booking-summary-buttons");
        summary.add(facts, terms, totalRow, buttons);
        step(true);
    }

    private void place(OrderCommands.NewOrder order) {
        try {
            OrderView placed = part.place(order, idempotencyKey);
            getUI().ifPresent(ui -> ui.navigate(OrderDetailView.class, placed.order().id().value()));
        } catch (DomainException problem) {
            UiErrors.show(problem);
            step(false);
        }
    }

    /** Shows the summary instead of the offering and its form, or back again. */
    private void step(boolean toSummary) {
        if (summary.getParent().isEmpty()) {
            add(summary);
        }
        getChildren().filter(child -> child != summary).forEach(child -> child.setVisible(!toSummary));
        summary.setVisible(toSummary);
        getElement().executeJs("window.scrollTo(0, 0)");
    }

    /** {@code 2 小时 × ¥50.00}: how the price is made up. */
    private String breakdown(OrderService.Quote quote, int count) {
        if (offering.isFree()) {
            return getTranslation("shop.free");
        }
        String unit = offering.unitPrice().format();
        return switch (offering.pricing()) {
            case FIXED -> unit;
            case PER_VISIT -> getTranslation("booking.breakdown.per-visit", String.valueOf(count), unit);
            case PER_MONTH -> getTranslation("booking.breakdown.per-month", String.valueOf(count), unit);
            case HOURLY -> getTranslation("booking.breakdown.hourly", String.valueOf(((quote.booked() == null
                    ? Duration.ofMinutes(offering.durationMinutes()) : quote.booked()).toMinutes() + 59)
                    / 60), unit);
            case PER_SQM -> getTranslation("booking.breakdown.per-sqm", quote.floorArea() == null ? "?"
                    : quote.floorArea().stripTrailingZeros().toPlainString(), unit);
        };
    }

    private static void fact(Div facts, String name, String value, String id) {
        Facts.add(facts, name, value).setId(id);
    }

    private String slotLabel(ServiceSlot slot) {
        LocalDate day = slot.startsAt().atZone(ChinaTime.ZONE).toLocalDate();
        return getTranslation("weekday." + day.getDayOfWeek().getValue()) + " " + DAY.format(day) + " "
                + TIME.format(slot.startsAt()) + "–" + TIME.format(slot.endsAt());
    }

    /**
     * The free slots of the next days: a tab per day, then that day's times as a wrap of buttons. The chosen slot
     * stays chosen when the resident looks at another day.
     */
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
        free.forEach(slot -> byDay.computeIfAbsent(slot.startsAt().atZone(ChinaTime.ZONE).toLocalDate(),
                day -> new ArrayList<>()).add(slot));
        Tabs days = new Tabs();
        days.setId("slot-days");
        days.addClassName("slot-days");
        days.setWidthFull();
        Map<Tab, List<ServiceSlot>> slotsOf = new LinkedHashMap<>();
        byDay.forEach((day, daySlots) -> {
            Span weekday = new Span(getTranslation("weekday." + day.getDayOfWeek().getValue()));
            weekday.addClassName("slot-day-weekday");
            Span date = new Span(DAY.format(day));
            date.addClassName("slot-day-date");
            Tab tab = new Tab(weekday, date);
            tab.setId("slot-day-" + day);
            tab.addClassName("slot-day-tab");
            slotsOf.put(tab, daySlots);
            days.add(tab);
        });
        Div buttons = new Div();
        buttons.addClassName("slot-buttons");
        buttons.setId("slot-buttons");
        days.addSelectedChangeListener(change -> showDay(buttons, slotsOf.get(change.getSelectedTab())));
        showDay(buttons, slotsOf.get(days.getSelectedTab()));
        picker.add(days, buttons);
        return picker;
    }

    private void showDay(Div buttons, List<ServiceSlot> daySlots) {
        buttons.removeAll();
        slotButtons.clear();
        if (daySlots == null) {
            return;
        }
        for (ServiceSlot slot : daySlots) {
            Button button = new Button(TIME.format(slot.startsAt()) + "–" + TIME.format(slot.endsAt()));
            button.setId("slot-" + slot.id());
            button.addClassName("slot-button");
            if (chosenSlot != null && chosenSlot.id() == slot.id()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.addClickListener(click -> {
                chosenSlot = slot;
                points.slot(Duration.between(slot.startsAt(), slot.endsAt()));
                slotButtons.forEach(b -> b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            });
            slotButtons.add(button);
            buttons.add(button);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
