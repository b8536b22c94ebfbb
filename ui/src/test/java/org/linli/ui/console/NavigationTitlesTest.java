package org.linli.ui.console;

import org.junit.jupiter.api.Test;
import org.linli.platform.i18n.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A console page is called what its side-nav entry calls it: its browser title and its heading begin with the entry's
 * words, in Chinese and in English. Read from the sources, since the views need a running application to be built.
 */
class NavigationTitlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code add(group, "nav.x", View.class, ...)} and {@code addIf(module, group, "nav.x", View.class, ...)}. */
    private static final Pattern ENTRY = Pattern.compile(
            "add(?:If)?\\((?:[\\w.]+,\\s*)?\\w+,\\s*\"(nav\\.[\\w-]+)\",\\s*([\\w.]+)\\.class");
    private static final Pattern IMPORT = Pattern.compile("import (org\\.linli\\.[\\w.]+);");
    private static final Pattern PAGE_TITLE = Pattern.compile(
            "getPageTitle\\(\\)\\s*\\{\\s*return\\s+getTranslation\\(\"([\\w.-]+)\"");
    private static final Pattern HEADING = Pattern.compile("new H2\\(getTranslation\\(\"([\\w.-]+)\"");
    /** The home greets the person by name instead of repeating "Home". */
    private static final Set<String> GREETING_HEADINGS = Set.of("HomeView");

    record Entry(String navKey, String view) {
    }

    @Test
    void everyPageIsCalledWhatItsSideNavEntryCallsIt() throws IOException {
        List<Entry> entries = entries();
        assertThat(entries).hasSizeGreaterThan(40);
        List<String> disagreements = new ArrayList<>();
        for (Entry entry : entries) {
            String source = Files.readString(SOURCES.resolve(entry.view().replace('.', '/') + ".java"));
            String simpleName = entry.view().substring(entry.view().lastIndexOf('.') + 1);
            Matcher title = PAGE_TITLE.matcher(source);
            if (!title.find()) {
                disagreements.add(simpleName + " has no page title of its own");
                continue;
            }
            compare(entry, simpleName + " title", title.group(1), disagreements);
            Matcher heading = HEADING.matcher(source);
            if (heading.find() && !GREETING_HEADINGS.contains(simpleName)) {
                compare(entry, simpleName + " heading", heading.group(1), disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static void compare(Entry entry, String what, String key, List<String> disagreements) {
        for (Locale locale : Messages.SUPPORTED) {
            Map<String, String> texts = Messages.all(locale);
            String nav = texts.get(entry.navKey());
            String page = texts.get(key);
            if (nav == null || page == null || !page.startsWith(nav)) {
                disagreements.add(what + " (" + locale + "): " + key + "=" + page + " but " + entry.navKey() + "="
                        + nav);
            }
        }
    }

    /** The side-nav's entries with their views' fully qualified names. */
    private static List<Entry> entries() throws IOException {
        String layout = Files.readString(SOURCES.resolve("org/linli/ui/console/MainLayout.java"));
        List<String> imports = IMPORT.matcher(layout).results().map(m -> m.group(1)).toList();
        List<Entry> entries = new ArrayList<>();
        Matcher entry = ENTRY.matcher(layout);
        while (entry.find()) {
            String view = entry.group(2);
            if (!view.contains(".")) {
                view = imports.stream().filter(i -> i.endsWith("." + entry.group(2))).findFirst()
                        .orElse(MainLayout.class.getPackageName() + "." + view);
            }
            entries.add(new Entry(entry.group(1), view));
        }
        return entries;
    }
}
