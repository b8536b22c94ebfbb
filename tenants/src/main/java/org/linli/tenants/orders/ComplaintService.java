package org.linli.tenants.orders;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderService;

import java.time.Clock;
import java.util.List;

/**
 * Complaints about orders: the resident who booked files one about a paid order; operators see all and resolve
 * them; providers see the ones about them; residents their own.
 */
@ApplicationService
public class ComplaintService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    OrderService orders;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    @Audited("complaint.file")
    @RequiresPermission(Permissions.ORDER_PLACE)
    public Complaint file(@AuditTarget OrderId id, String text) {
        OrderView view = orders.get(id);
        if (view.party() != OrderParty.RESIDENT) {
            throw DomainException.notFound("order_not_found");
        }
        if (view.order().status() == OrderStatus.PLACED) {
            throw DomainException.conflict("complaint_needs_payment");
        }
        if (text == null || text.isBlank() || text.strip().length() > 1000) {
            throw DomainException.invalid(FieldError.of("text", "size", 1, 1000));
        }
        Complaint complaint = new Complaint(view.order(), CurrentUser.require().accountId(), text.strip(),
                clock.instant());
        em.persist(complaint);
        return complaint;
    }

    /** A page of the complaints the caller may see, newest first. */
    @Query
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<Complaint> list(boolean openOnly, PageRequest page) {
        TenantContext.require();
        Actor actor = CurrentUser.require();
        PagedQuery<Complaint> query = PagedQuery.of(em, Complaint.class, "c");
        if (openOnly) {
            query.condition("c.resolvedAt is null");
        }
        if (actor.role() == Role.RESIDENT) {
            query.filter("c.placedBy = :me", "me", actor.accountId());
        } else if (actor.role() == Role.PROVIDER_STAFF) {
            query.filter("c.providerId = :mine", "mine", providers.myStaff().provider().value());
        } else if (!CurrentUser.isPermitted(Permissions.MARKET_READ)) {
            return Page.of(List.of(), 0, page);
        }
        return query.page("c.createdAt desc, c.id desc", page);
    }

    @Audited("complaint.resolve")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public Complaint resolve(@AuditTarget long complaintId, String resolution) {
        TenantContext.require();
        Complaint complaint = em.find(Complaint.class, complaintId);
        if (complaint == null) {
            throw DomainException.notFound("complaint_not_found");
        }
        if (resolution == null || resolution.isBlank() || resolution.strip().length() > 1000) {
            throw DomainException.invalid(FieldError.of("resolution", "size", 1, 1000));
        }
        complaint.resolve(resolution.strip(), CurrentUser.require().username(), clock.instant());
        return complaint;
    }
}
