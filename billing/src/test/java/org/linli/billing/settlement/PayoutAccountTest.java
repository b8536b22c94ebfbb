package org.linli.billing.settlement;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayoutAccountTest {

    @Test
    void anAlipayUserIdIsSixteenDigitsFrom2088AndTheHolderIsNamed() {
        PayoutAccount account = new PayoutAccount(Payee.PROVIDER, 12L);
        account.change(" 2088102146000001 ", " 安心家政 ");
        assertThat(account.alipayUserId()).isEqualTo("2088102146000001");
        assertThat(account.holder()).isEqualTo("安心家政");
        assertThat(account.auditName()).isEqualTo("payout-account:PROVIDER:12");

        for (String wrong : new String[] {null, "", "1088102146000001", "208810214600000", "2088102146000001x"}) {
            assertThatThrownBy(() -> account.change(wrong, "安心家政")).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).field())
                            .isEqualTo("alipayUserId"));
        }
        assertThatThrownBy(() -> account.change("2088102146000001", " ")).isInstanceOf(DomainException.class);
        assertThat(account.alipayUserId()).as("unchanged by refused changes").isEqualTo("2088102146000001");
    }
}
