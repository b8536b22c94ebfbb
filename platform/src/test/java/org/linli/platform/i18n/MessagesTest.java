package org.linli.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenForAnyEnglishLocale() {
        assertThat(Messages.supported(null)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.supported(Locale.FRENCH)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.supported(Locale.US)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromPreferences(List.of(Locale.FRENCH, Locale.UK))).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.fromPreferences(List.of(Locale.TRADITIONAL_CHINESE, Locale.UK)))
                .isEqualTo(Messages.CHINESE);
        assertThat(Messages.fromPreferences(List.of())).isEqualTo(Messages.CHINESE);
    }

    @Test
    void formatsArgumentsAndShowsMissingKeysVisibly() {
        assertThat(Messages.get(Locale.ENGLISH, "problem.username_taken", "ops-a"))
                .isEqualTo("The username \"ops-a\" is already taken");
        assertThat(Messages.get(Messages.CHINESE, "problem.username_taken", "ops-a")).isEqualTo("用户名“ops-a”已被使用");
        assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
        assertThat(Messages.get(Locale.ENGLISH, "problem.invalid_transition", "SUSPENDED",
                new MessageKey("tenants.suspend"))).isEqualTo("Cannot \"!tenants.suspend!\" while the state is SUSPENDED");
        assertThat(Messages.get(Locale.ENGLISH, "problem.username_taken", new MessageKey("role.resident")))
                .isEqualTo("The username \"Resident\" is already taken");
    }

    @Test
    void everyTextExistsInBothLanguages() {
        assertThat(Messages.all(Messages.ENGLISH).keySet())
                .containsExactlyInAnyOrderElementsOf(Messages.all(Messages.CHINESE).keySet());
        assertThat(Messages.all(Messages.CHINESE).values()).noneMatch(String::isBlank);
    }
}
