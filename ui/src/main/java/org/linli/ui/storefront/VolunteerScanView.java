package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.volunteering.AttendanceService;
import org.linli.tenants.volunteering.Direction;
import org.linli.ui.components.Formats;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * Where an attendee lands after scanning the organiser's QR code ({@code volunteer/scan?code=...}): the code is
 * checked at once and the page says what happened — checked in, checked out, already recorded, or why not.
 */
@Route(value = "volunteer/scan", layout = StorefrontLayout.class)
@ViewPermission(Permissions.VOLUNTEER_JOIN)
public class VolunteerScanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AttendanceService attendance;
    private final Paragraph result = new Paragraph();

    @Inject
    public VolunteerScanView(AttendanceService attendance) {
        this.attendance = attendance;
        addClassName("volunteer-scan-view");
        result.setId("scan-result");
        add(new H2(getTranslation("volunteer.scan.title")), result,
                new RouterLink(getTranslation("volunteer.title"), VolunteerView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> codes = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        try {
            AttendanceService.ScanOutcome outcome = attendance.scan(codes.isEmpty() ? null : codes.get(0));
            String key = !outcome.counted() ? "volunteer.scan.again"
                    : outcome.direction() == Direction.OUT ? "volunteer.scan.out"
                    : outcome.walkIn() ? "volunteer.scan.walk-in" : "volunteer.scan.in";
            result.setText(getTranslation(key, outcome.activity().title(), Formats.dateTime(outcome.at())));
            result.addClassName("scan-ok");
        } catch (DomainException problem) {
            result.setText(getTranslation("problem." + problem.code(), problem.args().toArray()));
            result.addClassName("scan-refused");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.scan.title") + " · " + getTranslation("app.name");
    }
}
