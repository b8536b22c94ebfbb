package org.linli.tenants.modules;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which modules the tenant acted for has enabled. Platform operators enable a paid module at a monthly fee (a new
 * fee opens a new billing period), or disable it; everyone in the tenant may ask what is enabled.
 */
@ApplicationService
public class ModuleService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** Every module with its state for the current tenant, in catalogue order. */
    @Query
    @RequiresPermission(Permissions.MODULE_READ)
    public List<ModuleStatus> catalog() {
        TenantContext.require();
        Map<Module, ModuleSubscription> open = openSubscriptions().stream()
                .collect(Collectors.toMap(ModuleSubscription::module, Function.identity()));
        return Arrays.stream(Module.values()).map(module -> module.isFree() ? ModuleStatus.free(module)
                : Optional.ofNullable(open.get(module)).map(ModuleStatus::of)
                .orElseGet(() -> ModuleStatus.disabled(module))).toList();
    }

    /** Whether the current tenant may use {@code module}; false when acting for no tenant. */
    @Query
    @PermitAll
    public boolean isEnabled(Module module) {
        if (module.isFree()) {
            return true;
        }
        return TenantContext.current().isPresent() && open(module).isPresent();
    }

    /** The modules the current tenant may use, in catalogue order, read at once; only the free ones for no tenant. */
    @Query
    @PermitAll
    public Set<Module> enabled() {
        Set<Module> enabled = EnumSet.noneOf(Module.class);
        Arrays.stream(Module.values()).filter(Module::isFree).forEach(enabled::add);
        if (TenantContext.current().isPresent()) {
            openSubscriptions().forEach(subscription -> enabled.add(subscription.module()));
        }
        return enabled;
    }

    /** All billing periods of the current tenant, oldest first. */
    @Query
    @RequiresPermission(Permissions.MODULE_READ)
    public List<ModuleSubscription> history() {
        TenantContext.require();
        return em.createQuery("select s from ModuleSubscription s order by s.startedAt, s.id", ModuleSubscription.class)
                .getResultList();
    }

    /** Enables {@code module} at {@code monthlyFee}; enabling again at another fee starts a new period. */
    @Audited("module.enable")
    @RequiresPermission(Permissions.MODULE_MANAGE)
    public ModuleStatus enable(@AuditTarget Module module, Money monthlyFee) {
        TenantContext.require();
        if (module.isFree()) {
            throw DomainException.conflict("module_always_enabled", module.label());
        }
        if (monthlyFee == null || monthlyFee.isNegative()) {
            throw DomainException.invalid(FieldError.of("monthlyFeeFen", "min", 0));
        }
        Optional<ModuleSubscription> current = open(module);
        if (current.isPresent() && current.get().monthlyFee().equals(monthlyFee)) {
            return ModuleStatus.of(current.get());
        }
        current.ifPresent(subscription -> subscription.end(clock.instant()));
        ModuleSubscription next = new ModuleSubscription(module, monthlyFee, clock.instant());
        em.persist(next);
        return ModuleStatus.of(next);
    }

    @Audited("module.disable")
    @RequiresPermission(Permissions.MODULE_MANAGE)
    public ModuleStatus disable(@AuditTarget Module module) {
        TenantContext.require();
        if (module.isFree()) {
            throw DomainException.conflict("module_always_enabled", module.label());
        }
        ModuleSubscription current = open(module)
                .orElseThrow(() -> DomainException.conflict("module_not_enabled", module.label()));
        current.end(clock.instant());
        return ModuleStatus.disabled(module);
    }

    private Optional<ModuleSubscription> open(Module module) {
        return em.createQuery("select s from ModuleSubscription s where s.module = :module and s.endedAt is null",
                        ModuleSubscription.class)
                .setParameter("module", module).getResultStream().findFirst();
    }

    private List<ModuleSubscription> openSubscriptions() {
        return em.createQuery("select s from ModuleSubscription s where s.endedAt is null", ModuleSubscription.class)
                .getResultList();
    }
}
