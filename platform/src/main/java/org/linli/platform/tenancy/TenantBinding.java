package org.linli.platform.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the caller's tenant to the running transaction, once, before the service touches any data: as the
 * EclipseLink tenant property of the transaction's persistence context (the central query scoping) and, on
 * PostgreSQL, as the session setting {@code app.tenant_id} that the row-level-security policies read.
 *
 * <p>The setting is transaction-local ({@code set_config(..., true)}), so a pooled connection never carries a
 * tenant into the next transaction. The {@link SessionSetting}s that features' policies read are bound in the same
 * statement, so that a transaction pays one round trip for all of them. The connection is obtained through
 * {@code unwrap} because that makes EclipseLink use its transactional connection for the reads that follow, not a
 * separate one.
 */
@ServiceBoundary
@Interceptor
@Priority(BoundaryOrder.TENANT_BINDING)
public class TenantBinding {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    /** The session setting the tenant policies read. */
    static final String TENANT_SETTING = "app.tenant_id";
    private static final Object BOUND_KEY = TenantBinding.class.getName() + ".tenant";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @Any
    Instance<SessionSetting> settings;

    /**
     * {@link #settings}, resolved on the first transaction rather than on every one: the beans never change, and two
     * threads racing here only resolve them twice (the list is immutable).
     */
    private List<SessionSetting> resolved;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        TenantId tenant = TenantContext.current().orElse(null);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        Object bound = transactions.getResource(BOUND_KEY);
        if (bound == null && status == Status.STATUS_ACTIVE) {
            transactions.putResource(BOUND_KEY, tenant == null ? Unbound.INSTANCE : tenant);
            if (tenant != null) {
                bindTo(tenant);
            }
        } else if (bound != null && !bound.equals(tenant == null ? Unbound.INSTANCE : tenant)) {
            // Also once the transaction is marked for rollback: its persistence context still carries the tenant
            // it was bound to, so another tenant's call must not run in it.
            throw new IllegalStateException("the tenant cannot change inside a transaction");
        }
        return invocation.proceed();
    }

    private void bindTo(TenantId tenant) throws SQLException {
        em.setProperty(TENANT_PROPERTY, tenant.value());
        if (em.unwrap(JpaEntityManager.class).getDatabaseSession().getPlatform().isPostgreSQL()) {
            if (resolved == null) {
                resolved = settings.stream().toList();
            }
            Map<String, String> values = sessionValues(tenant, resolved);
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement statement = connection.prepareStatement(statementFor(values.size()))) {
                int parameter = 1;
                for (Map.Entry<String, String> value : values.entrySet()) {
                    statement.setString(parameter++, value.getKey());
                    statement.setString(parameter++, value.getValue());
                }
                statement.execute();
            }
        }
    }

    /**
     * The settings to bind, by name: the tenant first, then each feature's setting that has a value for the caller.
     * No feature may name the tenant's setting, so none can widen or move what the tenant policies let through.
     */
    static Map<String, String> sessionValues(TenantId tenant, Iterable<SessionSetting> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TENANT_SETTING, Long.toString(tenant.value()));
        for (SessionSetting setting : settings) {
            if (values.containsKey(setting.name())) {
                throw new IllegalStateException("session setting bound twice: " + setting.name());
            }
            setting.valueForCaller().ifPresent(value -> values.put(setting.name(), value));
        }
        return values;
    }

    /** One transaction-local {@code set_config} per setting, in one statement; name and value are parameters. */
    static String statementFor(int settings) {
        return "select " + String.join(", ", Collections.nCopies(settings, "set_config(?, ?, true)"));
    }

    /** Marks a transaction that was entered without a tenant (platform work). */
    private enum Unbound { INSTANCE }
}
