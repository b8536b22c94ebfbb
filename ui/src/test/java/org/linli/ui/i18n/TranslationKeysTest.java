package org.linli.ui.i18n;

import org.junit.jupiter.api.Test;
import org.linli.platform.i18n.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text key the views ask for exists in Chinese and in English. */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9._-]+)\"\\s*[,)]");

    @Test
    void everyLiteralKeyUsedByAViewIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> {
            assertThat(Messages.has(Messages.CHINESE, key)).as("zh-CN " + key).isTrue();
            assertThat(Messages.has(Messages.ENGLISH, key)).as("en " + key).isTrue();
        });
    }

    @Test
    void theBundlesOfAllModulesAgreeOnTheirKeys() {
        assertThat(Messages.all(Messages.ENGLISH).keySet())
                .containsExactlyInAnyOrderElementsOf(Messages.all(Messages.CHINESE).keySet());
    }
}
