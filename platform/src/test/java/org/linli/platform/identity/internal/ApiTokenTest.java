package org.linli.platform.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenTest {

    private final Instant issued = Instant.parse("2026-11-29T00:00:00Z");
    private final ApiToken token = new ApiToken(ApiTokens.hash("llt_x"), "ops-a", issued, issued.plusSeconds(3600));

    @Test
    void isValidUntilItExpires() {
        assertThat(token.isValidAt(issued)).isTrue();
        assertThat(token.isValidAt(issued.plusSeconds(3599))).isTrue();
        assertThat(token.isValidAt(issued.plusSeconds(3600))).isFalse();
    }

    @Test
    void aRevokedTokenIsInvalidAndKeepsItsFirstRevocationTime() {
        token.revoke(issued.plusSeconds(10));
        token.revoke(issued.plusSeconds(20));
        assertThat(token.isValidAt(issued.plusSeconds(11))).isFalse();
    }

    @Test
    void onlyTheHashIsStored() {
        assertThat(ApiTokens.hash("llt_secret")).hasSize(64).isEqualTo(ApiTokens.hash("llt_secret"))
                .isNotEqualTo(ApiTokens.hash("llt_secreT")).doesNotContain("secret");
    }
}
