package org.linli.tenants.privacy;

import org.junit.jupiter.api.Test;
import org.linli.platform.security.Role;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-role policy, as REST, grids and exports apply it. */
class DisclosedTest {

    @Test
    void tenantOperatorsSeeInternalValuesAndMayRevealSealedOnes() {
        Disclosed operator = defaults(Role.TENANT_OPERATOR);
        assertThat(operator.show(PersonalField.NAME, "张三")).isEqualTo("张三");
        assertThat(operator.show(PersonalField.MOBILE, "13812345678")).isEqualTo("138****5678");
        assertThat(operator.mayReveal(PersonalField.MOBILE)).isTrue();
        assertThat(operator.mayReveal(PersonalField.ID_NUMBER)).isTrue();
        assertThat(operator.mayReveal(PersonalField.NAME)).isFalse();
    }

    @Test
    void providerStaffSeeMaskedNamesAndNoIdNumbers() {
        Disclosed provider = defaults(Role.PROVIDER_STAFF);
        assertThat(provider.show(PersonalField.NAME, "张三")).isEqualTo("张*");
        assertThat(provider.show(PersonalField.MOBILE, "13812345678")).isEqualTo("138****5678");
        assertThat(provider.show(PersonalField.ID_NUMBER, "320102195003141235")).isNull();
        assertThat(provider.isVisible(PersonalField.ID_NUMBER)).isFalse();
        assertThat(provider.mayReveal(PersonalField.MOBILE)).isFalse();
    }

    @Test
    void supervisorsReceiveNoPersonalValueAtAll() {
        Disclosed supervisor = defaults(Role.SUPERVISOR);
        for (PersonalField field : PersonalField.values()) {
            assertThat(supervisor.show(field, "x-value")).as(field.name()).isNull();
            assertThat(supervisor.mayReveal(field)).isFalse();
        }
    }

    @Test
    void noRoleMeansNothingVisible() {
        assertThat(PlatformPrivacyPolicy.visibility(null, PrivacyLevel.PUBLIC)).isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void aTighteningRuleWinsOverTheDefaultAndLooseningIsImpossibleByConstruction() {
        assertThat(Visibility.strictest(Visibility.FULL, Visibility.MASKED)).isEqualTo(Visibility.MASKED);
        assertThat(Visibility.strictest(Visibility.HIDDEN, Visibility.FULL)).isEqualTo(Visibility.HIDDEN);
        assertThat(Visibility.MASKED.isStricterThan(Visibility.FULL)).isTrue();
        assertThat(Visibility.FULL.isStricterThan(Visibility.MASKED)).isFalse();
    }

    private static Disclosed defaults(Role role) {
        Map<PrivacyLevel, Visibility> cells = new EnumMap<>(PrivacyLevel.class);
        for (PrivacyLevel level : PrivacyLevel.values()) {
            cells.put(level, PlatformPrivacyPolicy.visibility(role, level));
        }
        return new Disclosed(cells);
    }
}
