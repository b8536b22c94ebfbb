package org.linli.platform.tenancy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInEditionsTest {

    private static final TenantId TENANT = TenantId.of(1);

    @Test
    void theSignedInTenantsEditionIsTheNumberTheSignInRead() {
        SignedInEditions editions = new SignedInEditions(TENANT, Map.of(Edition.CATALOGUE, 7L));

        assertThat(editions.of(TENANT, Edition.CATALOGUE)).contains(7L);
    }

    @Test
    void aSubjectWithoutARowIsAtEditionZero() {
        SignedInEditions editions = new SignedInEditions(TENANT, Map.of());

        assertThat(editions.of(TENANT, Edition.CATALOGUE)).contains(0L);
    }

    @Test
    void anotherTenantGetsNoEditionFromThisSignIn() {
        SignedInEditions editions = new SignedInEditions(TENANT, Map.of(Edition.CATALOGUE, 7L));

        assertThat(editions.of(TenantId.of(2), Edition.CATALOGUE)).isEmpty();
    }

    @Test
    void aSubjectTheSignInDoesNotReadHasNoEditionFromIt() {
        SignedInEditions editions = new SignedInEditions(TENANT, Map.of(Edition.CATALOGUE, 7L));

        assertThat(editions.of(TENANT, "notices")).isEmpty();
    }
}
