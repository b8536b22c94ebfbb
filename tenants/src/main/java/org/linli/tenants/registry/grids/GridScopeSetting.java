package org.linli.tenants.registry.grids;

import jakarta.enterprise.context.ApplicationScoped;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.SessionSetting;

import java.util.Optional;

/**
 * The grid scope's row-level-security setting {@code app.grid_ids}: {@code *} for a caller the scope does not
 * restrict, bound with the tenant in one statement; a grid worker's grids are read in the tenant first, so
 * {@link GridScopeBinding} binds theirs itself.
 */
@ApplicationScoped
public class GridScopeSetting implements SessionSetting {

    static final String NAME = "app.grid_ids";
    static final String UNRESTRICTED = "*";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> valueForCaller() {
        return restrictsCaller() ? Optional.empty() : Optional.of(UNRESTRICTED);
    }

    /** Whether the scope narrows the caller: a grid worker of a tenant. */
    static boolean restrictsCaller() {
        Actor actor = CurrentUser.actor().orElse(null);
        return actor != null && actor.tenant() != null && actor.role() == Role.GRID_WORKER;
    }
}
