package org.linli.infra.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linli.platform.crypto.CipherKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

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
}
