package org.linli.tenants.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people around an elder living alone who are told when their home is still, and who may acknowledge it: the
 * elder's own account, the family linked in the care module (家属), and the staff of the elder-care providers with an
 * active care plan for them. The tenant's device staff (operators, grid workers within their grids) see every
 * concern. Read inside the caller's transaction.
 */
@ApplicationScoped
class ActivityCircle {

    private static final String FAMILY = "select f.userAccountId from FamilyLink l, Resident f"
            + " where l.elderId = :elder and f.id = l.familyId and f.userAccountId is not null";
    private static final String CARERS = "select s.userAccountId from CarePlan p, ProviderStaff s"
            + " where p.elderId = :elder and p.status = org.linli.tenants.eldercare.CarePlan.Status.ACTIVE"
            + " and s.providerId = p.providerId";
    private static final String SELF = "select r.userAccountId from Resident r where r.id = :elder"
            + " and r.userAccountId is not null";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    /** Whom to tell about the elder: family first, then the elder, then the carers; each account once. */
    Set<Long> of(long elderId) {
        Set<Long> accounts = new LinkedHashSet<>();
        for (String query : List.of(FAMILY, SELF, CARERS)) {
            accounts.addAll(em.createQuery(query, Long.class).setParameter("elder", elderId).getResultList());
        }
        return accounts;
    }

    /**
     * The JPQL condition (on {@code c.elderId}) limiting concerns to those the caller may see, with its parameter
     * {@code :me}; empty for device staff, who see all (grid workers only their grids', by the grid scope).
     */
    Optional<String> limitFor(Actor actor) {
        if (CurrentUser.isPermitted(Permissions.DEVICE_READ)) {
            return Optional.empty();
        }
        if (actor.role() == Role.PROVIDER_STAFF) {
            return Optional.of("c.elderId in (select p.elderId from CarePlan p, ProviderStaff s"
                    + " where p.status = org.linli.tenants.eldercare.CarePlan.Status.ACTIVE"
                    + " and s.providerId = p.providerId and s.userAccountId = :me)");
        }
        return Optional.of("(c.elderId in (select r.id from Resident r where r.userAccountId = :me)"
                + " or c.elderId in (select l.elderId from FamilyLink l, Resident f"
                + " where l.familyId = f.id and f.userAccountId = :me))");
    }

    /** Whether the caller may see and acknowledge concerns about the elder. */
    boolean includes(Actor actor, long elderId) {
        return CurrentUser.isPermitted(Permissions.DEVICE_READ) || of(elderId).contains(actor.accountId());
    }
}
