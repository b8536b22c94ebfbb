package org.linli.platform.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAndASaltOfItsOwn() {
        String first = hasher.hash("linli-demo".toCharArray());
        String second = hasher.hash("linli-demo".toCharArray());
        assertThat(first).startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$");
        assertThat(first).isNotEqualTo(second);
        assertThat(first).doesNotContain("linli-demo");
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse ".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
    }
}
