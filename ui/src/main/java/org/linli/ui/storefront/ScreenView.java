package org.linli.ui.storefront;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.ads.AdBookingId;
import org.linli.tenants.ads.AdServing;
import org.linli.tenants.ads.LiveCreative;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.ui.security.PublicView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A full-screen page for a community screen (parcel station, notice board): {@code /screen/{placement}?tenant={id}}
 * with optional {@code &community={id}} and {@code &seconds={n}} (5 to 120, default 10). Shows the tenant's approved,
 * paid creatives running today on that placement, one after another, re-reading them at every turn through UI
 * polling; no sign-in. Each creative shown counts as an impression of the screen's session (at most once a minute).
 */
@Route("screen")
@PublicView
public class ScreenView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final int DEFAULT_SECONDS = 10;

    private final AdServing serving;
    private final Div stage = new Div();
    private TenantId tenant;
    private Placement placement;
    private CommunityId community;
    private int seconds = DEFAULT_SECONDS;
    private int turn;
    private String agent;
    private String viewer;

    @Inject
    public ScreenView(AdServing serving) {
        this.serving = serving;
        addClassName("ad-screen");
        setSizeFull();
        getStyle().set("background", "#111").set("color", "#fff").set("min-height", "100vh")
                .set("display", "flex").set("align-items", "center").set("justify-content", "center");
        stage.setId("screen-stage");
        stage.getStyle().set("text-align", "center").set("width", "100%");
        add(stage);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        var query = event.getLocation().getQueryParameters().getParameters();
        placement = parse(parameter);
        tenant = first(query.get("tenant")).flatMap(TenantId::parse).orElse(null);
        community = first(query.get("community")).flatMap(ScreenView::number).map(CommunityId::new).orElse(null);
        seconds = first(query.get("seconds")).flatMap(ScreenView::number)
                .map(n -> (int) Math.max(5, Math.min(120, n))).orElse(DEFAULT_SECONDS);
        VaadinRequest request = VaadinRequest.getCurrent();
        agent = request == null ? null : request.getHeader("User-Agent");
        VaadinSession session = VaadinSession.getCurrent();
        viewer = session == null ? null : session.getSession().getId();
        show();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(seconds * 1000);
        attach.getUI().addPollListener(poll -> {
            turn++;
            show();
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
    }

    private void show() {
        stage.removeAll();
        List<LiveCreative> running;
        try {
            running = placement == null ? List.of() : serving.live(tenant, placement, community);
        } catch (DomainException unknownTenant) {
            running = List.of();
        }
        if (running.isEmpty()) {
            Span idle = new Span(getTranslation("ads.screen.idle"));
            idle.setId("screen-idle");
            stage.add(idle);
            return;
        }
        LiveCreative creative = running.get(Math.floorMod(turn, running.size()));
        Image image = new Image("/api/v1/ads/creatives/" + creative.clickToken() + "/image",
                creative.text() == null ? "" : creative.text());
        image.getStyle().set("max-width", "100%").set("max-height", "80vh");
        Div text = new Div(creative.text() == null ? "" : creative.text());
        text.setId("screen-text");
        text.getStyle().set("font-size", "2.5rem").set("margin-top", "1rem");
        Span mark = new Span(getTranslation("ads.mark"));
        mark.getStyle().set("position", "fixed").set("right", "1rem").set("bottom", "1rem").set("opacity", "0.7");
        stage.add(image, text, mark);
        serving.shown(tenant, new AdBookingId(creative.bookingId()), viewer, agent);
    }

    private static Placement parse(String text) {
        try {
            return text == null ? null : Placement.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Optional<String> first(List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ads.screen.title");
    }
}
