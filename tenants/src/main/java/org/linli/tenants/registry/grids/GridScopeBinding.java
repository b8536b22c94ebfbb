package org.linli.tenants.registry.grids;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.linli.platform.application.BoundaryOrder;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Binds the caller's grid scope to the transaction, right after its tenant: a grid worker ({@link Role#GRID_WORKER})
 * sees only the rows of the grids assigned to them — households, residents, vehicles, and the orders, parcels, care
 * plans, visits and form answers of those households (nothing at all while they have no grid); everyone else sees
 * the whole tenant. Bound
 * as EclipseLink properties (see {@link GridScope}) and, on PostgreSQL, as {@code app.grid_ids} for the restrictive
 * row-level-security policy — the same two lines of defence as tenancy ({@link GridScopeSetting}: an unrestricted
 * caller's value is bound together with the tenant).
 */
@ServiceBoundary
@Interceptor
@Priority(BoundaryOrder.TENANT_BINDING + 1)
public class GridScopeBinding {

    private static final Object BOUND_KEY = GridScopeBinding.class.getName() + ".scope";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(BOUND_KEY) == null && TenantContext.current().isPresent()) {
            Optional<List<Long>> grids = assignedGrids();
            transactions.putResource(BOUND_KEY, grids);
            em.setProperty(GridScope.ALL, grids.isEmpty() ? 1 : 0);
            em.setProperty(GridScope.IDS, grids.filter(ids -> !ids.isEmpty()).orElse(List.of(-1L)));
            // An unrestricted caller's setting was bound with the tenant (GridScopeSetting).
            if (grids.isPresent() && em.unwrap(JpaEntityManager.class).getDatabaseSession().getPlatform()
                    .isPostgreSQL()) {
                bindRowLevelSecurity(grids.get());
            }
        }
        return invocation.proceed();
    }

    /** The grids that restrict the caller — those assigned to a grid worker — or empty for an unrestricted caller. */
    private Optional<List<Long>> assignedGrids() {
        if (!GridScopeSetting.restrictsCaller()) {
            return Optional.empty();
        }
        return Optional.of(em.createQuery("select a.gridId from GridAssignment a where a.userId = :user", Long.class)
                .setParameter("user", CurrentUser.require().accountId()).getResultList());
    }

    /** A grid worker's grids; none is an empty list, which the policy reads as no grid at all. */
    private void bindRowLevelSecurity(List<Long> grids) throws SQLException {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, GridScopeSetting.NAME);
            statement.setString(2, grids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            statement.execute();
        }
    }

    /** Whether the current transaction is narrowed to a grid worker's grids (for services that must know). */
    public static boolean restricted(TransactionSynchronizationRegistry transactions) {
        return transactions.getResource(BOUND_KEY) instanceof Optional<?> bound && bound.isPresent();
    }
}
