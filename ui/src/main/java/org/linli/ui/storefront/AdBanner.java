package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.ads.AdServing;
import org.linli.tenants.ads.LiveCreative;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.registry.structure.CommunityId;

import java.util.Optional;

/**
 * An ad creative as a tappable banner: the image and text link through the counting redirect, marked as an ad
 * (广告). Serving counts the impression; the viewing session is passed only for the one-minute repeat rule.
 */
public class AdBanner extends Div {

    private AdBanner(LiveCreative creative) {
        addClassName("ad-banner");
        setId("ad-banner");
        Anchor link = new Anchor("/api/v1/ads/click/" + creative.clickToken(), "");
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener sponsored");
        Image image = new Image("/api/v1/ads/creatives/" + creative.clickToken() + "/image",
                creative.text() == null ? "" : creative.text());
        image.setWidthFull();
        image.addClassName("ad-banner-image");
        Span text = new Span(creative.text() == null ? "" : creative.text());
        text.addClassName("ad-banner-text");
        Span mark = new Span(getTranslation("ads.mark"));
        mark.addClassName("ad-mark");
        link.add(image, text);
        add(link, mark);
    }

    /** The running creative of {@code placement} for the viewer's community, if any runs; failures show nothing. */
    public static Optional<AdBanner> serve(AdServing serving, TenantId tenant, Placement placement,
                                           CommunityId community) {
        if (tenant == null) {
            return Optional.empty();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        String agent = request == null ? null : request.getHeader("User-Agent");
        VaadinSession session = VaadinSession.getCurrent();
        String viewer = session == null ? null : session.getSession().getId();
        try {
            return serving.serve(tenant, placement, community, viewer, agent).map(AdBanner::new);
        } catch (DomainException none) {
            return Optional.empty();
        }
    }
}
