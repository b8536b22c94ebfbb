package org.linli.infra.persistence;

import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
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
            Migrations.apply(connection, changeLog);
        }
        return database;
    }
}
