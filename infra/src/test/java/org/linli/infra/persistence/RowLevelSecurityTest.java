package org.linli.infra.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowLevelSecurityTest {

    private static final RowLevelSecurity.RoleFacts ORDINARY = new RowLevelSecurity.RoleFacts(false, false, 0);

    @Test
    void anOrdinaryRoleThatOwnsNothingIsBoundByThePolicies() {
        assertThat(RowLevelSecurity.decide(ORDINARY, "linli_app", false)).isEqualTo(RowLevelSecurity.Status.ON);
        assertThat(RowLevelSecurity.decide(ORDINARY, "linli_app", true)).isEqualTo(RowLevelSecurity.Status.ON);
    }

    @Test
    void anOwnerASuperuserOrABypassingRoleStopsTheStartAndTheMessageNamesTheFix() {
        for (RowLevelSecurity.RoleFacts facts : new RowLevelSecurity.RoleFacts[] {
                new RowLevelSecurity.RoleFacts(false, false, 84), new RowLevelSecurity.RoleFacts(true, false, 0),
                new RowLevelSecurity.RoleFacts(false, true, 0)}) {
            assertThatThrownBy(() -> RowLevelSecurity.decide(facts, "linli", false)).as(facts.toString())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'linli'")
                    .hasMessageContaining("linli.db.migration-user")
                    .hasMessageContaining("linli.db.user")
                    .hasMessageContaining("linli.db.allow-rls-bypass=true");
        }
    }

    @Test
    void theReasonsAreSpelledOut() {
        assertThat(new RowLevelSecurity.RoleFacts(true, true, 3).bypasses())
                .containsExactly("is a superuser", "has BYPASSRLS", "owns 3 of the tables");
        assertThat(ORDINARY.bypasses()).isEmpty();
    }

    @Test
    void anOperatorWhoAcceptsTheRiskRunsWithRowLevelSecurityOff() {
        assertThat(RowLevelSecurity.decide(new RowLevelSecurity.RoleFacts(false, false, 84), "linli", true))
                .isEqualTo(RowLevelSecurity.Status.OFF);
    }
}
