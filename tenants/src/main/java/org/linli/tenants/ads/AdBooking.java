package org.linli.tenants.ads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An advertiser's booking of one slot for whole days (Asia/Shanghai), with its creative (image, link, text).
 *
 * <p>Lifecycle ({@link BookingLifecycle}): {@code REQUESTED → CREATIVE_SUBMITTED → CREATIVE_APPROVED → PAID}, with
 * rejection and resubmission of the creative on the way, and {@code CANCELLED} from anywhere before payment or,
 * once paid, before the first day (refunded by the tenant's {@link RefundPolicy}). A paid booking is running on its
 * days and ended after them ({@link #phase}).
 *
 * <p>Invariants: the amount is the slot's price per day times the days, fixed when booked; no two bookings of a
 * slot that hold their days share a day (checked with the slot's row locked); only a paid booking whose days
 * include today is served; its creative never changes after payment; the click token is random, names the tenant,
 * and is the only identifier that leaves the tenant in a public link.
 */
@Entity
@Table(name = "ad_booking")
public class AdBooking extends TenantOwned implements AuditSubject {

    /** Where a paid booking is in time. */
    public enum Phase { SCHEDULED, RUNNING, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ad_booking_seq")
    @SequenceGenerator(name = "ad_booking_seq", sequenceName = "ad_booking_seq", allocationSize = 50)
    private Long id;

    @Column(name = "slot_id", nullable = false)
    private long slotId;

    /** The advertiser: a provider of kind ADVERTISER. */
    @Column(name = "advertiser_id", nullable = false)
    private long advertiserId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private BookingStatus status;

    @Column(name = "click_token", nullable = false, length = 60)
    private String clickToken;

    @Column(name = "link_url", length = 500)
    private String linkUrl;

    @Column(name = "creative_text", length = 200)
    private String creativeText;

    @Column(name = "creative_type", length = 10)
    private String creativeType;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "refunded", nullable = false)
    private long refunded;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    protected AdBooking() {
    }

    AdBooking(AdSlot slot, long advertiserId, BookingDays days, String clickToken, Instant now, String by) {
        this.slotId = slot.id().value();
        this.advertiserId = advertiserId;
        this.firstDay = days.first();
        this.lastDay = days.last();
        this.amount = days.price(slot.pricePerDay()).fen();
        this.status = BookingStatus.REQUESTED;
        this.clickToken = clickToken;
        this.requestedAt = now;
        this.requestedBy = by;
    }

    /** A new creative (its image is kept beside the booking) replaces any earlier one and waits for review. */
    void submitCreative(String link, String text, String imageType) {
        status = BookingLifecycle.next(status, BookingAction.SUBMIT_CREATIVE);
        this.linkUrl = link;
        this.creativeText = text;
        this.creativeType = imageType;
        this.reviewNote = null;
        this.reviewedBy = null;
    }

    void approve(String note, String by) {
        status = BookingLifecycle.next(status, BookingAction.APPROVE);
        this.reviewNote = note;
        this.reviewedBy = by;
    }

    void reject(String note, String by) {
        status = BookingLifecycle.next(status, BookingAction.REJECT);
        this.reviewNote = note;
        this.reviewedBy = by;
    }

    /** Payment may begin: the creative is approved and the last day has not passed. */
    void requirePayable(LocalDate today) {
        if (status == BookingStatus.CANCELLED) {
            throw DomainException.conflict("ad_booking_cancelled");
        }
        if (status == BookingStatus.PAID) {
            throw DomainException.conflict("ad_booking_already_paid");
        }
        if (!BookingLifecycle.allows(status, BookingAction.PAY)) {
            throw DomainException.conflict("ad_creative_not_approved");
        }
        if (today.isAfter(lastDay)) {
            throw DomainException.conflict("ad_booking_ended");
        }
    }

    /**
     * The money is in. Repeated news of the same payment changes nothing; a booking cancelled meanwhile, or never
     * approved, refuses it (409), so that the checkout gives the money back.
     */
    void markPaid(String reference, Money paid, Instant now) {
        if (status == BookingStatus.PAID) {
            return;
        }
        if (status == BookingStatus.CANCELLED) {
            throw DomainException.conflict("ad_booking_cancelled");
        }
        if (!BookingLifecycle.allows(status, BookingAction.PAY)) {
            throw DomainException.conflict("ad_creative_not_approved");
        }
        if (paid != null && paid.fen() != amount) {
            throw DomainException.conflict("ad_payment_amount_mismatch");
        }
        status = BookingStatus.PAID;
        paymentReference = reference;
        paidAt = now;
    }

    /** Cancels: unpaid at any time, paid only before the first day, recording what was refunded. */
    void cancel(LocalDate today, Money refund, Instant now) {
        if (status == BookingStatus.PAID && !today.isBefore(firstDay)) {
            throw DomainException.conflict("ad_booking_started");
        }
        if (status == BookingStatus.CANCELLED) {
            throw DomainException.conflict("ad_booking_cancelled");
        }
        status = BookingLifecycle.next(status, BookingAction.CANCEL);
        refunded = refund.fen();
        cancelledAt = now;
    }

    /** Where a paid booking is on {@code today}; null for a booking that is not paid. */
    public Phase phase(LocalDate today) {
        if (status != BookingStatus.PAID) {
            return null;
        }
        if (today.isBefore(firstDay)) {
            return Phase.SCHEDULED;
        }
        return today.isAfter(lastDay) ? Phase.ENDED : Phase.RUNNING;
    }

    public boolean isLiveOn(LocalDate today) {
        return phase(today) == Phase.RUNNING;
    }

    public AdBookingId id() {
        return new AdBookingId(id);
    }

    public AdSlotId slot() {
        return new AdSlotId(slotId);
    }

    public long advertiserId() {
        return advertiserId;
    }

    public BookingDays days() {
        return new BookingDays(firstDay, lastDay);
    }

    public Money amount() {
        return Money.fen(amount);
    }

    public BookingStatus status() {
        return status;
    }

    public String clickToken() {
        return clickToken;
    }

    public String linkUrl() {
        return linkUrl;
    }

    public String creativeText() {
        return creativeText;
    }

    public String creativeType() {
        return creativeType;
    }

    public boolean hasCreative() {
        return creativeType != null;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Money refunded() {
        return Money.fen(refunded);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    @Override
    public String auditName() {
        return "ad-booking:" + id;
    }
}
