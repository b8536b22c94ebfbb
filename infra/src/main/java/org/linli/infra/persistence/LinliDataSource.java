package org.linli.infra.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The application's JDBC data source, pooled by Payara. It reads {@link DatabaseSettings} itself when the pool
 * creates it, because the database may be H2 or PostgreSQL and the driver class therefore cannot be fixed in the
 * annotation, and because configuration from the Linli config file is not yet visible when annotations are
 * processed.
 */
@DataSourceDefinition(
        name = LinliDataSource.JNDI_NAME,
        className = "org.linli.infra.persistence.LinliDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                // Every connection is opened with the same credentials, so the pool need not compare a free
                // connection's with the caller's before handing it out (Payara's default for a defined data source
                // does, on every transaction).
                "fish.payara.match-connections=false"
        })
public class LinliDataSource implements DataSource {

    public static final String JNDI_NAME = "java:app/jdbc/linli";

    private final DataSource delegate;

    public LinliDataSource() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        this.delegate = direct(settings.url(), settings.user(), settings.password());
    }

    /** An unpooled data source for the given URL and role, e.g. for migrations as the schema owner. */
    static DataSource direct(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            postgres.setApplicationName("linli");
            // A batch of inserts (a posting's ledger lines, an order's split lines) goes to PostgreSQL as one
            // multi-row statement rather than one statement per row.
            postgres.setReWriteBatchedInserts(true);
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalStateException("unsupported database URL (H2 or PostgreSQL): " + url);
    }

    /** Payara passes the annotation's (empty) user and password; the configured ones win. */
    public void setUser(String ignored) {
        // configured in the constructor
    }

    public void setPassword(String ignored) {
        // configured in the constructor
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
