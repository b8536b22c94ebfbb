package org.linli.tenants.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tenant's privacy policy: the platform default per role and level, and the tenant's tightenings of it. */
@ApplicationService
public class PrivacyService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Query
    @RequiresPermission(Permissions.PRIVACY_READ)
    public List<PolicyCell> policy() {
        TenantContext.require();
        List<PrivacyRule> rules = em.createQuery("select r from PrivacyRule r", PrivacyRule.class).getResultList();
        List<PolicyCell> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (PrivacyLevel level : PrivacyLevel.values()) {
                Visibility platform = PlatformPrivacyPolicy.visibility(role, level);
                Visibility effective = rules.stream().filter(r -> r.role() == role && r.level() == level)
                        .map(PrivacyRule::visibility).reduce(platform, Visibility::strictest);
                cells.add(new PolicyCell(role, level, platform, effective));
            }
        }
        return cells;
    }

    /**
     * Sets what {@code role} sees of {@code level} in this tenant. Only as strict as the platform default or
     * stricter; setting the default removes the tenant's rule.
     */
    @Audited("privacy.set")
    @RequiresPermission(Permissions.PRIVACY_MANAGE)
    public PolicyCell set(@AuditTarget Role role, PrivacyLevel level, Visibility visibility) {
        TenantContext.require();
        if (role == null || level == null || visibility == null) {
            throw DomainException.invalid(FieldError.of(role == null ? "role" : level == null ? "level" : "visibility",
                    "required"));
        }
        Visibility platform = PlatformPrivacyPolicy.visibility(role, level);
        if (platform.isStricterThan(visibility)) {
            throw DomainException.invalid(FieldError.of("visibility", "privacy_loosening", platform.name()));
        }
        Optional<PrivacyRule> existing = em.createQuery(
                        "select r from PrivacyRule r where r.role = :role and r.level = :level", PrivacyRule.class)
                .setParameter("role", role).setParameter("level", level).getResultStream().findFirst();
        if (visibility == platform) {
            existing.ifPresent(em::remove);
        } else if (existing.isPresent()) {
            existing.get().change(visibility);
        } else {
            em.persist(new PrivacyRule(role, level, visibility));
        }
        return new PolicyCell(role, level, platform, visibility);
    }
}
