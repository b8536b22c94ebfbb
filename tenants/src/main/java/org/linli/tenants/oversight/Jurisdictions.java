package org.linli.tenants.oversight;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.PlatformAccount;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantKind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tenants a supervisor oversees. Platform operators attach a platform supervisor account to one district;
 * the supervisor then covers that district and the property companies naming it as their supervising district —
 * nothing else. Supervisors of a tenant's own staff are not attachable: they may only ever act in their tenant.
 */
@ApplicationService
public class Jurisdictions {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** A tenant a supervisor covers: what a supervisor may know about it. */
    public record Covered(long id, String name, TenantKind kind) {
    }

    /** The district and, after it, the property companies it supervises, by name; empty when unattached. */
    public record Scope(Optional<Covered> district, List<Covered> tenants) {
        public Scope {
            tenants = List.copyOf(tenants);
        }

        public static Scope none() {
            return new Scope(Optional.empty(), List.of());
        }

        public boolean covers(TenantId tenant) {
            return tenants.stream().anyMatch(t -> t.id() == tenant.value());
        }
    }

    /** Attaches (or moves) the supervisor account to a district. */
    @Audited("oversight.jurisdiction.attach")
    @RequiresPermission(Permissions.PLATFORM_USER_MANAGE)
    public Jurisdiction attach(long accountId, @AuditDetail TenantId district) {
        PlatformAccount account = em.find(PlatformAccount.class, accountId);
        if (account == null) {
            throw DomainException.notFound("user_not_found");
        }
        if (account.details().role() != Role.SUPERVISOR) {
            throw DomainException.conflict("jurisdiction_not_supervisor");
        }
        Tenant tenant = em.find(Tenant.class, district.value());
        if (tenant == null) {
            throw DomainException.notFound("tenant_not_found");
        }
        if (tenant.kind() != TenantKind.DISTRICT) {
            throw DomainException.conflict("jurisdiction_not_district");
        }
        Jurisdiction jurisdiction = em.find(Jurisdiction.class, accountId);
        if (jurisdiction == null) {
            jurisdiction = new Jurisdiction(accountId, district, clock.instant());
            em.persist(jurisdiction);
        } else {
            jurisdiction.attachTo(district, clock.instant());
        }
        return jurisdiction;
    }

    /** Detaches the supervisor account: it then sees no tenant's figures. */
    @Audited("oversight.jurisdiction.detach")
    @RequiresPermission(Permissions.PLATFORM_USER_MANAGE)
    public void detach(@AuditTarget long accountId) {
        Jurisdiction jurisdiction = em.find(Jurisdiction.class, accountId);
        if (jurisdiction != null) {
            em.remove(jurisdiction);
        }
    }

    /** The district a supervisor account is attached to, for platform operators. */
    @Query
    @RequiresPermission(Permissions.PLATFORM_USER_READ)
    public Optional<TenantId> districtOf(long accountId) {
        return Optional.ofNullable(em.find(Jurisdiction.class, accountId)).map(Jurisdiction::district);
    }

    /** The calling supervisor's jurisdiction. */
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public Scope mine() {
        var actor = CurrentUser.require();
        if (!actor.isPlatformUser()) {
            return Scope.none();
        }
        Jurisdiction jurisdiction = em.find(Jurisdiction.class, actor.accountId());
        if (jurisdiction == null) {
            return Scope.none();
        }
        Tenant district = em.find(Tenant.class, jurisdiction.district().value());
        List<Covered> tenants = new ArrayList<>();
        Covered head = covered(district);
        tenants.add(head);
        em.createQuery("select t from Tenant t where t.supervisingDistrictId = :district order by t.name, t.id",
                        Tenant.class).setParameter("district", district.id().value()).getResultList()
                .forEach(t -> tenants.add(covered(t)));
        return new Scope(Optional.of(head), tenants);
    }

    private static Covered covered(Tenant tenant) {
        return new Covered(tenant.id().value(), tenant.name(), tenant.kind());
    }
}
