package org.linli.tenants.registry;

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
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Binds the caller's grid scope to the transaction, right after its tenant: an operator assigned to grids is a grid
 * worker and sees only those grids' households, residents and vehicles; everyone else sees the whole tenant. Bound
 * as EclipseLink properties (see {@link GridScope}) and, on PostgreSQL, as {@code app.grid_ids} for the restrictive
 * row-level-security policy — the same two lines of defence as tenancy.
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
            List<Long> grids = assignedGrids();
            transactions.putResource(BOUND_KEY, grids);
            em.setProperty(GridScope.ALL, grids.isEmpty() ? 1 : 0);
            em.setProperty(GridScope.IDS, grids.isEmpty() ? List.of(-1L) : grids);
            if (em.unwrap(JpaEntityManager.class).getDatabaseSession().getPlatform().isPostgreSQL()) {
                bindRowLevelSecurity(grids);
            }
        }
        return invocation.proceed();
    }

    /** The grids that restrict the caller: those of an operator who is a grid worker; none for anyone else. */
    private List<Long> assignedGrids() {
        Actor actor = CurrentUser.actor().orElse(null);
        if (actor == null || actor.tenant() == null || actor.role() != Role.TENANT_OPERATOR) {
            return List.of();
        }
        return em.createQuery("select a.gridId from GridAssignment a where a.userId = :user", Long.class)
                .setParameter("user", actor.accountId()).getResultList();
    }

    private void bindRowLevelSecurity(List<Long> grids) throws SQLException {
        String setting = grids.isEmpty() ? "*" : grids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.grid_ids', ?, true)")) {
            statement.setString(1, setting);
            statement.execute();
        }
    }

    /** The grid ids restricting the current transaction, empty when unrestricted (for services that must know). */
    public static List<Long> restriction(TransactionSynchronizationRegistry transactions) {
        Object bound = transactions.getResource(BOUND_KEY);
        return bound instanceof List<?> list ? list.stream().map(Long.class::cast).toList() : List.of();
    }
}
