package org.linli.infra.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LinliConfigFileTest {

    @AfterEach
    void forget() {
        System.clearProperty("linli.config");
    }

    @Test
    void readsTheNamedFileInUtf8BetweenEnvironmentAndPackagedDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("linli.properties");
        Files.writeString(file, "linli.demo=true\nlinli.db.user=邻里\n", StandardCharsets.UTF_8);
        System.setProperty("linli.config", file.toString());
        LinliConfigFile source = new LinliConfigFile();
        assertThat(source.getValue("linli.demo")).isEqualTo("true");
        assertThat(source.getValue("linli.db.user")).isEqualTo("邻里");
        assertThat(source.getPropertyNames()).containsExactlyInAnyOrder("linli.demo", "linli.db.user");
        assertThat(source.getOrdinal()).isBetween(101, 299);
    }

    @Test
    void aMissingFileIsNoConfiguration(@TempDir Path dir) {
        System.setProperty("linli.config", dir.resolve("absent.properties").toString());
        assertThat(new LinliConfigFile().getPropertyNames()).isEmpty();
    }
}
