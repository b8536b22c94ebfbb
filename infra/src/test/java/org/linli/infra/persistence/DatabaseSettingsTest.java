package org.linli.infra.persistence;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseSettingsTest {

    @Test
    void withoutConfigurationLinliUsesAnEmbeddedH2FileUnderData() {
        DatabaseSettings settings = DatabaseSettings.from(config(Map.of()));
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:./data/linli;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
        assertThat(settings.isH2()).isTrue();
        assertThat(settings.separatesOwner()).isFalse();
    }

    @Test
    void theDataDirectoryMovesTheH2File() {
        assertThat(DatabaseSettings.from(config(Map.of("linli.data-dir", "/var/lib/linli"))).url())
                .startsWith("jdbc:h2:file:/var/lib/linli/linli;");
        assertThat(DatabaseSettings.from(config(Map.of("linli.data-dir", "store"))).url())
                .startsWith("jdbc:h2:file:./store/linli;");
    }

    @Test
    void onPostgresTheApplicationAndTheMigrationsUseDifferentRoles() {
        DatabaseSettings settings = DatabaseSettings.from(config(Map.of(
                "linli.db.url", "jdbc:postgresql://127.0.0.1:5432/linli",
                "linli.db.user", "linli_app", "linli.db.password", "app-secret",
                "linli.db.migration-user", "linli_owner", "linli.db.migration-password", "owner-secret")));
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.separatesOwner()).isTrue();
        assertThat(settings.migrationPassword()).isEqualTo("owner-secret");
        assertThat(settings.toString()).doesNotContain("secret");
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
