package org.linli.infra.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WAR as packaged carries the part of BouncyCastle that Shiro's password hashes reach, not BouncyCastle's jar
 * (see infra's POM), and Linli's password hashing works with exactly the WAR's libraries. Nothing here starts a
 * server: it reads the archive and hashes in a class loader that sees only the WAR's jars and the JDK.
 */
class PackagedBouncyCastleIT {

    private static final String TRIMMED = "WEB-INF/lib/infra-bcprov-for-shiro.jar";

    @Test
    void theWarCarriesAFewHundredBouncyCastleClassesInsteadOfItsSixThousand() throws IOException {
        List<String> classes = new ArrayList<>();
        try (ZipFile war = war()) {
            assertThat(war.stream().map(ZipEntry::getName)).noneMatch(name -> name.contains("bcprov-jdk"));
            assertThat(war.getEntry(TRIMMED)).isNotNull();
            try (JarInputStream trimmed = new JarInputStream(war.getInputStream(war.getEntry(TRIMMED)))) {
                for (ZipEntry entry; (entry = trimmed.getNextEntry()) != null; ) {
                    if (entry.getName().endsWith(".class")) {
                        classes.add(entry.getName());
                    }
                }
            }
        }
        assertThat(classes).contains("org/bouncycastle/crypto/generators/Argon2BytesGenerator.class",
                "org/bouncycastle/crypto/generators/OpenBSDBCrypt.class");
        assertThat(classes).hasSizeBetween(100, 1_000);
        assertThat(classes).noneMatch(name -> name.startsWith("org/bouncycastle/jce/"));
    }

    @Test
    void passwordsHashAndVerifyWithTheWarsLibrariesAlone() throws Exception {
        List<URL> libraries = new ArrayList<>();
        for (Path library : extractedLibraries()) {
            libraries.add(library.toUri().toURL());
        }
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(libraries.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            // Shiro finds its hash algorithms through the context class loader, as it does in the server.
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> hasherType = loader.loadClass("org.linli.platform.identity.internal.PasswordHasher");
            Object hasher = hasherType.getConstructor().newInstance();
            Method hash = hasherType.getMethod("hash", char[].class);
            Method matches = hasherType.getMethod("matches", char[].class, String.class);

            String stored = (String) hash.invoke(hasher, (Object) "linli-demo".toCharArray());

            assertThat(stored).startsWith("$shiro2$argon2id$");
            assertThat(matches.invoke(hasher, "linli-demo".toCharArray(), stored)).isEqualTo(true);
            assertThat(matches.invoke(hasher, "linli-demO".toCharArray(), stored)).isEqualTo(false);
            assertThat(hasherType.getClassLoader()).isSameAs(loader);
        } finally {
            Thread.currentThread().setContextClassLoader(caller);
        }
    }

    @TempDir
    Path unpacked;

    private static ZipFile war() throws IOException {
        return new ZipFile(System.getProperty("linli.it.war", "target/infra.war"));
    }

    /** The WAR's libraries, copied out of the archive in one pass. */
    private List<Path> extractedLibraries() throws IOException {
        List<Path> libraries = new ArrayList<>();
        try (ZipFile war = war()) {
            for (ZipEntry entry : war.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    Path file = unpacked.resolve(name.substring("WEB-INF/lib/".length()));
                    try (InputStream in = war.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                    libraries.add(file);
                }
            }
        }
        return libraries;
    }
}
