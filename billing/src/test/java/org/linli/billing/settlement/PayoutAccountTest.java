package org.linli.billing.settlement;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayoutAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void anAlipayUserIdIsSixteenDigitsFrom2088AndTheHolderIsNamed() {
        PayoutAccount account = new PayoutAccount(Payee.PROVIDER, 12L);
        account.propose(" 2088102146000001 ", " 安心家政 ", "finance-a", NOW);
        assertThat(account.pendingAlipayUserId()).contains("2088102146000001");
        assertThat(account.pendingHolder()).isEqualTo("安心家政");
        assertThat(account.auditName()).isEqualTo("payout-account:PROVIDER:12");

        for (String wrong : new String[] {null, "", "1088102146000001", "208810214600000", "2088102146000001x"}) {
            assertThatThrownBy(() -> account.propose(wrong, "安心家政", "finance-a", NOW))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).field())
                            .isEqualTo("alipayUserId"));
        }
        assertThatThrownBy(() -> account.propose("2088102146000001", " ", "finance-a", NOW))
                .isInstanceOf(DomainException.class);
        assertThat(account.pendingAlipayUserId()).as("unchanged by refused proposals").contains("2088102146000001");
    }

    @Test
    void aProposalIsInForceOnlyOnceAnotherPersonConfirmsIt() {
        PayoutAccount account = new PayoutAccount(Payee.TENANT, null);
        account.propose("2088102146000001", "新华街道", "finance-a", NOW);
        assertThat(account.inForce()).isFalse();
        assertThatThrownBy(() -> account.confirm("finance-a", NOW)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "four_eyes");
        account.confirm("cashier-a", NOW);
        assertThat(account.inForce()).isTrue();
        assertThat(account.alipayUserId()).isEqualTo("2088102146000001");
        assertThat(account.confirmedBy()).isEqualTo("cashier-a");
        assertThat(account.pendingAlipayUserId()).isEmpty();

        account.propose("2088102146000002", "新华街道", "cashier-a", NOW);
        assertThat(account.alipayUserId()).as("the account in force until confirmed").isEqualTo("2088102146000001");
        account.withdraw();
        assertThat(account.pendingAlipayUserId()).isEmpty();
        assertThatThrownBy(() -> account.confirm("finance-a", NOW)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "payout_account_no_change");
        assertThat(account.alipayUserId()).isEqualTo("2088102146000001");
    }
}
