package org.linli.infra.persistence;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the database is and who connects. With no configuration: an embedded H2 file database under
 * {@code <linli.data-dir>/linli}. On PostgreSQL the application should connect as a role that does not own the
 * tables (so row-level security binds) and migrate as the owner ({@code linli.db.migration-user}).
 */
public record DatabaseSettings(String url, String user, String password, String migrationUser,
                               String migrationPassword) {

    public static DatabaseSettings fromConfig() {
        Config config = ConfigProvider.getConfig();
        return from(name -> config.getOptionalValue(name, String.class));
    }

    static DatabaseSettings from(Function<String, Optional<String>> setting) {
        Path dataDir = Path.of(setting.apply("linli.data-dir").orElse("./data"));
        String url = setting.apply("linli.db.url")
                .orElseGet(() -> "jdbc:h2:file:" + h2Path(dataDir) + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
        String user = setting.apply("linli.db.user").orElse("linli");
        String password = setting.apply("linli.db.password").orElse("linli");
        String migrationUser = setting.apply("linli.db.migration-user").orElse(user);
        String migrationPassword = setting.apply("linli.db.migration-password")
                .orElse(migrationUser.equals(user) ? password : "");
        return new DatabaseSettings(url, user, password, migrationUser, migrationPassword);
    }

    /** H2 refuses paths implicitly relative to the working directory, so relative ones get an explicit "./". */
    private static String h2Path(Path dataDir) {
        String path = dataDir.resolve("linli").toString();
        return dataDir.isAbsolute() || path.startsWith("./") || path.startsWith("../") ? path : "./" + path;
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** True when migrations run as another role than the application, as row-level security requires. */
    public boolean separatesOwner() {
        return !migrationUser.equals(user);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + url + ", user " + user + ", migration user " + migrationUser + "]";
    }
}
