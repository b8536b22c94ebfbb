package org.linli.tenants.ads;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderStaff;
import org.linli.tenants.marketplace.ProviderStatus;

/**
 * Who books for whom: {@code ads:book} is narrowed here. Callers who manage the ads ({@code ads:manage}) reach every
 * booking of the tenant; anyone else reaches only the bookings of the advertiser whose staff they are, and only once
 * that advertiser is verified. Bookings outside the caller's reach are "not found", so their existence is not
 * disclosed. Reads the staff link directly: advertisers hold no provider permission to ask the provider service.
 */
@Dependent
class Advertisers {

    /** The caller's reach: every booking of the tenant, or those of one advertiser. */
    record Scope(Long advertiser) {

        boolean everything() {
            return advertiser == null;
        }

        boolean covers(AdBooking booking) {
            return everything() || advertiser == booking.advertiserId();
        }
    }

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    Scope scope() {
        if (CurrentUser.isPermitted(Permissions.ADS_MANAGE)) {
            return new Scope(null);
        }
        ProviderStaff staff = em.createQuery("select s from ProviderStaff s where s.userAccountId = :account",
                        ProviderStaff.class).setParameter("account", CurrentUser.require().accountId())
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.forbidden("ad_advertiser_not_linked"));
        Provider advertiser = em.find(Provider.class, staff.provider().value());
        if (advertiser == null || advertiser.kind() != ProviderKind.ADVERTISER) {
            throw DomainException.forbidden("ad_advertiser_not_linked");
        }
        if (advertiser.status() != ProviderStatus.VERIFIED) {
            throw DomainException.forbidden("ad_advertiser_not_verified");
        }
        return new Scope(advertiser.id().value());
    }

    /** The advertiser an operator books for: a verified provider of kind ADVERTISER. */
    long verifiedAdvertiser(Long providerId) {
        Provider advertiser = providerId == null ? null : em.find(Provider.class, providerId);
        if (advertiser == null || advertiser.kind() != ProviderKind.ADVERTISER) {
            throw DomainException.invalid(FieldError.of("advertiserId",
                    "ad_not_advertiser"));
        }
        if (advertiser.status() != ProviderStatus.VERIFIED) {
            throw DomainException.conflict("ad_advertiser_not_verified");
        }
        return advertiser.id().value();
    }
}
