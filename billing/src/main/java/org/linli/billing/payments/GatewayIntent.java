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
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Locale;

/**
 * A call that moves money at the gateway (a refund, a royalty settle) or ends a trade there (a close), written down
 * and committed before the call is made, so that a crash or a rollback between the call and its answer leaves a
 * trace the payment watch finishes. Its request number is the call's idempotency key at the gateway, and the
 * amount, trade and target it was first written with are the only ones ever sent under it.
 *
 * <p>{@code PENDING → DONE} (with the gateway's reference) or {@code PENDING → FAILED} (with the gateway's refusal);
 * a failed call may be tried again under the same number ({@code FAILED → PENDING}); a done one never is.
 */
@Entity
@Table(name = "gateway_intent")
public class GatewayIntent extends TenantOwned implements AuditSubject {

    /** What the call does at the gateway. */
    public enum Kind { REFUND, SETTLE, CLOSE }

    /** Whether the gateway's answer is known yet. */
    public enum Status { PENDING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gateway_intent_seq")
    @SequenceGenerator(name = "gateway_intent_seq", sequenceName = "gateway_intent_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "request_no", nullable = false, length = 64)
    private String requestNo;

    @Column(name = "trade_number", nullable = false, length = 64)
    private String tradeNumber;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "target", length = 100)
    private String target;

    @Column(name = "note", length = 100)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome", length = 100)
    private String outcome;

    protected GatewayIntent() {
    }

    private GatewayIntent(Kind kind, String requestNo, String tradeNumber, Money amount, String target, String note,
                          Instant at) {
        if (amount.isNegative() || (kind != Kind.CLOSE && amount.isZero())) {
            throw new IllegalArgumentException(kind + " of " + amount);
        }
        this.kind = kind;
        this.requestNo = requestNo;
        this.tradeNumber = tradeNumber;
        this.amountFen = amount.fen();
        this.target = target;
        this.note = note;
        this.status = Status.PENDING;
        this.createdAt = at;
    }

    /** Give back {@code amount} of the trade {@code outTradeNo} under {@code requestNo} ({@code out_request_no}). */
    public static GatewayIntent refund(String outTradeNo, String requestNo, Money amount, String reason, Instant at) {
        return new GatewayIntent(Kind.REFUND, requestNo, outTradeNo, amount, null, reason, at);
    }

    /** Transfer {@code amount} of the paid trade {@code gatewayTradeNo} to {@code account} (royalty settle). */
    public static GatewayIntent settle(String gatewayTradeNo, String requestNo, String account, Money amount,
                                       String description, Instant at) {
        return new GatewayIntent(Kind.SETTLE, requestNo, gatewayTradeNo, amount, account, description, at);
    }

    /** Close the unpaid trade {@code outTradeNo}; its trade number is its request number. */
    public static GatewayIntent close(String outTradeNo, Instant at) {
        return new GatewayIntent(Kind.CLOSE, outTradeNo, outTradeNo, Money.ZERO, null, null, at);
    }

    /** Someone asks for the call again: a failed call is tried again, under the same number and amount. */
    void retry() {
        if (status == Status.FAILED) {
            this.status = Status.PENDING;
            this.outcome = null;
            this.finishedAt = null;
        }
    }

    /** The call is about to be made (again). */
    void attempt() {
        requirePending();
        this.attempts++;
    }

    /** The gateway did it; false when that was recorded already. */
    boolean complete(String reference, Instant at) {
        if (status == Status.DONE) {
            return false;
        }
        requirePending();
        this.status = Status.DONE;
        this.outcome = reference == null ? null : trim(reference);
        this.finishedAt = at;
        return true;
    }

    /** The gateway refused it ({@code code}, its {@code sub_code}). */
    void fail(String code, Instant at) {
        requirePending();
        this.status = Status.FAILED;
        this.outcome = trim(code);
        this.finishedAt = at;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw DomainException.invalidTransition(status, "gateway-call");
        }
    }

    private static String trim(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    public long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String requestNo() {
        return requestNo;
    }

    public String tradeNumber() {
        return tradeNumber;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public String target() {
        return target;
    }

    public String note() {
        return note;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The gateway's reference when done, its refusal when failed. */
    public String outcome() {
        return outcome;
    }

    @Override
    public String auditName() {
        return "gateway-intent:" + kind.name().toLowerCase(Locale.ROOT) + ":" + requestNo;
    }
}
