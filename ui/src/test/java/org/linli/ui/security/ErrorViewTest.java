package org.linli.ui.security;

import org.junit.jupiter.api.Test;
import org.linli.platform.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** The error page speaks both languages about every kind of failure it tells apart. */
class ErrorViewTest {

    @Test
    void everyKindOfFailureHasATitleAndATextInChineseAndEnglish() {
        for (ErrorView.Kind kind : ErrorView.Kind.values()) {
            for (String part : new String[] {".title", ".text"}) {
                String key = "error." + kind.key() + part;
                assertThat(Messages.has(Messages.CHINESE, key)).as("zh-CN " + key).isTrue();
                assertThat(Messages.has(Messages.ENGLISH, key)).as("en " + key).isTrue();
            }
        }
    }

    @Test
    void aFailureNamesItsReferenceInBothLanguages() {
        assertThat(Messages.get(Messages.CHINESE, "error.failure.text", "ab12cd34")).contains("ab12cd34");
        assertThat(Messages.get(Messages.ENGLISH, "error.failure.text", "ab12cd34")).contains("ab12cd34");
    }
}
