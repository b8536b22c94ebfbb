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
 * One attempt to collect an order's, a module invoice's or a checkout's (flea-market purchase, ad booking) amount at
 * the gateway (支付单), under its own
 * {@link TradeNumber}. It is what the gateway's notifies, trade queries and bill lines are matched against.
 * {@code WAITING → PAID} (once, with the gateway's trade number and payment time) or {@code WAITING → CLOSED} when
 * it timed out unpaid; refunds are kept as {@link PaymentRefund}s and summed in {@code refunded}.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.attempts",
        query = "select p from Payment p where p.subject = :subject and p.subjectId = :id order by p.id desc")
@NamedQuery(name = "Payment.byTradeNumber", query = "select p from Payment p where p.tradeNumber = :number")
public class Payment extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "trade_number", nullable = false, length = 64)
    private String tradeNumber;

    /** What is paid, and which one: kept for every subject; orders and invoices also keep their own column. */
    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 10)
    private TradeNumber.Subject subject;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

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

    /** Why a paid checkout was given back at once (the owning feature's refusal code), if it was. */
    @Column(name = "refusal", length = 64)
    private String refusal;

    /** The seller a flea-market purchase's money is released to after the handover; null for other subjects. */
    @Column(name = "seller_resident_id")
    private Long sellerResidentId;

    protected Payment() {
    }

    public Payment(TradeNumber number, Money amount, PaymentPort.Channel channel, Instant openedAt,
                   Instant expiresAt) {
        this.tradeNumber = number.toString();
        this.subject = number.subject();
        this.subjectId = number.subjectId();
        if (number.subject() == TradeNumber.Subject.ORDER) {
            this.orderId = number.subjectId();
        } else if (number.subject() == TradeNumber.Subject.INVOICE) {
            this.invoiceId = number.subjectId();
        }
        this.amountFen = amount.fen();
        this.channel = channel;
        this.status = PaymentStatus.WAITING;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
    }

    /** A checkout's attempt for a flea-market purchase names the seller its money is for. */
    Payment forSeller(Long sellerResidentId) {
        this.sellerResidentId = sellerResidentId;
        return this;
    }

    /** The payment attempts for one order, invoice, flea-market purchase or ad booking, newest first. */
    public static TypedQuery<Payment> attempts(EntityManager em, TradeNumber.Subject subject, long subjectId) {
        return em.createNamedQuery("Payment.attempts", Payment.class).setParameter("subject", subject)
                .setParameter("id", subjectId);
    }

    /** The payment under a trade number, if it is one of the tenant's. */
    public static TypedQuery<Payment> byTradeNumber(EntityManager em, String tradeNumber) {
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

    /** The owner of a paid checkout refused it ({@code code}): the payment is given back, and this says why. */
    void refusedBy(String code) {
        this.refusal = code;
    }

    public long id() {
        return id;
    }

    public String tradeNumber() {
        return tradeNumber;
    }

    public TradeNumber.Subject subject() {
        return subject;
    }

    /** The order, invoice, flea-market reservation or ad booking paid. */
    public long subjectId() {
        return subjectId;
    }

    public Long sellerResidentId() {
        return sellerResidentId;
    }

    public String refusal() {
        return refusal;
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
