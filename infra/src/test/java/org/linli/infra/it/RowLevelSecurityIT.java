package org.linli.infra.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.linli.infra.persistence.RowLevelSecurity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PostgreSQL's row-level security as the second line of tenant isolation. These tests bypass the ORM's tenant
 * scoping on purpose (plain JDBC, as the application's database role) and must still see and change no rows of a
 * tenant other than the one bound in {@code app.tenant_id}. Runs when the suite runs against PostgreSQL.
 */
@EnabledIfEnvironmentVariable(named = "LINLI_DB_URL", matches = "jdbc:postgresql:.*")
class RowLevelSecurityIT extends RealWarTest {

    long tenantA;
    long tenantB;

    @BeforeEach
    void demoTenants() {
        Api api = new Api(base);
        tenantA = api.as(api.token("ops-a")).get("/auth/me").then().extract().<Number>path("tenantId").longValue();
        tenantB = api.as(api.token("ops-b")).get("/auth/me").then().extract().<Number>path("tenantId").longValue();
    }

    @Test
    void theApplicationRoleIsBoundByRowLevelSecurity() throws SQLException {
        try (Connection app = application();
             ResultSet role = app.createStatement().executeQuery(
                     "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            role.next();
            assertThat(role.getBoolean("rolsuper")).as("superuser").isFalse();
            assertThat(role.getBoolean("rolbypassrls")).as("bypasses RLS").isFalse();
            try (ResultSet owner = app.createStatement().executeQuery(
                    "select tableowner = current_user from pg_tables where tablename = 'user_account'")) {
                owner.next();
                assertThat(owner.getBoolean(1)).as("owns the tables").isFalse();
            }
        }
    }

    @Test
    void everyTenantOwnedTableHasAPolicy() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        try (Connection owner = owner(); ResultSet tables = owner.createStatement().executeQuery("""
                select c.relname, c.relrowsecurity, exists (select 1 from pg_policy p where p.polrelid = c.oid)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r'
                  and exists (select 1 from pg_index i join pg_attribute a
                              on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                              where i.indrelid = c.oid and i.indisprimary and a.attname = 'tenant_id')
                """)) {
            int tenantOwned = 0;
            while (tables.next()) {
                tenantOwned++;
                if (!tables.getBoolean(2) || !tables.getBoolean(3)) {
                    unprotected.add(tables.getString(1));
                }
            }
            assertThat(tenantOwned).isPositive();
        }
        assertThat(unprotected).isEmpty();
    }

    /**
     * Every table with a {@code tenant_id} column, found in the catalogue rather than listed by hand: row-level
     * security enabled, forced exactly as on the other tables, and a policy. Two directories are read before anyone
     * knows the tenant and hold no tenant data beyond the link (their exemption is checked to stay current).
     */
    @Test
    void everyTableWithATenantIdColumnHasRowLevelSecurityAndAPolicy() throws SQLException {
        Map<String, String> directories = Map.of(
                "login_name", "the sign-in directory: a username's account, looked up before its tenant is known",
                "household_invite", "invite codes, looked up by residents before their tenant is known");
        Map<String, String> unprotected = new TreeMap<>();
        List<String> withTenant = new ArrayList<>();
        try (Connection owner = owner()) {
            boolean forced;
            try (ResultSet reference = owner.createStatement().executeQuery(
                    "select relforcerowsecurity from pg_class where oid = 'user_account'::regclass")) {
                reference.next();
                forced = reference.getBoolean(1);
            }
            try (ResultSet tables = owner.createStatement().executeQuery("""
                    select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                           exists (select 1 from pg_policy p where p.polrelid = c.oid)
                    from information_schema.columns col
                    join pg_namespace n on n.nspname = col.table_schema
                    join pg_class c on c.relnamespace = n.oid and c.relname = col.table_name
                    where col.table_schema = current_schema() and col.column_name = 'tenant_id' and c.relkind = 'r'
                    order by c.relname
                    """)) {
                while (tables.next()) {
                    String table = tables.getString(1);
                    withTenant.add(table);
                    if (directories.containsKey(table)) {
                        continue;
                    }
                    if (!tables.getBoolean(2)) {
                        unprotected.put(table, "row-level security not enabled");
                    } else if (tables.getBoolean(3) != forced) {
                        unprotected.put(table, "forced " + tables.getBoolean(3) + ", the others " + forced);
                    } else if (!tables.getBoolean(4)) {
                        unprotected.put(table, "no policy");
                    }
                }
            }
        }
        assertThat(withTenant).contains("audit_record", "user_account", "resident", "payment", "ledger_line")
                .containsAll(directories.keySet());
        assertThat(unprotected).isEmpty();
    }

    @Test
    void theAuditTrailShowsABoundTenantOnlyItsOwnRecordsAndPlatformWorkTheWholeTrail() throws SQLException {
        assertThat(ownerCount("select count(*) from audit_record where tenant_id = " + tenantA)).isPositive();
        assertThat(ownerCount("select count(*) from audit_record where tenant_id = " + tenantB)).isPositive();
        assertThat(ownerCount("select count(*) from audit_record where tenant_id is null")).isPositive();
        try (Connection app = application()) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThat(count(app, "select count(*) from audit_record")).isPositive();
            assertThat(count(app, "select count(*) from audit_record where tenant_id is distinct from " + tenantA))
                    .as("other tenants' and platform records").isZero();
            assertThatThrownBy(() -> {
                try (Statement statement = app.createStatement()) {
                    statement.executeUpdate(auditInsert(tenantB));
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            app.rollback();

            assertThat(count(app, "select count(*) from audit_record where tenant_id is null"))
                    .as("platform work reads the platform's records").isPositive();
            assertThat(count(app, "select count(*) from audit_record where tenant_id = " + tenantB))
                    .as("and every tenant's (platform operators' audit:read-all)").isPositive();
            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate(auditInsert(tenantB))).as("sign-in appends for any tenant")
                        .isOne();
            }
            app.rollback();
        }
    }

    /** The start-up check's own query, as the owner and as the application role. */
    @Test
    void theStartUpCheckFlagsTheOwnerAndPassesTheApplicationRole() throws SQLException {
        try (Connection owner = owner(); Connection app = application()) {
            assertThat(RowLevelSecurity.facts(owner).bypasses()).anyMatch(reason -> reason.startsWith("owns "));
            assertThat(RowLevelSecurity.facts(app).bypasses()).isEmpty();
        }
    }

    private static String auditInsert(long tenant) {
        return "insert into audit_record (id, occurred_at, tenant_id, actor, action, outcome) values (-1, now(), "
                + tenant + ", 'intruder', 'test.insert', 'SUCCESS')";
    }

    @Test
    void withoutATenantNoRowIsVisible() throws SQLException {
        assertThat(ownerCount("select count(*) from user_account")).isPositive();
        try (Connection app = application()) {
            assertThat(count(app, "select count(*) from user_account")).isZero();
        }
    }

    @Test
    void boundToOneTenantOnlyItsRowsCanBeReadOrChanged() throws SQLException {
        long ownRows = ownerCount("select count(*) from user_account where tenant_id = " + tenantA);
        try (Connection app = application()) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThat(count(app, "select count(*) from user_account")).isEqualTo(ownRows);
            assertThat(count(app, "select count(*) from user_account where tenant_id <> " + tenantA)).isZero();
            try (Statement statement = app.createStatement()) {
                assertThat(statement.executeUpdate("update user_account set display_name = 'x' where tenant_id = "
                        + tenantB)).isZero();
                assertThat(statement.executeUpdate("delete from user_account where tenant_id = " + tenantB)).isZero();
            }
            app.rollback();

            bind(app, tenantA);
            assertThatThrownBy(() -> {
                try (Statement statement = app.createStatement()) {
                    statement.executeUpdate("insert into user_account (tenant_id, id, version, username, display_name,"
                            + " role, status, password_hash, created_at) values (" + tenantB + ", -1, 0, 'intruder',"
                            + " 'x', 'RESIDENT', 'ENABLED', 'x', now())");
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void theLedgerIsAppendOnlyWhoeverAsks() throws SQLException {
        assertThat(ownerCount("select count(*) from ledger_line where tenant_id = " + tenantA))
                .as("the demo's paid orders are posted").isPositive();
        for (String change : new String[] {"update ledger_line set amount = amount",
                "delete from ledger_line", "update ledger_posting set memo = 'edited'", "delete from ledger_posting"}) {
            try (Connection app = application(); Connection owner = owner()) {
                app.setAutoCommit(false);
                bind(app, tenantA);
                assertThatThrownBy(() -> {
                    try (Statement statement = app.createStatement()) {
                        statement.executeUpdate(change);
                    }
                }).as("the application: " + change).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                app.rollback();
                owner.setAutoCommit(false);
                assertThatThrownBy(() -> {
                    try (Statement statement = owner.createStatement()) {
                        statement.executeUpdate(change);
                    }
                }).as("the owner: " + change).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                owner.rollback();
            }
        }
    }

    @Test
    void theGridScopeIsARestrictivePolicyThatFailsClosed() throws SQLException {
        long grid = ownerCount("select min(grid_id) from resident where tenant_id = " + tenantA);
        long all = ownerCount("select count(*) from resident where tenant_id = " + tenantA);
        long inGrid = ownerCount("select count(*) from resident where tenant_id = " + tenantA + " and grid_id = " + grid);
        assertThat(inGrid).isPositive().isLessThan(all);
        try (Connection app = application()) {
            app.setAutoCommit(false);
            bind(app, tenantA);
            assertThat(count(app, "select count(*) from resident")).as("grid scope not bound").isZero();
            bindGrids(app, "*");
            assertThat(count(app, "select count(*) from resident")).isEqualTo(all);
            app.rollback();
            bind(app, tenantA);
            bindGrids(app, Long.toString(grid));
            assertThat(count(app, "select count(*) from resident")).isEqualTo(inGrid);
            assertThat(count(app, "select count(*) from household where grid_id <> " + grid)).isZero();
            for (String table : List.of("service_order", "parcel", "care_plan", "care_visit", "form_response")) {
                assertThat(count(app, "select count(*) from " + table)).as(table).isEqualTo(ownerCount(
                        "select count(*) from " + table + " where tenant_id = " + tenantA + " and grid_id = " + grid));
                assertThat(count(app, "select count(*) from " + table + " where grid_id is distinct from " + grid))
                        .as(table).isZero();
            }
            app.rollback();
        }
    }

    private static void bindGrids(Connection connection, String grids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.grid_ids', ?, true)")) {
            statement.setString(1, grids);
            statement.execute();
        }
    }

    private static void bind(Connection connection, long tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, Long.toString(tenant));
            statement.execute();
        }
    }

    private static long ownerCount(String sql) throws SQLException {
        try (Connection owner = owner()) {
            return count(owner, sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection application() throws SQLException {
        return DriverManager.getConnection(System.getenv("LINLI_DB_URL"), System.getenv("LINLI_DB_USER"),
                System.getenv("LINLI_DB_PASSWORD"));
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(System.getenv("LINLI_DB_URL"), System.getenv("LINLI_DB_MIGRATION_USER"),
                System.getenv("LINLI_DB_MIGRATION_PASSWORD"));
    }
}
