package org.linli.billing.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.PaymentPort;

import java.time.Instant;

/**
 * One attempt to collect an order's or a module invoice's amount at the gateway (支付单), under its own
 * {@link TradeNumber}. It is what the gateway's notifies, trade queries and bill lines are matched against.
 * {@code WAITING → PAID} (once, with the gateway's trade number and payment time) or {@code WAITING → CLOSED} when
 * it timed out unpaid; refunds are kept as {@link PaymentRefund}s and summed in {@code refunded}.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.attempts.ORDER", query = "select p from Payment p where p.orderId = :id order by p.id desc")
@NamedQuery(name = "Payment.byTradeNumber", query = "select p from Payment p where p.tradeNumber = :number")
@NamedQuery(name = "Payment.attempts.INVOICE",
        query = "select p from Payment p where p.invoiceId = :id order by p.id desc")
public class Payment extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "trade_number", nullable = false, length = 64)
    private String tradeNumber;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "invoice_id")
    private Long invoiceId;

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
        if (number.subject() == TradeNumber.Subject.ORDER) {
            this.orderId = number.subjectId();
        } else {
            this.invoiceId = number.subjectId();
        }
        this.amountFen = amount.fen();
        this.channel = channel;
        this.status = PaymentStatus.WAITING;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    /** The payment attempts for one order or invoice, newest first. */
    static TypedQuery<Payment> attempts(EntityManager em, TradeNumber.Subject subject, long subjectId) {
        return em.createNamedQuery("Payment.attempts." + subject.name(), Payment.class).setParameter("id", subjectId);
    }

    /** The payment under a trade number, if it is one of the tenant's. */
    static TypedQuery<Payment> byTradeNumber(EntityManager em, String tradeNumber) {
        return em.createNamedQuery("Payment.byTradeNumber", Payment.class).setParameter("number", tradeNumber);
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

    /**
     * Refuses a refund of {@code amount} beyond what this payment can still give back: what it collected, less what
     * was refunded from it and what is {@code beingRefunded} (written down, not yet answered).
     */
    void checkRefund(Money amount, Money beingRefunded) {
        Money left = amount().minus(refunded()).minus(beingRefunded);
        if (amount.isNegative() || amount.isZero() || amount.compareTo(left) > 0) {
            throw DomainException.conflict("refund_exceeds_payment",
                    (left.isNegative() ? Money.ZERO : left).toYuanString());
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

    public TradeNumber.Subject subject() {
        return orderId != null ? TradeNumber.Subject.ORDER : TradeNumber.Subject.INVOICE;
    }

    /** The order or invoice paid. */
    public long subjectId() {
        return orderId != null ? orderId : invoiceId;
    }

    /** The order paid; only for an order's payment. */
    public OrderId order() {
        if (orderId == null) {
            throw new IllegalStateException(tradeNumber + " pays no order");
        }
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
