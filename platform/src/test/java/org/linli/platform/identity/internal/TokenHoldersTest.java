package org.linli.platform.identity.internal;

import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class TokenHoldersTest {

    private final TokenHolders holders = new TokenHolders();
    private final LoginName opsA = new LoginName("ops-a", TenantId.of(1), 7);

    @Test
    void aRememberedTokenNamesItsHolderUntilForgotten() {
        holders.remember("llt_first", opsA);

        assertThat(holders.of("llt_first")).containsSame(opsA);
        assertThat(holders.of("llt_other")).isEmpty();
        holders.forget("llt_first");
        assertThat(holders.of("llt_first")).isEmpty();
    }

    @Test
    void whatIsNotATokenIsNeverLookedUp() {
        assertThat(holders.of(null)).isEmpty();
        assertThat(holders.of("Basic b3BzLWE6c2VjcmV0")).isEmpty();
        holders.forget(null);
    }
}
