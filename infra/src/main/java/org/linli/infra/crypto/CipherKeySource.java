package org.linli.infra.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.linli.platform.crypto.CipherKeys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Where the keys for personal data come from. In production they are configured ({@code linli.crypto.keys},
 * {@code linli.crypto.active-key}, {@code linli.crypto.index-key}), every node the same. Without configuration —
 * development and demo — a key file {@code keys.properties} is created once in the data directory, readable by its
 * owner only; losing it makes the sealed values unreadable.
 */
@ApplicationScoped
public class CipherKeySource {

    private static final Logger LOG = Logger.getLogger(CipherKeySource.class.getName());

    /** A pseudo-scoped singleton: the keys are an immutable value, read once. */
    @Produces
    @Singleton
    CipherKeys keys() {
        Config config = ConfigProvider.getConfig();
        Optional<String> configured = config.getOptionalValue("linli.crypto.keys", String.class);
        if (configured.isPresent()) {
            return CipherKeys.parse(configured.get(),
                    config.getOptionalValue("linli.crypto.active-key", String.class)
                            .orElseThrow(() -> new IllegalStateException("linli.crypto.active-key is not set")),
                    config.getOptionalValue("linli.crypto.index-key", String.class)
                            .orElseThrow(() -> new IllegalStateException("linli.crypto.index-key is not set")));
        }
        Path dataDir = Path.of(config.getOptionalValue("linli.data-dir", String.class).orElse("./data"));
        return fromKeyFile(dataDir.resolve("keys.properties"));
    }

    static CipherKeys fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
                LOG.warning("Created the personal-data key file " + file.toAbsolutePath() + ". Configure"
                        + " linli.crypto.keys, linli.crypto.active-key and linli.crypto.index-key in production.");
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return CipherKeys.parse(properties.getProperty("keys"), properties.getProperty("active-key"),
                    properties.getProperty("index-key"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Properties properties = new Properties();
        properties.setProperty("keys", "k1:" + randomKey());
        properties.setProperty("active-key", "k1");
        properties.setProperty("index-key", randomKey());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "keys", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.fine("no POSIX permissions on this file system");
        }
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Linli personal-data keys: keep secret, back up, never commit");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
