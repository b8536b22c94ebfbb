package org.linli.tenants.flea;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.money.Money;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.checkout.CheckoutPaid;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Trading between neighbours: a buyer reserves a listing (one open reservation per listing, points held at once),
 * the seller accepts or declines, either cancels, the buyer pays online when so agreed, the seller enters the
 * buyer's pickup code at the handover, and then each rates the other once. Every change locks the listing or the
 * reservation first, so that two buyers never hold one listing and a handover never races a lapse.
 */
@ApplicationService
public class TradeService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    Shelf shelf;

    @Inject
    FleaPoints points;

    @Inject
    Settling settling;

    @Inject
    CheckoutPort checkout;

    @Inject
    Clock clock;

    /** A reservation as one of its parties sees it: which side they are on, and the other party's card. */
    public record ReservationView(Reservation reservation, boolean buyer, SellerCard counterpart) {

        /** The pickup code is the buyer's to show; the seller sees none. */
        public String pickupCodeForViewer() {
            return buyer ? reservation.pickupCode() : null;
        }
    }

    /** A trader's public profile: card, ratings received (count and average of 1-5) and listings on show. */
    public record SellerProfile(SellerCard card, long ratings, double averageStars, long onShow) {
    }

    /** The signed-in resident reserves a listing on show, to pay {@code payment}. */
    @Audited("flea.reservation.request")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView reserve(@AuditTarget long listingId, Payment payment) {
        if (payment == null) {
            throw DomainException.invalid(FieldError.of("payment", "required"));
        }
        ResidentRecord me = residents.me();
        long buyer = me.id().value();
        Listing listing = shelf.visibleListing(listingId, buyer, me.community().value(), true);
        if (listing.sellerId() == buyer) {
            throw DomainException.conflict("flea_own_listing");
        }
        if (listing.status() != ListingStatus.PUBLISHED || !listing.isOnShow()) {
            throw DomainException.conflict("flea_listing_not_available");
        }
        Instant now = clock.instant();
        Reservation reservation = new Reservation(listing, buyer, payment, pickupCode(), now);
        listing.reserve(now);
        em.persist(reservation);
        em.flush();
        if (payment == Payment.POINTS) {
            points.hold(reservation);
        }
        return view(reservation, buyer);
    }

    /** The seller accepts: the two may now meet (and the buyer pay online). */
    @Audited("flea.reservation.accept")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView accept(@AuditTarget long id) {
        long me = residents.me().id().value();
        Reservation reservation = asSeller(id, me);
        reservation.accept(clock.instant());
        return view(reservation, me);
    }

    /** The seller declines: the listing is on show again and the buyer has back what was held. */
    @Audited("flea.reservation.decline")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView decline(@AuditTarget long id) {
        long me = residents.me().id().value();
        Reservation reservation = asSeller(id, me);
        Listing listing = shelf.listing(reservation.listingId(), true);
        Instant now = clock.instant();
        reservation.decline(now);
        settling.unwound(reservation, listing, now);
        return view(reservation, me);
    }

    /** Buyer or seller calls an open reservation off; money paid online is refunded, points given back. */
    @Audited("flea.reservation.cancel")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView cancel(@AuditTarget long id) {
        long me = residents.me().id().value();
        Reservation reservation = shelf.reservation(id, me, true);
        Listing listing = shelf.listing(reservation.listingId(), true);
        Instant now = clock.instant();
        reservation.cancel(now);
        settling.unwound(reservation, listing, now);
        return view(reservation, me);
    }

    /**
     * The buyer of an accepted reservation agreed to pay online: opens the payment at the cashier. The reservation
     * is paid when the checkout says so ({@link #checkoutPaid}).
     */
    @Audited("flea.reservation.pay-online")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public CheckoutPort.Start payOnline(@AuditTarget long id, CheckoutPort.Channel channel) {
        long me = residents.me().id().value();
        Reservation reservation = shelf.reservation(id, me, true);
        if (reservation.buyerId() != me) {
            throw DomainException.forbidden("flea_not_buyer");
        }
        reservation.requirePayableOnline();
        return checkout.begin(new CheckoutPort.Request(TenantContext.require(),
                CheckoutPort.Purpose.FLEA_RESERVATION, reservation.id(), Money.fen(reservation.priceFen()),
                reservation.title(), channel == null ? CheckoutPort.Channel.PHONE : channel,
                "/flea/reservations", reservation.sellerId()));
    }

    /**
     * The checkout recorded the money of a reservation (billing's event, for the flea-market purpose): it is paid
     * and no longer lapses. A reservation that can no longer be paid is 409, and billing gives the money back.
     */
    @Audited("flea.reservation.paid")
    @RequiresPermission(Permissions.FLEA_MANAGE)
    public Reservation checkoutPaid(CheckoutPaid paid) {
        Reservation reservation = shelf.reservation(paid.subjectId(), true);
        if (reservation.priceFen() == null || paid.amount().fen() != reservation.priceFen()) {
            throw DomainException.conflict("flea_reservation_not_payable");
        }
        reservation.markPaid(paid.reference(), clock.instant());
        return reservation;
    }

    /** The seller enters the buyer's pickup code: the item is sold, and the seller gets what was held for it. */
    @Audited("flea.reservation.handover")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView handOver(@AuditTarget long id, String code) {
        long me = residents.me().id().value();
        Reservation reservation = asSeller(id, me);
        Listing listing = shelf.listing(reservation.listingId(), true);
        Instant now = clock.instant();
        reservation.handOver(code, now);
        settling.handedOver(reservation, listing, now);
        return view(reservation, me);
    }

    /** Buyer or seller rates the other once, after the handover. */
    @Audited("flea.reservation.rate")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView rate(@AuditTarget long id, ListingCommands.Rating rating) {
        validator.validate(rating);
        long me = residents.me().id().value();
        Reservation reservation = shelf.reservation(id, me, true);
        String comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip();
        reservation.rate(me, rating.stars(), comment);
        return view(reservation, me);
    }

    /** One reservation of the signed-in resident's (as buyer or seller). */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ReservationView get(long id) {
        long me = residents.me().id().value();
        return view(shelf.reservation(id, me, false), me);
    }

    /** A page of the signed-in resident's reservations, as buyer and as seller, newest first. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public Page<ReservationView> mine(PageRequest page) {
        long me = residents.me().id().value();
        Page<Reservation> found = PagedQuery.of(em, Reservation.class, "r")
                .filter("(r.buyerId = :me or r.sellerId = :me)", "me", me)
                .page("r.requestedAt desc, r.id desc", page);
        Map<Long, SellerCard> cards = shelf.cards(found.items().stream()
                .map(r -> r.buyerId() == me ? r.sellerId() : r.buyerId()).toList());
        return found.map(r -> new ReservationView(r, r.buyerId() == me,
                cards.get(r.buyerId() == me ? r.sellerId() : r.buyerId())));
    }

    /** A trader's public profile, for neighbours. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public SellerProfile seller(ResidentId resident) {
        residents.me();
        long residentId = resident.value();
        SellerCard card = shelf.card(residentId);
        Object[] bySeller = em.createQuery("select count(r.buyerStars), sum(r.buyerStars) from Reservation r"
                + " where r.sellerId = :id and r.buyerStars is not null", Object[].class)
                .setParameter("id", residentId).getSingleResult();
        Object[] byBuyer = em.createQuery("select count(r.sellerStars), sum(r.sellerStars) from Reservation r"
                + " where r.buyerId = :id and r.sellerStars is not null", Object[].class)
                .setParameter("id", residentId).getSingleResult();
        long count = number(bySeller[0]) + number(byBuyer[0]);
        long stars = number(bySeller[1]) + number(byBuyer[1]);
        long onShow = em.createQuery("select count(l) from Listing l where l.sellerId = :id and l.status in :shown"
                        + " and l.moderation = :moderation", Long.class).setParameter("id", residentId)
                .setParameter("shown", List.of(ListingStatus.PUBLISHED, ListingStatus.RESERVED))
                .setParameter("moderation", Moderation.SHOWN).getSingleResult();
        double average = count == 0 ? 0 : Math.round(stars * 100.0 / count) / 100.0;
        return new SellerProfile(card, count, average, onShow);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Reservation asSeller(long id, long me) {
        Reservation reservation = shelf.reservation(id, me, true);
        if (reservation.sellerId() != me) {
            throw DomainException.forbidden("flea_not_seller");
        }
        return reservation;
    }

    private ReservationView view(Reservation reservation, long me) {
        boolean buyer = reservation.buyerId() == me;
        return new ReservationView(reservation, buyer,
                shelf.card(buyer ? reservation.sellerId() : reservation.buyerId()));
    }

    private static String pickupCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
