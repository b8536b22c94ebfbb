package org.linli.infra.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Whether PostgreSQL's row-level-security policies bind the role the application connects as. They do not for a
 * superuser, a role with {@code BYPASSRLS}, or the owner of the tables (or a member of the owner's role): then the
 * policies — the second line of tenant isolation — are void, and a query that escaped the application's tenant
 * scoping would read every tenant's rows. Linli refuses to start so, unless the operator accepts the risk with
 * {@code linli.db.allow-rls-bypass=true}; it then warns at every start and {@code /health} reports
 * {@code rowLevelSecurity: off}. On H2 there is no row-level security: also {@code off}.
 */
@ApplicationScoped
public class RowLevelSecurity {

    private static final Logger LOG = Logger.getLogger(RowLevelSecurity.class.getName());

    /** What the connected role is: superuser, bypasses RLS, how many tables of the schema it owns (or may act as). */
    public static final String ROLE_QUERY = """
            select r.rolsuper, r.rolbypassrls,
                   (select count(*) from pg_tables t
                    where t.schemaname = current_schema() and pg_has_role(current_user, t.tableowner, 'USAGE'))
            from pg_roles r where r.rolname = current_user""";

    /** What {@code /health} shows. */
    public enum Status { ON, OFF }

    /** The facts about the application role that decide whether the policies bind it. */
    public record RoleFacts(boolean superuser, boolean bypassRls, long ownedTables) {

        /** The reasons the policies do not bind, empty when they do. */
        public List<String> bypasses() {
            List<String> reasons = new ArrayList<>();
            if (superuser) {
                reasons.add("is a superuser");
            }
            if (bypassRls) {
                reasons.add("has BYPASSRLS");
            }
            if (ownedTables > 0) {
                reasons.add("owns " + ownedTables + " of the tables");
            }
            return reasons;
        }
    }

    private volatile Status status = Status.OFF;

    public Status status() {
        return status;
    }

    /** Checks the application role on PostgreSQL after migration; throws when it may not run so. */
    void check(DatabaseSettings settings, boolean allowBypass) {
        try (Connection connection = LinliDataSource.direct(settings.url(), settings.user(), settings.password())
                .getConnection()) {
            status = decide(facts(connection), settings.user(), allowBypass);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the application role " + settings.user(), e);
        }
    }

    /** The facts about the role {@code connection} is signed in as. */
    public static RoleFacts facts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(ROLE_QUERY)) {
            if (!row.next()) {
                throw new SQLException("the connected role is not in pg_roles");
            }
            return new RoleFacts(row.getBoolean(1), row.getBoolean(2), row.getLong(3));
        }
    }

    /** ON when the policies bind; OFF (with a warning) when they do not and that is allowed; otherwise throws. */
    static Status decide(RoleFacts facts, String role, boolean allowBypass) {
        List<String> bypasses = facts.bypasses();
        if (bypasses.isEmpty()) {
            return Status.ON;
        }
        String problem = "The application role '" + role + "' " + String.join(", ", bypasses)
                + ": PostgreSQL's row-level security does not bind it, so the tenant isolation policies are void.";
        if (!allowBypass) {
            throw new IllegalStateException(problem + " Use two roles: one that owns the schema and migrates it"
                    + " (linli.db.migration-user / LINLI_DB_MIGRATION_USER) and an ordinary login role without"
                    + " BYPASSRLS that the application connects as (linli.db.user / LINLI_DB_USER), as README's"
                    + " 'Running on PostgreSQL' shows. To run without row-level security anyway, set"
                    + " linli.db.allow-rls-bypass=true.");
        }
        LOG.warning(problem + " Running anyway because linli.db.allow-rls-bypass=true; /health reports"
                + " rowLevelSecurity: off.");
        return Status.OFF;
    }
}
