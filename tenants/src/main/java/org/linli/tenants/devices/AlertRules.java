package org.linli.tenants.devices;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.cases.CaseCategories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tenant's alert rules, one per event kind, as operators edit them in the console. A tenant starts with
 * {@link AlertPolicy#DEFAULTS} (seeded the first time they are read, with the case categories they route to).
 */
@ApplicationService
public class AlertRules {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    DeviceBook book;

    @Inject
    CaseCategories categories;

    @Inject
    CommandValidator validator;

    /** Every rule, in the order of the event kinds. */
    @Query
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public List<AlertRule> list() {
        return new ArrayList<>(book.rules().values());
    }

    @Audited("device.rule.change")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public AlertRule change(@AuditTarget EventKind kind, DeviceCommands.RuleDetails details) {
        validator.validate(details);
        if ((details.quietFrom() == null) != (details.quietTo() == null)) {
            throw DomainException.invalid(FieldError.of(details.quietFrom() == null ? "quietFrom" : "quietTo",
                    "required"));
        }
        if (details.categoryId() != null && categories.list().stream()
                .noneMatch(c -> c.id() == details.categoryId() && c.isActive())) {
            throw DomainException.invalid(FieldError.of("categoryId", "case_category_inactive"));
        }
        Map<EventKind, AlertRule> rules = book.rules();
        AlertRule rule = rules.get(kind);
        if (rule == null) {
            if (!kind.alerts()) {
                throw DomainException.invalid(FieldError.of("kind", "device_kind_never_alerts"));
            }
            rule = new AlertRule(kind, details);
            em.persist(rule);
        } else {
            rule.change(details);
        }
        return rule;
    }
}
