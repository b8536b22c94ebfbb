package org.linli.infra.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.platform.crypto.CipherKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CipherKeySourceTest {

    @Test
    void createsAPrivateKeyFileOnceAndReadsTheSameKeysAfterwards(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/keys.properties");
        CipherKeys first = CipherKeySource.fromKeyFile(file);
        CipherKeys second = CipherKeySource.fromKeyFile(file);
        assertThat(first.activeKeyId()).isEqualTo("k1");
        assertThat(second.keys().get("k1").getEncoded()).isEqualTo(first.keys().get("k1").getEncoded());
        assertThat(second.indexKey().getEncoded()).isEqualTo(first.indexKey().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void outsideDemoModeMissingKeysStopTheStartAndNoKeyFileIsMade(@TempDir Path dir) {
        Map<String, String> settings = Map.of("linli.data-dir", dir.toString());
        assertThatThrownBy(() -> CipherKeySource.keys(name -> Optional.ofNullable(settings.get(name))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("linli.crypto.keys").hasMessageContaining("every node");
        assertThat(dir.resolve("keys.properties")).doesNotExist();
    }

    @Test
    void outsideDemoModeAnExistingKeyFileIsNamedButNotUsed(@TempDir Path dir) {
        CipherKeySource.fromKeyFile(dir.resolve("keys.properties"));
        Map<String, String> settings = Map.of("linli.data-dir", dir.toString(), "linli.demo", "false");
        assertThatThrownBy(() -> CipherKeySource.keys(name -> Optional.ofNullable(settings.get(name))))
                .hasMessageContaining(dir.resolve("keys.properties").toAbsolutePath().toString());
    }

    @Test
    void inDemoModeTheKeyFileIsCreatedAsBefore(@TempDir Path dir) {
        Map<String, String> settings = Map.of("linli.data-dir", dir.toString(), "linli.demo", "true");
        CipherKeys keys = CipherKeySource.keys(name -> Optional.ofNullable(settings.get(name)));
        assertThat(keys.activeKeyId()).isEqualTo("k1");
        assertThat(dir.resolve("keys.properties")).exists();
    }

    @Test
    void configuredKeysAreUsedInAnyMode(@TempDir Path dir) {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Map<String, String> settings = Map.of("linli.data-dir", dir.toString(), "linli.crypto.keys", "k7:" + key,
                "linli.crypto.active-key", "k7", "linli.crypto.index-key", key);
        assertThat(CipherKeySource.keys(name -> Optional.ofNullable(settings.get(name))).activeKeyId())
                .isEqualTo("k7");
        assertThat(dir.resolve("keys.properties")).doesNotExist();
    }
}
