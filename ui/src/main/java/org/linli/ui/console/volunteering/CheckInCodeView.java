package org.linli.ui.console.volunteering;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.volunteering.ActivityId;
import org.linli.tenants.volunteering.AttendanceService;
import org.linli.tenants.volunteering.Direction;
import org.linli.tenants.volunteering.VolunteeringService;
import org.linli.ui.components.Formats;
import org.linli.ui.components.QrSvg;
import org.linli.ui.components.SvgImage;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * The full-screen check-in (or check-out) code an organiser puts on a screen or tablet at the door. The code is a
 * storefront address that attendees open with their phone's camera; it rotates every couple of minutes, and the page
 * polls for the next one well before the shown one stops being accepted.
 */
@Route("volunteering/code")
@ViewPermission(Permissions.VOLUNTEER_ORGANISE)
public class CheckInCodeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** Half a code's window: a fresh code is always on screen before the shown one expires. */
    static final int POLL_MILLIS = 60_000;

    private final VolunteeringService activities;
    private final AttendanceService attendance;
    private final H1 heading = new H1();
    private final Div picture = new Div();
    private final Paragraph expiry = new Paragraph();
    private ActivityId activity;
    private Direction direction = Direction.IN;
    private String base = "";
    private Registration polling;

    @Inject
    public CheckInCodeView(VolunteeringService activities, AttendanceService attendance) {
        this.activities = activities;
        this.attendance = attendance;
        addClassName("check-in-code-view");
        picture.setId("check-in-code");
        picture.addClassName("check-in-code");
        expiry.setId("check-in-code-expiry");
        add(heading, picture, expiry, new RouterLink(getTranslation("volunteering.back"), ActivitiesView.class));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        String[] parts = parameter == null ? new String[0] : parameter.split("-", 2);
        try {
            activity = new ActivityId(Long.parseLong(parts[0]));
            direction = parts.length > 1 && "OUT".equals(parts[1]) ? Direction.OUT : Direction.IN;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException malformed) {
            activity = new ActivityId(0);
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            var http = request.getHttpServletRequest();
            boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                    || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
            base = http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath() + "/";
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void refresh() {
        try {
            String title = activities.organisedActivity(activity).title();
            heading.setText(title + " · " + getTranslation("volunteering.code."
                    + direction.name().toLowerCase(Locale.ROOT)));
            AttendanceService.ShownCode code = attendance.code(activity, direction);
            picture.removeAll();
            picture.add(new SvgImage(QrSvg.of(base + code.path())));
            picture.getElement().setAttribute("data-code", code.code());
            expiry.setText(getTranslation("volunteering.code.expires", Formats.dateTime(code.expiresAt())));
        } catch (DomainException problem) {
            picture.removeAll();
            UiErrors.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteering.code." + direction.name().toLowerCase(Locale.ROOT)) + " · "
                + getTranslation("app.name");
    }
}
