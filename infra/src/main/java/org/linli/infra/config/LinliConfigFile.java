package org.linli.infra.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Linli's configuration file: {@code linli.properties} in the working directory, or the file named by the system
 * property {@code linli.config} or the environment variable {@code LINLI_CONFIG}. It ranks below system properties
 * (400) and environment variables (300) and above the defaults packaged in the application (100).
 */
public class LinliConfigFile implements ConfigSource {

    static final int ORDINAL = 250;

    private final Map<String, String> properties;
    private final String name;

    public LinliConfigFile() {
        Path file = location();
        this.name = "linli-config-file:" + file;
        this.properties = Files.isRegularFile(file) ? read(file) : Map.of();
    }

    static Path location() {
        String explicit = System.getProperty("linli.config");
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv("LINLI_CONFIG");
        }
        return Path.of(explicit == null || explicit.isBlank() ? "linli.properties" : explicit);
    }

    private static Map<String, String> read(Path file) {
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
        return loaded.stringPropertyNames().stream()
                .collect(Collectors.toUnmodifiableMap(key -> key, loaded::getProperty));
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
