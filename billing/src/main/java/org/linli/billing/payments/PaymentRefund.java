package org.linli.billing.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * Money the gateway gave back from a payment under one request number ({@code out_request_no}); the same number
 * never refunds twice, at the gateway or here (unique per tenant).
 */
@Entity
@Table(name = "payment_refund")
public class PaymentRefund extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_refund_seq")
    @SequenceGenerator(name = "payment_refund_seq", sequenceName = "payment_refund_seq", allocationSize = 50)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Column(name = "request_no", nullable = false, length = 64)
    private String requestNo;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "refunded_at", nullable = false)
    private Instant refundedAt;

    protected PaymentRefund() {
    }

    PaymentRefund(Payment payment, String requestNo, Money amount, Instant refundedAt) {
        this.paymentId = payment.id();
        this.requestNo = requestNo;
        this.amountFen = amount.fen();
        this.refundedAt = refundedAt;
    }

    public long paymentId() {
        return paymentId;
    }

    public String requestNo() {
        return requestNo;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public Instant refundedAt() {
        return refundedAt;
    }
}
