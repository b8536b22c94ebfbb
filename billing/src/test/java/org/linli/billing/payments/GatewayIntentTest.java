package org.linli.billing.payments;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A gateway call written down before it is made is answered once: done stays done, a refusal may be tried again
 * under the same number with the amount first written, and only a pending call can be answered.
 */
class GatewayIntentTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private static GatewayIntent refund() {
        return GatewayIntent.refund("LL3_7_1", "R7-0", Money.fen(8_800), "订单退款", AT);
    }

    @Test
    void isPendingUntilTheGatewayAnswersAndDoneOnlyOnce() {
        GatewayIntent intent = refund();
        assertThat(intent.status()).isEqualTo(GatewayIntent.Status.PENDING);
        assertThat(intent.kind()).isEqualTo(GatewayIntent.Kind.REFUND);
        assertThat(intent.amount()).isEqualTo(Money.fen(8_800));
        intent.attempt();
        assertThat(intent.complete("R7-0", AT.plusSeconds(2))).isTrue();
        assertThat(intent.status()).isEqualTo(GatewayIntent.Status.DONE);
        assertThat(intent.finishedAt()).isEqualTo(AT.plusSeconds(2));
        assertThat(intent.complete("R7-0", AT.plusSeconds(9))).as("answered twice").isFalse();
        assertThat(intent.finishedAt()).isEqualTo(AT.plusSeconds(2));
    }

    @Test
    void aDoneCallIsNeverMadeAgainNorRefused() {
        GatewayIntent intent = refund();
        intent.complete("R7-0", AT);
        intent.retry();
        assertThat(intent.status()).as("retrying a done call").isEqualTo(GatewayIntent.Status.DONE);
        assertThatThrownBy(intent::attempt).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> intent.fail("ACQ.TRADE_HAS_CLOSE", AT)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
    }

    @Test
    void aRefusedCallIsTriedAgainUnderItsNumberWithItsFirstAmount() {
        GatewayIntent intent = refund();
        intent.fail("ACQ.SELLER_BALANCE_NOT_ENOUGH", AT);
        assertThat(intent.status()).isEqualTo(GatewayIntent.Status.FAILED);
        assertThat(intent.outcome()).isEqualTo("ACQ.SELLER_BALANCE_NOT_ENOUGH");
        assertThatThrownBy(() -> intent.complete("R7-0", AT)).as("a refusal is not answered again")
                .isInstanceOf(DomainException.class);
        intent.retry();
        assertThat(intent.status()).isEqualTo(GatewayIntent.Status.PENDING);
        assertThat(intent.outcome()).isNull();
        assertThat(intent.requestNo()).isEqualTo("R7-0");
        assertThat(intent.amount()).isEqualTo(Money.fen(8_800));
        intent.attempt();
        assertThat(intent.attempts()).isEqualTo(1);
    }

    @Test
    void closesCarryNoMoneyAndRefundsAndSettlesMustMoveSome() {
        GatewayIntent close = GatewayIntent.close("LL3_7_1", AT);
        assertThat(close.requestNo()).isEqualTo("LL3_7_1");
        assertThat(close.amount()).isEqualTo(Money.ZERO);
        assertThat(close.auditName()).isEqualTo("gateway-intent:close:LL3_7_1");
        GatewayIntent settle = GatewayIntent.settle("2026120122001", "S9P1", "2088000000000001", Money.fen(500),
                "邻里结算 S9", AT);
        assertThat(settle.target()).isEqualTo("2088000000000001");
        assertThatThrownBy(() -> GatewayIntent.refund("LL3_7_1", "R7-0", Money.ZERO, null, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewayIntent.settle("2026", "S9P1", "2088", Money.fen(-1), null, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
