package org.linli.infra.persistence;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

/** For tests: a fresh in-memory H2 database holding the tables one part of the change log makes, as it makes them. */
public final class ChangeLogDatabase {

    private ChangeLogDatabase() {
    }

    /** A new database migrated with {@code changeLog} (a class-path resource, e.g. {@code db/changelog/...xml}). */
    public static JdbcDataSource with(String changeLog) throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:changelog-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection()) {
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(ChangeLogDatabase.class.getClassLoader())), () ->
                    new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, DatabaseFactory
                                    .getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changeLog)
                            .execute());
        }
        return database;
    }
}
