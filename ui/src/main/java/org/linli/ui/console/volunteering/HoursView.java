package org.linli.ui.console.volunteering;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.volunteering.VolunteerHours;
import org.linli.tenants.volunteering.VolunteerHoursExport;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Volunteer hours of the organiser's scope for a year: a chart of the hours credited per month, the volunteers with
 * their hours (names masked as the privacy policy says) and the credited activities, and the export per volunteer as
 * CSV or XLSX for the annual volunteer certificate.
 */
@Route(value = "volunteering/hours", layout = MainLayout.class)
@ViewPermission(Permissions.VOLUNTEER_ORGANISE)
public class HoursView extends VerticalLayout implements HasDynamicTitle {

    private final VolunteerHours hours;
    private final Select<Integer> year = new Select<>();
    private final Div chart = new Div();
    private final Grid<VolunteerHours.VolunteerRow> volunteers = new ListGrid<>();
    private final Grid<VolunteerHours.ActivityRow> activities = new ListGrid<>();

    @Inject
    public HoursView(VolunteerHours hours, VolunteerHoursExport exports) {
        this.hours = hours;
        addClassName("list-view");
        add(new H2(getTranslation("volunteering.hours")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        int thisYear = LocalDate.now(ChinaTime.ZONE).getYear();
        year.setLabel(getTranslation("volunteering.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        year.setId("hours-year");
        year.addValueChangeListener(change -> refresh());
        // Downloads arrive in a request of their own: they act for the person who opened this view.
        CallerContext caller = CallerContext.capture();
        Anchor csv = new Anchor(download(caller, exports, VolunteerHoursExport.Format.CSV),
                getTranslation("volunteering.export-csv"));
        csv.setId("hours-export-csv");
        Anchor xlsx = new Anchor(download(caller, exports, VolunteerHoursExport.Format.XLSX),
                getTranslation("volunteering.export-xlsx"));
        xlsx.setId("hours-export-xlsx");
        HorizontalLayout bar = new HorizontalLayout(year, csv, xlsx);
        bar.setAlignItems(Alignment.BASELINE);
        chart.setId("hours-chart");
        chart.addClassName("chart");
        chart.setWidthFull();
        volunteers.setId("hours-volunteers");
        volunteers.setAllRowsVisible(true);
        volunteers.addColumn(r -> r.name() == null ? "—" : r.name()).setHeader(getTranslation("volunteering.volunteer"));
        volunteers.addColumn(VolunteerHours.VolunteerRow::activities)
                .setHeader(getTranslation("volunteering.activities"));
        volunteers.addColumn(r -> hoursOf(r.minutes())).setHeader(getTranslation("volunteering.hours-column"));
        activities.setId("hours-activities");
        activities.setAllRowsVisible(true);
        activities.addColumn(VolunteerHours.ActivityRow::title).setHeader(getTranslation("volunteering.activity"));
        activities.addColumn(r -> Formats.dateTime(r.startsAt())).setHeader(getTranslation("volunteering.starts"));
        activities.addColumn(VolunteerHours.ActivityRow::attendees).setHeader(getTranslation("volunteering.attendees"));
        activities.addColumn(r -> hoursOf(r.minutes())).setHeader(getTranslation("volunteering.hours-column"));
        add(bar, new H3(getTranslation("volunteering.by-month")), chart,
                new H3(getTranslation("volunteering.by-volunteer")), volunteers,
                new H3(getTranslation("volunteering.by-activity")), activities);
        refresh();
    }

    private DownloadHandler download(CallerContext caller, VolunteerHoursExport exports,
                                     VolunteerHoursExport.Format format) {
        return event -> {
            int chosen = year.getValue() == null ? LocalDate.now(ChinaTime.ZONE).getYear() : year.getValue();
            event.setFileName("volunteer-hours-" + chosen + (format == VolunteerHoursExport.Format.XLSX ? ".xlsx"
                    : ".csv"));
            event.setContentType(format == VolunteerHoursExport.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8");
            caller.run(() -> exports.export(chosen, format, event.getOutputStream()));
        };
    }

    private void refresh() {
        int chosen = year.getValue();
        try {
            List<VolunteerHours.MonthRow> months = hours.byMonth(chosen);
            chart.removeAll();
            chart.add(new EChart(ChartOptions.of(getTranslation("volunteering.by-month"),
                            months.stream().map(m -> getTranslation("volunteering.month", m.month())).toList())
                    .series(getTranslation("volunteering.hours-column"),
                            months.stream().map(VolunteerHours.MonthRow::minutes).toList())
                    .unit(ChartOptions.Unit.HOURS)));
            volunteers.setItems(hours.byVolunteer(chosen, PageRequest.first(PageRequest.MAX_SIZE)).items());
            activities.setItems(hours.byActivity(chosen, PageRequest.first(PageRequest.MAX_SIZE)).items());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    /** Minutes as hours with two decimals, as on the certificate. */
    static String hoursOf(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.hours") + " · " + getTranslation("app.name");
    }
}
