package org.linli.infra.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.linli.infra.persistence.LinliDataSource;
import org.linli.infra.persistence.RowLevelSecurity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The database answers within two seconds: Linli is ready (and alive) only then. Its data also say whether
 * PostgreSQL's row-level security binds the application ({@code rowLevelSecurity: on}) or not ({@code off}: an
 * operator allowed a role that bypasses it, or the database is H2, which has none).
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = LinliDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    RowLevelSecurity rowLevelSecurity;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("millis", (System.nanoTime() - started) / 1_000_000)
                    .withData("rowLevelSecurity", rowLevelSecurity.status().name().toLowerCase(Locale.ROOT))
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
