package org.linli.ui.console.ads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.ads.AdBooking;
import org.linli.tenants.ads.AdBookingService;
import org.linli.tenants.ads.AdSlot;
import org.linli.tenants.ads.AdSlotService;
import org.linli.tenants.ads.BookingCommands;
import org.linli.tenants.ads.BookingStatus;
import org.linli.tenants.ads.DailyFigures;
import org.linli.tenants.ads.RefundPolicy;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.files.UploadedFile;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FileDrop;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An advertiser's campaigns: choose a slot, see its free days for the next five weeks, book a range; then, per
 * booking, submit the creative, pay once it is approved, cancel, and read the daily report as a chart and a table
 * with a CSV export. Operators see every advertiser's bookings here too.
 */
@Route(value = "my-campaigns", layout = MainLayout.class)
@ViewPermission(Permissions.ADS_BOOK)
public class MyCampaignsView extends VerticalLayout implements HasDynamicTitle {

    /** Days the calendar shows ahead. */
    static final int CALENDAR_DAYS = 35;

    private final AdSlotService slots;
    private final AdBookingService bookings;
    private final ComboBox<AdSlot> slot = new ComboBox<>();
    private final Div calendar = new Div();
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Grid<AdBooking> grid = new ListGrid<>();
    private final Div detail = new Div();

    @Inject
    public MyCampaignsView(AdSlotService slots, AdBookingService bookings) {
        this.slots = slots;
        this.bookings = bookings;
        addClassName("list-view");
        add(new H2(getTranslation("nav.my-campaigns")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        try {
            RefundPolicy policy = bookings.refundPolicy();
            Paragraph terms = new Paragraph(getTranslation("ads.policy.terms", policy.percent(),
                    policy.minDaysBefore()));
            terms.addClassName("hint");
            add(new H3(getTranslation("ads.book.title")), terms, bookingForm(), calendar,
                    new H3(getTranslation("ads.book.mine")), grid, detail);
            grid.setId("my-campaigns-grid");
            grid.addColumn(b -> "#" + b.id().value()).setHeader("#").setAutoWidth(true);
            grid.addColumn(b -> b.days().first() + " – " + b.days().last())
                    .setHeader(getTranslation("ads.booking.days")).setFlexGrow(2);
            grid.addColumn(b -> b.amount().format()).setHeader(getTranslation("ads.booking.amount"))
                    .setClassNameGenerator(b -> "amount");
            grid.addComponentColumn(b -> AdBookingsView.badge(this, b)).setHeader(getTranslation("orders.status"));
            grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
            detail.setId("campaign-detail");
            calendar.setId("ad-calendar");
            calendar.addClassName("ad-calendar");
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
            add(new EmptyState(getTranslation("ads.book.unavailable")));
        }
    }

    private Component bookingForm() {
        slot.setLabel(getTranslation("ads.slot.name"));
        slot.setItems(slots.list(null, null, PageRequest.first(100)).items());
        slot.setItemLabelGenerator(s -> s.name() + " · " + AdSlotsView.placement(this, s.placement()) + " · "
                + s.pricePerDay().format() + getTranslation("ads.slot.per-day"));
        slot.setId("campaign-slot");
        slot.setWidth("24rem");
        slot.addValueChangeListener(change -> showCalendar());
        first.setLabel(getTranslation("ads.booking.first"));
        first.setId("campaign-first");
        last.setLabel(getTranslation("ads.booking.last"));
        last.setId("campaign-last");
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        first.setMin(today);
        last.setMin(today);
        Button book = new Button(getTranslation("ads.book.action"), click -> {
            try {
                if (slot.getValue() == null) {
                    throw DomainException.invalid(FieldError.of("slotId", "required"));
                }
                bookings.book(new BookingCommands.NewBooking(slot.getValue().id().value(), null, first.getValue(),
                        last.getValue()));
                UiErrors.success(getTranslation("ads.book.done"));
                showCalendar();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("campaign-book");
        HorizontalLayout form = new HorizontalLayout(slot, first, last, book);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void showCalendar() {
        calendar.removeAll();
        if (slot.getValue() == null) {
            return;
        }
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        for (AdSlotService.CalendarDay day : slots.calendar(slot.getValue().id(), today,
                today.plusDays(CALENDAR_DAYS - 1))) {
            StatusBadge chip = new StatusBadge(day.day().getMonthValue() + "/" + day.day().getDayOfMonth(),
                    day.state() == AdSlotService.DayState.FREE ? StatusBadge.Tone.GOOD
                            : day.state() == AdSlotService.DayState.BOOKED ? StatusBadge.Tone.ATTENTION
                            : StatusBadge.Tone.NEUTRAL);
            chip.getElement().setAttribute("title", getTranslation("ads.day."
                    + day.state().name().toLowerCase(Locale.ROOT)));
            chip.getElement().setAttribute("data-state", day.state().name());
            calendar.add(chip);
        }
    }

    private void show(AdBooking booking) {
        detail.removeAll();
        if (booking == null) {
            return;
        }
        detail.add(new H3(getTranslation("ads.creative.title", booking.id().value())));
        if (booking.reviewNote() != null) {
            detail.add(new Paragraph(getTranslation("ads.creative.note") + ": " + booking.reviewNote()));
        }
        if (booking.hasCreative()) {
            detail.add(CreativeImage.of(bookings, booking, booking.creativeText() == null ? ""
                    : booking.creativeText()), new Paragraph((booking.creativeText() == null ? ""
                    : booking.creativeText()) + " → " + booking.linkUrl()));
        }
        if (booking.status() != BookingStatus.PAID && booking.status() != BookingStatus.CANCELLED) {
            detail.add(creativeForm(booking));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (booking.status() == BookingStatus.CREATIVE_APPROVED) {
            Button pay = new Button(getTranslation("ads.pay", booking.amount().format()), click -> pay(booking));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.setId("campaign-pay");
            actions.add(pay);
        }
        if (booking.status() != BookingStatus.CANCELLED) {
            Button cancel = new Button(getTranslation("ads.cancel"), click -> confirmCancel(booking));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setId("campaign-cancel");
            actions.add(cancel);
        }
        detail.add(actions);
        if (booking.status() == BookingStatus.PAID) {
            detail.add(report(booking));
        }
    }

    private Component creativeForm(AdBooking booking) {
        TextField link = new TextField(getTranslation("ads.creative.link"));
        link.setPlaceholder("https://");
        link.setValue(booking.linkUrl() == null ? "" : booking.linkUrl());
        link.setWidth("24rem");
        link.setId("creative-link");
        TextField text = new TextField(getTranslation("ads.creative.text"));
        text.setMaxLength(200);
        text.setValue(booking.creativeText() == null ? "" : booking.creativeText());
        text.setWidth("24rem");
        text.setId("creative-text");
        FileDrop drop = new FileDrop(getTranslation("ads.creative.drop"), UploadedFile.MAX_IMAGE_BYTES, file -> {
            try {
                bookings.submitCreative(booking.id(), new BookingCommands.Creative(link.getValue(),
                        text.getValue()), file);
                UiErrors.success(getTranslation("ads.creative.submitted"));
                refresh();
                detail.removeAll();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        }, "image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        drop.setId("creative-upload");
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("ads.creative.hint")), link, text, drop);
        form.setPadding(false);
        return form;
    }

    private void pay(AdBooking booking) {
        try {
            AdBookingService.PayStart start = bookings.pay(booking.id(), CheckoutPort.Channel.DESKTOP);
            if (start.cashierUrl() != null && !start.confirmed()) {
                UI.getCurrent().getPage().setLocation(start.cashierUrl());
            } else {
                UiErrors.success(getTranslation("ads.paid"));
                refresh();
            }
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void confirmCancel(AdBooking booking) {
        Dialog confirm = new Dialog(new Paragraph(getTranslation("ads.cancel.confirm")));
        confirm.setHeaderTitle(getTranslation("ads.cancel"));
        Button yes = new Button(getTranslation("ads.cancel"), click -> {
            try {
                AdBooking cancelled = bookings.cancel(booking.id());
                UiErrors.success(getTranslation("ads.cancelled", cancelled.refunded().format()));
                confirm.close();
                detail.removeAll();
                refresh();
                showCalendar();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.close"), click -> confirm.close()), yes);
        confirm.open();
    }

    private Component report(AdBooking booking) {
        List<DailyFigures> days = new ArrayList<>(bookings.report(booking.id(), PageRequest.first(60)).items());
        Collections.reverse(days);
        Div box = new Div(new H3(getTranslation("ads.report.title")));
        if (days.isEmpty()) {
            box.add(new EmptyState(getTranslation("ads.report.empty")));
            return box;
        }
        // A line per measure: sixty days of bars in pairs would leave each too thin to read.
        EChart chart = new EChart(ChartOptions.of(getTranslation("ads.report.title"),
                        days.stream().map(d -> d.day().getMonthValue() + "/" + d.day().getDayOfMonth()).toList())
                .series(getTranslation("ads.report.impressions"), days.stream().map(DailyFigures::impressions).toList())
                .series(getTranslation("ads.report.clicks"), days.stream().map(DailyFigures::clicks).toList())
                .kind(ChartOptions.Kind.LINE));
        chart.addClassName("chart");
        chart.setId("campaign-chart");
        Grid<DailyFigures> table = new ListGrid<>();
        table.addColumn(d -> d.day().toString()).setHeader(getTranslation("ads.report.day"));
        table.addColumn(DailyFigures::impressions).setHeader(getTranslation("ads.report.impressions"));
        table.addColumn(DailyFigures::clicks).setHeader(getTranslation("ads.report.clicks"));
        table.addColumn(d -> String.format(Locale.ROOT, "%.2f%%", d.ctrPercent()))
                .setHeader(getTranslation("ads.report.ctr"));
        table.setItems(days);
        table.setAllRowsVisible(true);
        table.setId("campaign-report");
        DownloadHandler csv = event -> {
            event.setFileName("ad-report-" + booking.id().value() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(bookings.reportCsv(booking.id()).getBytes(StandardCharsets.UTF_8));
        };
        Anchor export = new Anchor(csv, getTranslation("ads.report.export"));
        export.setId("campaign-export");
        box.add(new Span(getTranslation("ads.report.hint")), chart, table, export);
        return box;
    }

    private void refresh() {
        grid.setItems(query -> bookings.list(null, null, new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) bookings.list(null, null, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-campaigns") + " · " + getTranslation("app.name");
    }
}
