package org.linli.infra.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules about the source tree that compiled classes cannot show: the compiler writes no class for a package-info that
 * carries only Javadoc, and a string constant leaves no trace of where it was written. The tests run in the infra
 * module, which sits beside every other module of the build.
 */
class SourceTreeTest {

    private static final List<String> MODULES = List.of("platform", "tenants", "billing", "ui", "infra");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+)\\.(\\w+);");

    /** A newcomer opening any package finds what it is for, its entry point and what it must not do. */
    @Test
    void everyPackageExplainsItself() {
        Set<String> unexplained = mainSources()
                .map(Path::getParent).distinct()
                .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                .map(SourceTreeTest::packageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unexplained).as("packages without package-info.java").isEmpty();
    }

    /** China has one time zone; a second spelling of it would be a second place to change. */
    @Test
    void chinasZoneIsNamedOnce() {
        Set<String> spelling = mainSources()
                .filter(source -> !source.endsWith("ChinaTime.java"))
                .filter(source -> code(source).contains("\"Asia/Shanghai\""))
                .map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        assertThat(spelling).as("sources spelling the zone instead of using ChinaTime").isEmpty();
    }

    /**
     * Types are imported and named by their simple name; a fully qualified name in code is left only where the simple
     * name would clash (with {@code java.lang}, an import, a type of the same package or another type of that name).
     */
    @Test
    void codeNamesTypesByImport() {
        Set<String> inline = Stream.concat(mainSources(), sources("test"))
                .filter(source -> !source.endsWith("package-info.java"))
                .flatMap(source -> needlessQualifiedNames(source).stream().map(name -> source + ": " + name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inline).as("fully qualified names that an import would shorten").isEmpty();
    }

    /**
     * A REST request says what it requires with {@code @NotNull} (see ConstraintViolationMapper); a resource checks
     * by hand only what no annotation can say or what would break the OpenAPI document ({@code @NotBlank} on a
     * parameter or record component does, see ArchitectureTest).
     */
    @Test
    void restResourcesLeaveRequiredFieldsToBeanValidation() {
        Map<String, String> byHand = Map.ofEntries(
                Map.entry("TokenResource.java", "a blank username or password is missing too"),
                Map.entry("LedgerResource.java", "a blank reference is missing too"),
                Map.entry("SplitResource.java", "a blank party is missing too"),
                Map.entry("ParkingResource.java", "a blank Idempotency-Key header is missing too"),
                Map.entry("ParcelResource.java", "a blank Idempotency-Key header is missing too"),
                Map.entry("OrderResource.java", "a blank Idempotency-Key header is missing too"),
                Map.entry("UserResource.java", "an empty list of ids is missing too"),
                Map.entry("VehicleResource.java", "the household is required only when no plate is given"),
                Map.entry("AdServingResource.java", "the tenant is parsed: an unreadable one is missing too"),
                Map.entry("FileBodies.java", "an uploaded stream, named by its form field"),
                Map.entry("ResidentFileResource.java", "a multipart part, named by its form field"));
        Pattern required = Pattern.compile("FieldError\\.of\\([^;]*?\"required\"", Pattern.DOTALL);
        Set<String> checkedByHand = Stream.of("platform", "tenants", "billing").map(SourceTreeTest::sourceRoot)
                .flatMap(SourceTreeTest::javaFiles)
                .filter(source -> source.getParent().endsWith("rest"))
                .filter(source -> !byHand.containsKey(source.getFileName().toString()))
                .filter(source -> required.matcher(code(source)).find())
                .map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        assertThat(checkedByHand).as("REST sources checking by hand what @NotNull says").isEmpty();
    }

    /** Folder names lead a newcomer to a capability only if the README's map of the code names every folder. */
    @Test
    void theReadmeNamesEveryFeaturePackage() {
        String readme = read(Path.of("..", "README.md"));
        String map = readme.substring(readme.indexOf("## Where things are"));
        Set<String> unnamed = Stream.concat(MODULES.stream().map(module -> sourceRoot(module).resolve(module)),
                        Stream.of(sourceRoot("ui").resolve(Path.of("ui", "console"))))
                .flatMap(SourceTreeTest::subFolders)
                .filter(folder -> !map.contains("`" + folder.getFileName() + "`"))
                .map(SourceTreeTest::packageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unnamed).as("packages missing from the README's \"Where things are\"").isEmpty();
    }

    private static Path sourceRoot(String module) {
        return Path.of("..", module, "src", "main", "java", "org", "linli");
    }

    private static Stream<Path> subFolders(Path folder) {
        return below(folder, 1, Files::isDirectory);
    }

    private static Stream<Path> mainSources() {
        return sources("main");
    }

    private static Stream<Path> sources(String set) {
        return MODULES.stream().map(module -> Path.of("..", module, "src", set, "java"))
                .filter(root -> !set.equals("test") || Files.isDirectory(root))
                .peek(root -> assertThat(root).as("the module's sources, beside infra").isDirectory())
                .flatMap(SourceTreeTest::javaFiles);
    }

    private static List<String> needlessQualifiedNames(Path source) {
        String text = read(source);
        String code = QualifiedNames.codeOnly(text);
        Map<String, Set<String>> bySimpleName = new HashMap<>();
        Matcher qualified = QualifiedNames.QUALIFIED.matcher(code);
        while (qualified.find()) {
            bySimpleName.computeIfAbsent(qualified.group(2), simple -> new TreeSet<>()).add(qualified.group(1));
        }
        Matcher imported = IMPORT.matcher(text);
        Map<String, String> imports = new HashMap<>();
        while (imported.find()) {
            imports.put(imported.group(2), imported.group(1));
        }
        Path folder = source.getParent();
        return bySimpleName.entrySet().stream()
                .filter(named -> named.getValue().size() == 1)
                .filter(named -> !QualifiedNames.inJavaLang(named.getKey()))
                .filter(named -> !imports.containsKey(named.getKey())
                        || imports.get(named.getKey()).equals(named.getValue().iterator().next()))
                .filter(named -> !Files.exists(folder.resolve(named.getKey() + ".java")))
                .filter(named -> !Pattern.compile("\\b(class|interface|enum|record) " + named.getKey() + "\\b")
                        .matcher(code).find())
                .map(named -> named.getValue().iterator().next() + "." + named.getKey())
                .toList();
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        return below(root, Integer.MAX_VALUE, path -> path.toString().endsWith(".java"));
    }

    /** What lies below {@code root}, down to {@code depth} levels, that {@code wanted} accepts. */
    private static Stream<Path> below(Path root, int depth, Predicate<Path> wanted) {
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(path -> !path.equals(root)).filter(wanted).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageName(Path folder) {
        Path relative = folder.subpath(folder.getNameCount() - 1, folder.getNameCount());
        for (Path up = folder.getParent(); up != null && !up.endsWith(Path.of("src", "main", "java"));
             up = up.getParent()) {
            relative = up.getFileName().resolve(relative);
        }
        return relative.toString().replace(folder.getFileSystem().getSeparator(), ".");
    }

    /** The source without its comment lines, so that Javadoc may still say which zone it means. */
    private static String code(Path source) {
        try {
            return Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.stripLeading().startsWith("*") && !line.stripLeading().startsWith("//")
                            && !line.stripLeading().startsWith("/*"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
