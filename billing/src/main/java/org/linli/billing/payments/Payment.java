package org.linli.billing.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PaymentPort;

import java.time.Instant;

/**
 * One attempt to collect an order's amount at the gateway (支付单), under its own {@link TradeNumber}. It is what the
 * gateway's notifies, trade queries and bill lines are matched against. {@code WAITING → PAID} (once, with the
 * gateway's trade number and payment time) or {@code WAITING → CLOSED} when it timed out unpaid; refunds are kept as
 * {@link PaymentRefund}s and summed in {@code refunded}.
 */
@Entity
@Table(name = "payment")
public class Payment extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "trade_number", nullable = false, length = 64)
    private String tradeNumber;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private PaymentPort.Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PaymentStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "gateway_trade_no", length = 64)
    private String gatewayTradeNo;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    protected Payment() {
    }

    public Payment(TradeNumber number, Money amount, PaymentPort.Channel channel, Instant openedAt,
                   Instant expiresAt) {
        this.tradeNumber = number.toString();
        this.orderId = number.order().value();
        this.amountFen = amount.fen();
        this.channel = channel;
        this.status = PaymentStatus.WAITING;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    /** Records the gateway's word that the payer paid; false when it was already recorded. */
    boolean markPaid(String gatewayTradeNo, Instant paidAt) {
        if (status == PaymentStatus.PAID) {
            return false;
        }
        this.status = PaymentStatus.PAID;
        this.gatewayTradeNo = gatewayTradeNo;
        this.paidAt = paidAt;
        this.closedAt = null;
        return true;
    }

    void markClosed(Instant at) {
        if (status == PaymentStatus.WAITING) {
            this.status = PaymentStatus.CLOSED;
            this.closedAt = at;
        }
    }

    void addRefund(Money amount) {
        this.refundedFen += amount.fen();
    }

    public long id() {
        return id;
    }

    public String tradeNumber() {
        return tradeNumber;
    }

    public OrderId order() {
        return new OrderId(orderId);
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public PaymentPort.Channel channel() {
        return channel;
    }

    public PaymentStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String gatewayTradeNo() {
        return gatewayTradeNo;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Money refunded() {
        return Money.fen(refundedFen);
    }

    @Override
    public String auditName() {
        return "payment:" + tradeNumber;
    }
}
