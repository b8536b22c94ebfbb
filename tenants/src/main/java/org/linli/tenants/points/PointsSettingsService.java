package org.linli.tenants.points;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;

/** The points settings of the tenant acted for: operators read and change how points expire. */
@ApplicationService
public class PointsSettingsService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** The tenant's settings, or the defaults (end of next year, 30 days of grace) until it sets its own. */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public PointsSettings get() {
        TenantContext.require();
        PointsSettings settings = em.find(PointsSettings.class, PointsSettings.SINGLE);
        return settings == null ? PointsSettings.defaults() : settings;
    }

    /** Sets the expiry of future awards and the grace period of points given back to expired lots. */
    @Audited("points.settings")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public PointsSettings change(ExpiryPolicy policy, int expiryMonths, int graceDays) {
        TenantContext.require();
        PointsSettings.check(policy, expiryMonths, graceDays);
        PointsSettings settings = em.find(PointsSettings.class, PointsSettings.SINGLE);
        if (settings == null) {
            settings = PointsSettings.defaults();
            settings.change(policy, expiryMonths, graceDays, clock.instant());
            em.persist(settings);
        } else {
            settings.change(policy, expiryMonths, graceDays, clock.instant());
        }
        return settings;
    }
}
