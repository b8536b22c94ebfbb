package org.linli.ui.console.ads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.ads.AdBooking;
import org.linli.tenants.ads.AdBookingService;
import org.linli.tenants.ads.BookingStatus;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Every booking of the tenant with its status, filtered by status; choosing one shows its creative (image, link,
 * text) and, while it waits for review, approves or rejects it with a note.
 */
@Route(value = "ad-bookings", layout = MainLayout.class)
@ViewPermission(Permissions.ADS_MANAGE)
public class AdBookingsView extends VerticalLayout implements HasDynamicTitle {

    private final AdBookingService bookings;
    private final ListGrid<AdBooking> grid = new ListGrid<>();
    private final ComboBox<BookingStatus> status = new ComboBox<>();
    private final Div detail = new Div();

    @Inject
    public AdBookingsView(AdBookingService bookings) {
        this(bookings, null, "nav.ad-bookings");
    }

    AdBookingsView(AdBookingService bookings, BookingStatus initial, String titleKey) {
        this.bookings = bookings;
        addClassName("list-view");
        add(new H2(getTranslation(titleKey)));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        status.setLabel(getTranslation("orders.status"));
        status.setItems(BookingStatus.values());
        status.setItemLabelGenerator(s -> label(this, s));
        status.setClearButtonVisible(true);
        status.setValue(initial);
        status.setId("ad-booking-status");
        status.addValueChangeListener(change -> refresh());
        grid.setId("ad-bookings-grid");
        grid.addColumn(b -> "#" + b.id().value()).setHeader("#").setAutoWidth(true);
        grid.addColumn(b -> b.days().first() + " – " + b.days().last()).setHeader(getTranslation("ads.booking.days"))
                .setFlexGrow(2);
        grid.addColumn(b -> b.amount().format()).setHeader(getTranslation("ads.booking.amount"))
                .setClassNameGenerator(b -> "amount");
        grid.addColumn(b -> b.creativeText() == null ? "—" : b.creativeText())
                .setHeader(getTranslation("ads.creative.text")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addComponentColumn(b -> badge(this, b)).setHeader(getTranslation("orders.status"));
        grid.addColumn(b -> Formats.dateTime(b.requestedAt())).setHeader(getTranslation("ads.booking.requested"));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        detail.setId("ad-booking-detail");
        grid.setEmptyState(getTranslation("ads.bookings.empty"));
        add(status, grid, detail);
        refresh();
    }

    static String label(Component view, BookingStatus status) {
        return view.getTranslation("ads.booking.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static StatusBadge badge(Component view, AdBooking booking) {
        AdBooking.Phase phase = booking.phase(LocalDate.now(ChinaTime.ZONE));
        String text = phase == null ? label(view, booking.status())
                : view.getTranslation("ads.booking.phase." + phase.name().toLowerCase(Locale.ROOT));
        StatusBadge.Tone tone = switch (booking.status()) {
            case PAID, CREATIVE_APPROVED -> StatusBadge.Tone.GOOD;
            case CREATIVE_SUBMITTED, CREATIVE_REJECTED -> StatusBadge.Tone.ATTENTION;
            default -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(text, tone);
    }

    private void show(AdBooking booking) {
        detail.removeAll();
        if (booking == null) {
            return;
        }
        detail.add(new H3(getTranslation("ads.creative.title", booking.id().value())));
        if (!booking.hasCreative()) {
            detail.add(new EmptyState(getTranslation("ads.creative.none")));
            return;
        }
        detail.add(CreativeImage.of(bookings, booking, booking.creativeText() == null ? "" : booking.creativeText()));
        Anchor link = new Anchor(booking.linkUrl(), booking.linkUrl());
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        detail.add(new Paragraph(booking.creativeText() == null ? "" : booking.creativeText()), link);
        if (booking.reviewNote() != null) {
            detail.add(new Paragraph(getTranslation("ads.creative.note") + ": " + booking.reviewNote()));
        }
        if (booking.status() == BookingStatus.CREATIVE_SUBMITTED) {
            TextArea note = new TextArea(getTranslation("ads.creative.note"));
            note.setMaxLength(500);
            note.setId("review-note");
            note.setWidthFull();
            Button approve = new Button(getTranslation("ads.creative.approve"), click ->
                    review(() -> bookings.approve(booking.id(), note.getValue())));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("creative-approve");
            Button reject = new Button(getTranslation("ads.creative.reject"), click ->
                    review(() -> bookings.reject(booking.id(), note.getValue())));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("creative-reject");
            detail.add(note, new HorizontalLayout(approve, reject));
        }
    }

    private void review(Runnable action) {
        try {
            action.run();
            UiErrors.success(getTranslation("ads.creative.reviewed"));
            detail.removeAll();
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void refresh() {
        grid.setItems(query -> bookings.list(status.getValue(), null,
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) bookings.list(status.getValue(), null, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ad-bookings") + " · " + getTranslation("app.name");
    }
}
