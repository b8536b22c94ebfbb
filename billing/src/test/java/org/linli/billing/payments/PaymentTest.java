package org.linli.billing.payments;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PaymentPort;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final Instant OPENED = Instant.parse("2026-11-28T02:00:00Z");

    private static Payment payment() {
        return new Payment(TradeNumber.ofOrder(TenantId.of(3), new OrderId(7), 1), Money.fen(8_800),
                PaymentPort.Channel.PHONE, OPENED, OPENED.plusSeconds(900));
    }

    @Test
    void isPaidOnceWhateverTheGatewaySaysAfterwards() {
        Payment payment = payment();
        assertThat(payment.tradeNumber()).isEqualTo("LL3_7_1");
        assertThat(payment.order()).isEqualTo(new OrderId(7));
        assertThat(payment.markPaid("2026112822001", OPENED.plusSeconds(60))).isTrue();
        assertThat(payment.markPaid("2026112822999", OPENED.plusSeconds(90))).as("a duplicate notify").isFalse();
        assertThat(payment.gatewayTradeNo()).isEqualTo("2026112822001");
        assertThat(payment.paidAt()).isEqualTo(OPENED.plusSeconds(60));
        payment.markClosed(OPENED.plusSeconds(1_000));
        assertThat(payment.status()).as("a paid trade is never closed unpaid").isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aWaitingPaymentClosesAndAPaymentNotifiedLaterStillCounts() {
        Payment payment = payment();
        payment.markClosed(OPENED.plusSeconds(1_000));
        assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(payment.closedAt()).isEqualTo(OPENED.plusSeconds(1_000));
        // Money the gateway took is a fact even after we gave up waiting: it is recorded (and given back).
        assertThat(payment.markPaid("2026112822001", OPENED.plusSeconds(800))).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payment.closedAt()).isNull();
        payment.addRefund(Money.fen(8_800));
        assertThat(payment.refunded()).isEqualTo(Money.fen(8_800));
    }

    @Test
    void neverGivesBackMoreThanItCollectedLessWhatWasOrIsBeingRefunded() {
        Payment payment = payment();
        payment.markPaid("2026112822001", OPENED.plusSeconds(60));
        payment.checkRefund(Money.fen(8_800), Money.ZERO);
        payment.addRefund(Money.fen(3_000));
        payment.checkRefund(Money.fen(5_800), Money.ZERO);
        assertThatThrownBy(() -> payment.checkRefund(Money.fen(5_801), Money.ZERO))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("refund_exceeds_payment");
        assertThatThrownBy(() -> payment.checkRefund(Money.fen(1_000), Money.fen(5_000)))
                .as("another refund is already on its way").isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> payment.checkRefund(Money.ZERO, Money.ZERO)).isInstanceOf(DomainException.class);
    }

    @Test
    void aCheckoutsPaymentNamesItsSubjectAndSellerAndIsNoOrdersPayment() {
        Payment payment = new Payment(TradeNumber.ofCheckout(TenantId.of(3),
                CheckoutPort.Purpose.FLEA_RESERVATION, 7, 2), Money.fen(3_000),
                PaymentPort.Channel.PHONE, OPENED, OPENED.plusSeconds(900)).forSeller(42L);
        assertThat(payment.tradeNumber()).isEqualTo("LF3_7_2");
        assertThat(payment.subject()).isEqualTo(TradeNumber.Subject.FLEA);
        assertThat(payment.subjectId()).isEqualTo(7);
        assertThat(payment.sellerResidentId()).isEqualTo(42L);
        assertThatThrownBy(payment::order).isInstanceOf(IllegalStateException.class);
        assertThat(payment.markPaid("2026120422001", OPENED.plusSeconds(60))).isTrue();
        payment.refusedBy("flea_reservation_not_payable");
        assertThat(payment.refusal()).isEqualTo("flea_reservation_not_payable");
    }
}
