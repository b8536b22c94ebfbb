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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Where the keys for personal data come from. Outside demo mode they must be configured ({@code linli.crypto.keys},
 * {@code linli.crypto.active-key}, {@code linli.crypto.index-key}), every node the same: a key file made by one node
 * would seal values the other nodes cannot open, so Linli refuses to start without them. In demo mode
 * ({@code linli.demo=true}) without configuration a key file {@code keys.properties} is created once in the data
 * directory, readable by its owner only; losing it makes the sealed values unreadable.
 */
@ApplicationScoped
public class CipherKeySource {

    private static final Logger LOG = Logger.getLogger(CipherKeySource.class.getName());

    /** A pseudo-scoped singleton: the keys are an immutable value, read once. */
    @Produces
    @Singleton
    CipherKeys keys() {
        Config config = ConfigProvider.getConfig();
        return keys(name -> config.getOptionalValue(name, String.class));
    }

    /** Reads the keys now, so that missing or broken keys stop the start instead of the first sealed value. */
    public CipherKeys checkAtStart() {
        return keys();
    }

    static CipherKeys keys(Function<String, Optional<String>> setting) {
        Optional<String> configured = setting.apply("linli.crypto.keys").filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return CipherKeys.parse(configured.get(),
                    setting.apply("linli.crypto.active-key")
                            .orElseThrow(() -> new IllegalStateException("linli.crypto.active-key is not set")),
                    setting.apply("linli.crypto.index-key")
                            .orElseThrow(() -> new IllegalStateException("linli.crypto.index-key is not set")));
        }
        Path keyFile = Path.of(setting.apply("linli.data-dir").orElse("./data")).resolve("keys.properties");
        boolean demo = setting.apply("linli.demo").map(Boolean::parseBoolean).orElse(false);
        if (!demo) {
            throw new IllegalStateException("The personal-data keys are not configured. Set linli.crypto.keys"
                    + " (id:base64,...), linli.crypto.active-key and linli.crypto.index-key (LINLI_CRYPTO_KEYS,"
                    + " LINLI_CRYPTO_ACTIVE_KEY, LINLI_CRYPTO_INDEX_KEY), the same on every node; generate each key"
                    + " with 'openssl rand -base64 32'."
                    + (Files.exists(keyFile) ? " This installation already has keys in " + keyFile.toAbsolutePath()
                            + ": configure those values (keys, active-key, index-key), or its data cannot be read."
                            : ""));
        }
        return fromKeyFile(keyFile);
    }

    static CipherKeys fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
                LOG.warning("Demo mode: created the personal-data key file " + file.toAbsolutePath() + ". Outside"
                        + " demo mode linli.crypto.keys, linli.crypto.active-key and linli.crypto.index-key are"
                        + " required.");
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
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
