package org.linli.tenants.ads;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.PublicEntry;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.registry.structure.CommunityId;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serving to anyone, signed in or not: the storefront banner, screen pages and the click redirect. The caller
 * names the tenant (a screen has no account); only an active tenant's approved, paid creatives running today are
 * served, read and counted as the system job "ad-serving" within that tenant. Impressions pass the
 * {@link ImpressionGate} (no bots, no repeats within a minute per session), clicks the {@link BotFilter}.
 */
@ApplicationScoped
@PublicEntry
public class AdServing {

    private static final String JOB = "ad-serving";

    private final AtomicLong rotation = new AtomicLong();

    @Inject
    AdCounters counters;

    @Inject
    ImpressionGate gate;

    @Inject
    TenantDirectory tenants;

    /** The creatives running today on {@code placement} for {@code community} (any when null), for a rotation. */
    public List<LiveCreative> live(TenantId tenant, Placement placement, CommunityId community) {
        TenantId active = active(tenant);
        if (placement == null) {
            throw DomainException.invalid(FieldError.of("placement", "required"));
        }
        return CallerContext.system(JOB, active).call(() -> counters.live(placement, community));
    }

    /** One of the running creatives, taking turns, with its impression counted; empty when none runs. */
    public Optional<LiveCreative> serve(TenantId tenant, Placement placement, CommunityId community, String session,
                                       String userAgent) {
        List<LiveCreative> running = live(tenant, placement, community);
        if (running.isEmpty()) {
            return Optional.empty();
        }
        LiveCreative chosen = running.get((int) Math.floorMod(rotation.getAndIncrement(), running.size()));
        shown(tenant, new AdBookingId(chosen.bookingId()), session, userAgent);
        return Optional.of(chosen);
    }

    /** A creative was put on a page or screen: counted unless a bot's or a repeat within the minute. */
    public void shown(TenantId tenant, AdBookingId booking, String session, String userAgent) {
        TenantId active = active(tenant);
        if (gate.admits(session, booking, userAgent)) {
            CallerContext.system(JOB, active).run(() -> counters.count(booking, 1, 0));
        }
    }

    /** Where a click on the creative of {@code token} leads; counted unless a bot's. Unknown tokens are not found. */
    public String click(String token, String userAgent) {
        TenantId tenant = tenantOf(token);
        AdBooking booking = CallerContext.system(JOB, tenant).call(() -> counters.byToken(token))
                .orElseThrow(() -> DomainException.notFound("ad_creative_not_found"));
        if (!BotFilter.isBot(userAgent)) {
            CallerContext.system(JOB, tenant).run(() -> counters.count(booking.id(), 0, 1));
        }
        return booking.linkUrl();
    }

    /** The image of the paid creative of {@code token}. */
    public AdBookingService.Image image(String token) {
        TenantId tenant = tenantOf(token);
        return CallerContext.system(JOB, tenant).call(() -> counters.image(token))
                .orElseThrow(() -> DomainException.notFound("ad_creative_not_found"));
    }

    private TenantId tenantOf(String token) {
        int dash = token == null ? -1 : token.indexOf('-');
        Optional<TenantId> tenant = dash <= 0 ? Optional.empty() : TenantId.parse(token.substring(0, dash));
        return active(tenant.orElseThrow(() -> DomainException.notFound("ad_creative_not_found")));
    }

    private TenantId active(TenantId tenant) {
        if (tenant == null || !tenants.isActive(tenant)) {
            throw DomainException.notFound("tenant_not_found");
        }
        return tenant;
    }
}
