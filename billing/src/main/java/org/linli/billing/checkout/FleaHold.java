package org.linli.billing.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * The money of one flea-market purchase paid online, held in the tenant's {@code flea:held} account from the payment
 * until the handover: {@code HELD → RELEASED} (to the seller, less the fee) or {@code HELD → REFUNDED} (given back in
 * full). Partial refunds before the handover reduce what is released. After the release the seller's part is paid out
 * to the seller's Alipay account ({@link PayoutState}).
 */
@Entity
@Table(name = "flea_hold")
public class FleaHold extends TenantOwned implements AuditSubject {

    @Id
    @Column(name = "reservation_id")
    private Long reservationId;

    @Version
    private long version;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Column(name = "seller_resident_id")
    private Long sellerResidentId;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    @Column(name = "fee_fen", nullable = false)
    private long feeFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private HoldStatus status;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "payout", nullable = false, length = 10)
    private PayoutState payout;

    @Column(name = "payout_reference", length = 100)
    private String payoutReference;

    @Column(name = "payout_reason", length = 64)
    private String payoutReason;

    protected FleaHold() {
    }

    FleaHold(long reservationId, long paymentId, Long sellerResidentId, Money amount, Instant heldAt) {
        this.reservationId = reservationId;
        this.paymentId = paymentId;
        this.sellerResidentId = sellerResidentId;
        this.amountFen = amount.fen();
        this.status = HoldStatus.HELD;
        this.heldAt = heldAt;
        this.payout = PayoutState.NONE;
    }

    /** What is held now: the payment less what was given back. */
    public Money held() {
        return status == HoldStatus.HELD ? Money.fen(amountFen - refundedFen) : Money.ZERO;
    }

    /** Gives back {@code amount} of what is held; all of it ends the hold. */
    void refund(Money amount) {
        if (status != HoldStatus.HELD || amount.fen() > amountFen - refundedFen) {
            throw new IllegalStateException("refund " + amount + " beyond what " + this + " holds");
        }
        refundedFen += amount.fen();
        if (refundedFen == amountFen) {
            status = HoldStatus.REFUNDED;
        }
    }

    void release(Money fee, Instant at) {
        this.feeFen = fee.fen();
        this.status = HoldStatus.RELEASED;
        this.releasedAt = at;
        this.payout = PayoutState.WAITING;
    }

    void payoutWaiting(String reason) {
        this.payout = PayoutState.WAITING;
        this.payoutReason = reason;
    }

    void paidOut(String reference) {
        this.payout = PayoutState.PAID;
        this.payoutReference = reference;
        this.payoutReason = null;
    }

    public long reservationId() {
        return reservationId;
    }

    public long paymentId() {
        return paymentId;
    }

    public Long sellerResidentId() {
        return sellerResidentId;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public Money refunded() {
        return Money.fen(refundedFen);
    }

    public Money fee() {
        return Money.fen(feeFen);
    }

    /** What the seller receives: what was released less the fee (zero until released). */
    public Money sellerPart() {
        return status == HoldStatus.RELEASED ? Money.fen(amountFen - refundedFen - feeFen) : Money.ZERO;
    }

    public HoldStatus status() {
        return status;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public PayoutState payout() {
        return payout;
    }

    public String payoutReference() {
        return payoutReference;
    }

    public String payoutReason() {
        return payoutReason;
    }

    @Override
    public String auditName() {
        return "flea-hold:" + reservationId;
    }

    @Override
    public String toString() {
        return "FleaHold[" + reservationId + ", " + status + ", " + amountFen + " fen, refunded " + refundedFen + "]";
    }
}
