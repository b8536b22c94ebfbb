package org.linli.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-kept lists in the deployment descriptors stay complete. */
class ConfigurationTest {

    private final JavaClasses linli = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.linli");

    /** JPA does not discover entities in WEB-INF/lib jars, so persistence.xml must list every one. */
    @Test
    void persistenceXmlListsEveryPersistentClass() throws IOException {
        Set<String> listed = new TreeSet<>();
        Matcher matcher = Pattern.compile("<class>([^<]+)</class>").matcher(resource("META-INF/persistence.xml"));
        while (matcher.find()) {
            listed.add(matcher.group(1).trim());
        }
        Set<String> persistent = linli.stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                        || c.isAnnotatedWith(Converter.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(persistent);
    }

    /** Payara scans only the listed packages for OpenAPI, so each package with a resource must be listed. */
    @Test
    void openApiScansEveryRestPackage() throws IOException {
        Properties config = new Properties();
        config.load(new StringReader(resource("META-INF/microprofile-config.properties")));
        Set<String> scanned = Arrays.stream(config.getProperty("mp.openapi.scan.packages").split(","))
                .map(String::trim).collect(Collectors.toSet());
        Set<String> withResources = linli.stream()
                .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class)
                        || c.isAssignableTo(Application.class))
                .map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(scanned).containsAll(withResources);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfigurationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
