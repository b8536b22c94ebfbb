package org.linli.tenants.flea;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.residents.ResidentId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * A buyer's claim on a listing, and the trade that follows.
 *
 * <p>Lifecycle: {@code REQUESTED} by the buyer (the listing is then reserved); the seller {@code ACCEPTED}s or
 * {@code DECLINED}s it; buyer or seller may cancel an open one ({@code CANCELLED}); an open reservation not handed
 * over within {@link #TIME_TO_HAND_OVER} of the request {@code LAPSED} by the job, unless it is paid online; the
 * handover against the buyer's pickup code {@code COMPLETED}s it, after which each side rates the other once.
 *
 * <p>Invariants: price and payment are fixed at the request (points are held from then); only an accepted
 * reservation is paid online, and only once; an online-paid one is handed over only when paid; the code is the
 * buyer's and is checked only at handover.
 */
@Entity
@Table(name = "flea_reservation")
public class Reservation extends TenantOwned implements AuditSubject {

    /** An unanswered or unfinished reservation lapses this long after it was made. */
    public static final Duration TIME_TO_HAND_OVER = Duration.ofHours(48);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flea_reservation_seq")
    @SequenceGenerator(name = "flea_reservation_seq", sequenceName = "flea_reservation_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "buyer_id", nullable = false)
    private long buyerId;

    @Column(name = "seller_id", nullable = false)
    private long sellerId;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment", nullable = false, length = 20)
    private Payment payment;

    @Column(name = "price_fen")
    private Long priceFen;

    @Column(name = "price_points")
    private Long pricePoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReservationStatus status;

    @Column(name = "pickup_code", nullable = false, length = 10)
    private String pickupCode;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "lapses_at", nullable = false)
    private Instant lapsesAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_reference", length = 100)
    private String paymentReference;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "buyer_stars")
    private Integer buyerStars;

    @Column(name = "buyer_comment", length = 300)
    private String buyerComment;

    @Column(name = "seller_stars")
    private Integer sellerStars;

    @Column(name = "seller_comment", length = 300)
    private String sellerComment;

    protected Reservation() {
    }

    /** {@code buyer} reserves {@code listing}, paying {@code payment} at its current price. */
    public Reservation(Listing listing, long buyerId, Payment payment, String pickupCode, Instant now) {
        Price price = listing.price();
        if (!price.accepts(payment)) {
            throw DomainException.conflict("flea_payment_not_accepted", payment);
        }
        this.listingId = listing.id();
        this.buyerId = buyerId;
        this.sellerId = listing.sellerId();
        this.title = listing.title();
        this.payment = payment;
        this.priceFen = payment == Payment.YUAN_OFFLINE || payment == Payment.YUAN_ONLINE ? price.fen() : null;
        this.pricePoints = payment == Payment.POINTS ? price.points() : null;
        this.pickupCode = pickupCode;
        this.status = ReservationStatus.REQUESTED;
        this.requestedAt = now;
        this.lapsesAt = now.plus(TIME_TO_HAND_OVER);
    }

    void accept(Instant now) {
        requireStatus(ReservationStatus.REQUESTED, "accept");
        status = ReservationStatus.ACCEPTED;
        acceptedAt = now;
    }

    void decline(Instant now) {
        requireStatus(ReservationStatus.REQUESTED, "decline");
        close(ReservationStatus.DECLINED, now);
    }

    void cancel(Instant now) {
        if (!status.isOpen()) {
            throw DomainException.invalidTransition(status, "cancel");
        }
        close(ReservationStatus.CANCELLED, now);
    }

    /** The job's act: only an open, unpaid reservation past its time lapses. */
    void lapse(Instant now) {
        if (!status.isOpen() || isPaid() || now.isBefore(lapsesAt)) {
            throw DomainException.conflict("flea_reservation_not_due");
        }
        close(ReservationStatus.LAPSED, now);
    }

    /** The money of an online payment is in (checkout paid); refused when the reservation can no longer be paid. */
    void markPaid(String reference, Instant now) {
        if (payment != Payment.YUAN_ONLINE || status != ReservationStatus.ACCEPTED || isPaid()) {
            throw DomainException.conflict("flea_reservation_not_payable");
        }
        paidAt = now;
        paymentReference = reference;
    }

    /** Whether the buyer may go to the cashier now. */
    void requirePayableOnline() {
        if (payment != Payment.YUAN_ONLINE) {
            throw DomainException.conflict("flea_reservation_not_online");
        }
        if (status != ReservationStatus.ACCEPTED || isPaid()) {
            throw DomainException.conflict("flea_reservation_not_payable");
        }
    }

    /** The seller enters the buyer's code: the item changed hands. */
    void handOver(String code, Instant now) {
        requireStatus(ReservationStatus.ACCEPTED, "handover");
        if (payment == Payment.YUAN_ONLINE && !isPaid()) {
            throw DomainException.conflict("flea_reservation_not_paid");
        }
        if (code == null || !MessageDigest.isEqual(code.strip().getBytes(StandardCharsets.UTF_8),
                pickupCode.getBytes(StandardCharsets.UTF_8))) {
            throw DomainException.conflict("flea_pickup_code_wrong");
        }
        close(ReservationStatus.COMPLETED, now);
    }

    /** One rating by {@code resident} (buyer or seller) of the other party, after the handover. */
    void rate(long resident, int stars, String comment) {
        if (status != ReservationStatus.COMPLETED) {
            throw DomainException.conflict("flea_reservation_not_completed");
        }
        if (resident == buyerId) {
            if (buyerStars != null) {
                throw DomainException.conflict("flea_already_rated");
            }
            buyerStars = stars;
            buyerComment = comment;
        } else if (resident == sellerId) {
            if (sellerStars != null) {
                throw DomainException.conflict("flea_already_rated");
            }
            sellerStars = stars;
            sellerComment = comment;
        } else {
            throw DomainException.notFound("flea_reservation_not_found");
        }
    }

    private void requireStatus(ReservationStatus expected, String action) {
        if (status != expected) {
            throw DomainException.invalidTransition(status, action);
        }
    }

    private void close(ReservationStatus to, Instant now) {
        status = to;
        closedAt = now;
    }

    /** Whether {@code resident} is buyer or seller. */
    public boolean isParty(ResidentId resident) {
        return resident.value() == buyerId || resident.value() == sellerId;
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    @Override
    public String auditName() {
        return "flea-reservation:" + id;
    }

    public long id() {
        return id;
    }

    public long listingId() {
        return listingId;
    }

    public long buyerId() {
        return buyerId;
    }

    public long sellerId() {
        return sellerId;
    }

    public String title() {
        return title;
    }

    public Payment payment() {
        return payment;
    }

    public Long priceFen() {
        return priceFen;
    }

    public Long pricePoints() {
        return pricePoints;
    }

    public ReservationStatus status() {
        return status;
    }

    /** The buyer's code: shown to the buyer only. */
    public String pickupCode() {
        return pickupCode;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant lapsesAt() {
        return lapsesAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** The buyer's rating of the seller. */
    public Integer buyerStars() {
        return buyerStars;
    }

    public String buyerComment() {
        return buyerComment;
    }

    /** The seller's rating of the buyer. */
    public Integer sellerStars() {
        return sellerStars;
    }

    public String sellerComment() {
        return sellerComment;
    }
}
