package org.linli.tenants.volunteering;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderService;

/**
 * Who may organise what: {@code volunteer:organise} is narrowed here to the caller's scope. Staff of a volunteer
 * organisation organise that organisation's activities only; tenant operators organise all of the tenant's. Staff of
 * any other kind of provider organise nothing. Activities outside the caller's scope are "not found", so that their
 * existence is not disclosed.
 */
@Dependent
class Organisers {

    /** The caller's reach: every activity of the tenant, or those of one organisation. */
    record Scope(Long organisation) {

        boolean everything() {
            return organisation == null;
        }

        boolean covers(Activity activity) {
            return everything() || organisation.equals(activity.organiserId());
        }
    }

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderService providers;

    Scope scope() {
        if (CurrentUser.require().role() != Role.PROVIDER_STAFF) {
            return new Scope(null);
        }
        Provider mine = providers.get(providers.myStaff().provider());
        if (mine.kind() != ProviderKind.VOLUNTEER_ORGANISATION) {
            throw DomainException.forbidden("volunteer_not_organisation");
        }
        return new Scope(mine.id().value());
    }

    /** The activity, if the caller organises it; locked for the rest of the transaction when {@code lock}. */
    Activity organised(ActivityId id, boolean lock) {
        Scope scope = scope();
        Activity activity = find(id, lock);
        if (!scope.covers(activity)) {
            throw DomainException.notFound("volunteer_activity_not_found");
        }
        return activity;
    }

    Activity find(ActivityId id, boolean lock) {
        Activity activity = id == null ? null : lock
                ? em.find(Activity.class, id.value(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Activity.class, id.value());
        if (activity == null) {
            throw DomainException.notFound("volunteer_activity_not_found");
        }
        return activity;
    }
}
