package org.linli.infra.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Applies the Liquibase changelogs at start, as the schema owner, before anything uses JPA. On PostgreSQL it then
 * grants the application role what it needs and no more: read and write on tenant and platform tables, but only
 * insert and select on the audit trail, and nothing on Liquibase's own tables. Last it checks that row-level security
 * binds the application role ({@link RowLevelSecurity}), and refuses to go on when it does not.
 */
@ApplicationScoped
public class Migrations {

    static final String MASTER = "db/changelog/master.xml";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final List<String> APPEND_ONLY = List.of("audit_record", "ledger_posting", "ledger_line");

    @Inject
    RowLevelSecurity rowLevelSecurity;

    public void migrate() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        long started = System.nanoTime();
        try (Connection connection = LinliDataSource
                .direct(settings.url(), settings.migrationUser(), settings.migrationPassword()).getConnection()) {
            update(connection);
            if (settings.isPostgres() && settings.separatesOwner()) {
                grant(connection, settings.user());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database migration failed", e);
        }
        if (settings.isPostgres()) {
            rowLevelSecurity.check(settings, ConfigProvider.getConfig()
                    .getOptionalValue("linli.db.allow-rls-bypass", Boolean.class).orElse(false));
        }
        LOG.info(() -> "Database migrated in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + settings);
    }

    /** The ids of the change sets applied so far, read as the schema owner (the application role may not). */
    public Set<String> appliedChangeSets() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        Set<String> applied = new TreeSet<>();
        try (Connection connection = LinliDataSource
                .direct(settings.url(), settings.migrationUser(), settings.migrationPassword()).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from databasechangelog")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
        return applied;
    }

    private void update(Connection connection) {
        try {
            apply(connection, MASTER);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Liquibase update failed", e);
            throw new IllegalStateException("database migration failed: " + e.getMessage(), e);
        }
    }

    /** Applies {@code changeLog} (a class-path resource) on {@code connection}, in {@link #liquibaseScope()}. */
    static void apply(Connection connection, String changeLog) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(liquibaseScope(), () ->
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changeLog)
                        .execute());
    }

    /**
     * What every Liquibase run of Linli's sees: the change logs on the class path, and two of Liquibase's defaults
     * turned off.
     * <ul>
     *     <li>Its product analytics. Since 4.30 Liquibase asks its own servers at every run whether to send them usage
     *     data about the run, and then does: a community platform's database tool has no business calling out, and on
     *     a network that drops such calls the question alone held every start for its time-out.</li>
     *     <li>Checking the change logs against its XML schema. They are part of the build, which checks them
     *     ({@code MigrationsTest}); checking them again at every start cost half a second. Liquibase reads this
     *     setting once, when its first change-log parser is made: Linli's first Liquibase run is in this scope.</li>
     * </ul>
     */
    static Map<String, Object> liquibaseScope() {
        return Map.of(Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()),
                AnalyticsArgs.ENABLED.getKey(), false,
                GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), false);
    }

    private static void grant(Connection connection, String role) throws SQLException {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalStateException("unsupported database role name: " + role);
        }
        String quoted = "\"" + role + "\"";
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("grant usage on schema " + currentSchema(connection) + " to " + quoted);
            for (String table : tables) {
                String privileges = APPEND_ONLY.contains(table) ? "select, insert" : "select, insert, update, delete";
                statement.execute("revoke all on table \"" + table + "\" from " + quoted);
                statement.execute("grant " + privileges + " on table \"" + table + "\" to " + quoted);
            }
            statement.execute("grant usage, select on all sequences in schema " + currentSchema(connection)
                    + " to " + quoted);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_schema()")) {
            rows.next();
            return "\"" + rows.getString(1).replace("\"", "\"\"") + "\"";
        }
    }
}
