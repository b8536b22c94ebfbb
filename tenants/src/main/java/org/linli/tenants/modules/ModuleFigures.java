package org.linli.tenants.modules;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.oversight.Figure;
import org.linli.tenants.oversight.OversightSource;
import org.linli.tenants.oversight.Unit;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Module adoption for supervisors: each module as 1 when the tenant uses it (the free ones always, a paid one with
 * an open subscription), so that a jurisdiction's total says how many of its tenants use it. Today's state: the
 * month does not apply.
 */
@ApplicationService
public class ModuleFigures implements OversightSource {

    static final String SECTION = "modules";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Override
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public List<Figure> figures(YearMonth month) {
        Set<Module> enabled = EnumSet.noneOf(Module.class);
        em.createQuery("select distinct s.module from ModuleSubscription s where s.endedAt is null", Module.class)
                .getResultList().forEach(enabled::add);
        return Arrays.stream(Module.values()).map(module -> Figure.of(SECTION, module.name(), null, "adopted",
                Unit.COUNT, module.isFree() || enabled.contains(module) ? 1 : 0)).toList();
    }
}
