package org.linli.tenants.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.vehicles.Vehicle;

import java.util.List;

/**
 * The last step of a key rotation: re-seals the tenant's personal values that were sealed with a key other than the
 * active one, in chunks of their own transactions, so that the old key can then be removed from the configuration.
 */
@BatchService
public class Resealing {

    static final int CHUNK = 200;

    @Inject
    Chunks chunks;

    @Inject
    AuditTrail audit;

    /** Re-seals everything of the current tenant still sealed with an old key; returns how many records changed. */
    @RequiresPermission(Permissions.PRIVACY_MANAGE)
    public int resealTenant() {
        TenantContext.require();
        int total = 0;
        for (int done = chunks.next(); done > 0; done = chunks.next()) {
            total += done;
        }
        audit.appendIndependently("privacy.reseal", null, Outcome.SUCCESS, "records=" + total);
        return total;
    }

    /** One chunk per transaction. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ServiceBoundary
    @RequiresPermission(Permissions.PRIVACY_MANAGE)
    public static class Chunks {

        @PersistenceContext(unitName = "linli")
        EntityManager em;

        @Inject
        PersonalDataVault vault;

        /** Re-seals up to one chunk of residents and vehicles; returns how many it changed (0 when done). */
        public int next() {
            int changed = 0;
            String current = vault.activePrefix() + "%";
            List<Resident> residents = em.createQuery("select r from Resident r where"
                            + " (r.mobileSealed is not null and r.mobileSealed not like :current)"
                            + " or (r.idNumberSealed is not null and r.idNumberSealed not like :current)"
                            + " or (r.birthDateSealed is not null and r.birthDateSealed not like :current)",
                    Resident.class).setParameter("current", current).setMaxResults(CHUNK).getResultList();
            for (Resident resident : residents) {
                resident.resealed(reseal(resident.mobileSealed()), reseal(resident.idNumberSealed()),
                        reseal(resident.birthDateSealed()));
                changed++;
            }
            List<Vehicle> vehicles = em.createQuery("select v from Vehicle v where v.plateSealed not like :current",
                    Vehicle.class).setParameter("current", current).setMaxResults(CHUNK).getResultList();
            for (Vehicle vehicle : vehicles) {
                vehicle.resealed(reseal(vehicle.plateSealed()));
                changed++;
            }
            return changed;
        }

        private String reseal(String sealed) {
            return sealed == null || !vault.sealedWithOldKey(sealed) ? sealed : vault.seal(vault.open(sealed));
        }
    }
}
