package org.linli.platform.crypto;

import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataVaultTest {

    private static final TenantId A = TenantId.of(1);
    private static final TenantId B = TenantId.of(2);
    private final String k1 = randomKey();
    private final String k2 = randomKey();
    private final String indexKey = randomKey();
    private final PersonalDataVault vault = new PersonalDataVault(CipherKeys.parse("k1:" + k1, "k1", indexKey));

    @Test
    void sealsSoThatOnlyTheSameTenantCanOpen() {
        String sealed = TenantContext.callAs(A, () -> vault.seal("13812345678"));
        assertThat(sealed).startsWith("v1:k1:").doesNotContain("13812345678");
        assertThat(TenantContext.callAs(A, () -> vault.seal("13812345678"))).isNotEqualTo(sealed);
        assertThat(TenantContext.callAs(A, () -> vault.open(sealed))).isEqualTo("13812345678");
        assertThatThrownBy(() -> TenantContext.callAs(B, () -> vault.open(sealed)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        String sealed = TenantContext.callAs(A, () -> vault.seal("320102199001011234"));
        int payload = sealed.lastIndexOf(':') + 1;
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(payload));
        bytes[bytes.length / 2] ^= 0x01;
        String tampered = sealed.substring(0, payload) + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> TenantContext.callAs(A, () -> vault.open(tampered)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreRecognisedForResealing() {
        String old = TenantContext.callAs(A, () -> vault.seal("13812345678"));
        PersonalDataVault rotated = new PersonalDataVault(CipherKeys.parse("k1:" + k1 + ",k2:" + k2, "k2", indexKey));
        assertThat(TenantContext.callAs(A, () -> rotated.open(old))).isEqualTo("13812345678");
        assertThat(rotated.sealedWithOldKey(old)).isTrue();
        String fresh = TenantContext.callAs(A, () -> rotated.seal("13812345678"));
        assertThat(fresh).startsWith("v1:k2:");
        assertThat(rotated.sealedWithOldKey(fresh)).isFalse();
    }

    @Test
    void blindIndexesMatchWithinATenantOnly() {
        String a1 = TenantContext.callAs(A, () -> vault.index("13812345678"));
        assertThat(TenantContext.callAs(A, () -> vault.index("13812345678"))).isEqualTo(a1).hasSize(40);
        assertThat(TenantContext.callAs(A, () -> vault.index("13812345679"))).isNotEqualTo(a1);
        assertThat(TenantContext.callAs(B, () -> vault.index("13812345678"))).isNotEqualTo(a1);
    }

    @Test
    void keysMustBeAes256() {
        assertThatThrownBy(() -> CipherKeys.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "k1",
                indexKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CipherKeys.parse("k1:" + k1, "k9", indexKey))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
