package org.linli.tenants.ads;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.money.Money;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.marketplace.Availability;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Bookings of ad slots, from request to payment and cancellation, and their reports. Advertisers act on their own
 * bookings only ({@link Advertisers}); operators review creatives and see every booking. Booking locks the slot's
 * row, so that of two overlapping requests, however concurrent, exactly one is taken and the other refused with
 * {@code ad_slot_taken}. Money moves only through the {@link CheckoutPort}; that a booking is paid is learnt from
 * the checkout ({@link AdPaymentFollower}).
 */
@ApplicationService
public class AdBookingService {

    /** A report has a row per booked day at most. */
    static final int MAX_REPORT_DAYS = BookingDays.MAX_DAYS;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Advertisers advertisers;

    @Inject
    CheckoutPort checkouts;

    @Inject
    Clock clock;

    /** Where the payer goes to pay, or confirmed at once. */
    public record PayStart(String cashierUrl, boolean confirmed) {
    }

    /** A creative's image with its recognised type. */
    public record Image(FileType type, byte[] bytes, String sha256) {
    }

    @Audited("ad.booking.request")
    @RequiresPermission(Permissions.ADS_BOOK)
    public AdBooking book(BookingCommands.NewBooking command) {
        TenantContext.require();
        validator.validate(command);
        Advertisers.Scope scope = advertisers.scope();
        long advertiser = scope.everything() ? advertisers.verifiedAdvertiser(command.advertiserId())
                : scope.advertiser();
        BookingDays days = new BookingDays(command.firstDay(), command.lastDay());
        if (days.first().isBefore(today())) {
            throw DomainException.invalid(FieldError.of("firstDay", "ad_first_day_past"));
        }
        AdSlot slot = em.find(AdSlot.class, command.slotId(), LockModeType.PESSIMISTIC_WRITE);
        if (slot == null || slot.status() != SlotStatus.ACTIVE) {
            throw DomainException.notFound("ad_slot_not_found");
        }
        if (slot.blackedOutDuring(days)) {
            throw DomainException.conflict("ad_slot_blacked_out");
        }
        long overlapping = em.createQuery("select count(b) from AdBooking b where b.slotId = :slot"
                        + " and b.status <> :cancelled and b.firstDay <= :last and b.lastDay >= :first", Long.class)
                .setParameter("slot", command.slotId()).setParameter("cancelled", BookingStatus.CANCELLED)
                .setParameter("first", days.first()).setParameter("last", days.last()).getSingleResult();
        if (overlapping > 0) {
            throw DomainException.conflict("ad_slot_taken");
        }
        AdBooking booking = new AdBooking(slot, advertiser, days, newClickToken(), clock.instant(),
                CurrentUser.require().username());
        em.persist(booking);
        return booking;
    }

    /**
     * Keeps the creative of a booking — the image (PNG, JPEG or WebP recognised by its bytes, at most 2 MB), where a
     * click leads (http or https only) and its text — and puts it up for review, replacing any earlier one.
     */
    @Audited("ad.creative.submit")
    @RequiresPermission(Permissions.ADS_BOOK)
    public AdBooking submitCreative(@AuditTarget AdBookingId id, BookingCommands.Creative creative,
                                    UploadedFile image) {
        AdBooking booking = mine(id, true);
        validator.validate(creative);
        String link = safeLink(creative.linkUrl());
        if (image == null) {
            throw DomainException.invalid(FieldError.of("image", "required"));
        }
        FileType type = image.accept(EnumSet.of(FileType.PNG, FileType.JPEG, FileType.WEBP),
                UploadedFile.MAX_IMAGE_BYTES);
        String text = creative.text() == null || creative.text().isBlank() ? null : creative.text().strip();
        booking.submitCreative(link, text, type.name());
        AdCreativeImage kept = em.find(AdCreativeImage.class, id.value());
        if (kept == null) {
            em.persist(new AdCreativeImage(id, image.bytes(), image.sha256()));
        } else {
            kept.replace(image.bytes(), image.sha256());
        }
        return booking;
    }

    @Audited("ad.creative.approve")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdBooking approve(@AuditTarget AdBookingId id, @AuditDetail String note) {
        AdBooking booking = find(id, true);
        booking.approve(note(note, false), CurrentUser.require().username());
        return booking;
    }

    /** Rejects the creative with a note telling the advertiser why; the advertiser may submit another. */
    @Audited("ad.creative.reject")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdBooking reject(@AuditTarget AdBookingId id, @AuditDetail String note) {
        AdBooking booking = find(id, true);
        booking.reject(note(note, true), CurrentUser.require().username());
        return booking;
    }

    /**
     * Opens the payment of an approved booking at the checkout: the days times the slot's price, which the booking
     * fixed when it was made. The booking becomes paid only when the checkout reports the money in.
     */
    @Audited("ad.booking.pay")
    @RequiresPermission(Permissions.ADS_BOOK)
    public PayStart pay(@AuditTarget AdBookingId id, CheckoutPort.Channel channel) {
        AdBooking booking = mine(id, true);
        booking.requirePayable(today());
        AdSlot slot = em.find(AdSlot.class, booking.slot().value());
        String title = "广告位 " + slot.name() + " " + booking.days().first() + "~" + booking.days().last();
        CheckoutPort.Start start = checkouts.begin(new CheckoutPort.Request(TenantContext.require(),
                CheckoutPort.Purpose.AD_BOOKING, id.value(), booking.amount(), title,
                channel == null ? CheckoutPort.Channel.DESKTOP : channel, "/my-campaigns", null));
        return new PayStart(start.cashierUrl(), start.confirmed());
    }

    /**
     * The checkout reports the money in (as the system job that observes it): the booking is paid. A booking
     * cancelled meanwhile refuses with {@code ad_booking_cancelled}, and the checkout gives the money back.
     */
    @Audited("ad.booking.paid")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdBooking markPaid(@AuditTarget AdBookingId id, String reference, Money amount) {
        AdBooking booking = find(id, true);
        booking.markPaid(reference, amount, clock.instant());
        return booking;
    }

    /**
     * Cancels a booking: an unpaid one at any time, without money; a paid one before its first day, refunded by
     * the tenant's policy through the checkout (nothing back when cancelled too late for the policy).
     */
    @Audited("ad.booking.cancel")
    @RequiresPermission(Permissions.ADS_BOOK)
    public AdBooking cancel(@AuditTarget AdBookingId id) {
        AdBooking booking = mine(id, true);
        LocalDate today = today();
        if (booking.status() == BookingStatus.PAID) {
            Money refund = refundPolicyOf().refund(booking.amount(), booking.days().first(), today);
            booking.cancel(today, refund, clock.instant());
            if (refund.isPositive()) {
                checkouts.refund(new CheckoutPort.RefundRequest(TenantContext.require(),
                        CheckoutPort.Purpose.AD_BOOKING, id.value(), refund, "ad-cancel-" + id.value()));
            }
        } else {
            booking.cancel(today, Money.ZERO, clock.instant());
            checkouts.abandon(TenantContext.require(), CheckoutPort.Purpose.AD_BOOKING, id.value());
        }
        return booking;
    }

    /** Bookings, newest first: all of the tenant's for operators, the advertiser's own for advertisers. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public Page<AdBooking> list(BookingStatus status, AdSlotId slot, PageRequest page) {
        TenantContext.require();
        Advertisers.Scope scope = advertisers.scope();
        return PagedQuery.of(em, AdBooking.class, "b")
                .filter("b.advertiserId = :advertiser", "advertiser", scope.advertiser())
                .filter("b.status = :status", "status", status)
                .filter("b.slotId = :slot", "slot", slot == null ? null : slot.value())
                .page("b.requestedAt desc, b.id desc", page);
    }

    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public AdBooking get(AdBookingId id) {
        return mine(id, false);
    }

    /** The creative's image, for the advertiser and the operators reviewing it. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public Image creativeImage(AdBookingId id) {
        AdBooking booking = mine(id, false);
        AdCreativeImage image = em.find(AdCreativeImage.class, id.value());
        if (image == null || !booking.hasCreative()) {
            throw DomainException.notFound("ad_creative_not_found");
        }
        return new Image(FileType.valueOf(booking.creativeType()), image.data(), image.sha256());
    }

    /** The booking's days with impressions, clicks and CTR, latest first. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public Page<DailyFigures> report(AdBookingId id, PageRequest page) {
        mine(id, false);
        return PagedQuery.of(em, AdDailyStat.class, "s")
                .filter("s.bookingId = :booking", "booking", id.value())
                .page("s.day desc, s.id desc", page).map(AdDailyStat::figures);
    }

    /** The whole report (one row per day, oldest first) as CSV, for spreadsheets. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public String reportCsv(AdBookingId id) {
        mine(id, false);
        List<DailyFigures> days = em.createQuery("select s from AdDailyStat s where s.bookingId = :booking"
                        + " order by s.day", AdDailyStat.class).setParameter("booking", id.value())
                .setMaxResults(MAX_REPORT_DAYS).getResultStream().map(AdDailyStat::figures).toList();
        return ReportCsv.of(days);
    }

    /** The tenant's refund terms for paid bookings cancelled before their first day. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public RefundPolicy refundPolicy() {
        TenantContext.require();
        return refundPolicyOf();
    }

    @Audited("ad.policy.change")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public RefundPolicy changeRefundPolicy(@AuditDetail RefundPolicy policy) {
        TenantContext.require();
        if (policy == null) {
            throw DomainException.invalid(FieldError.of("body", "required"));
        }
        AdPolicy row = em.find(AdPolicy.class, AdPolicy.ONLY);
        if (row == null) {
            em.persist(new AdPolicy(policy, clock.instant()));
        } else {
            row.change(policy, clock.instant());
        }
        return policy;
    }

    private RefundPolicy refundPolicyOf() {
        AdPolicy row = em.find(AdPolicy.class, AdPolicy.ONLY);
        return row == null ? RefundPolicy.DEFAULT : row.refund();
    }

    private AdBooking mine(AdBookingId id, boolean lock) {
        Advertisers.Scope scope = advertisers.scope();
        AdBooking booking = find(id, lock);
        if (!scope.covers(booking)) {
            throw DomainException.notFound("ad_booking_not_found");
        }
        return booking;
    }

    private AdBooking find(AdBookingId id, boolean lock) {
        TenantContext.require();
        AdBooking booking = id == null ? null : lock
                ? em.find(AdBooking.class, id.value(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(AdBooking.class, id.value());
        if (booking == null) {
            throw DomainException.notFound("ad_booking_not_found");
        }
        return booking;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    private static String note(String note, boolean required) {
        if (note == null || note.isBlank()) {
            if (required) {
                throw DomainException.invalid(FieldError.of("note", "required"));
            }
            return null;
        }
        if (note.length() > 500) {
            throw DomainException.invalid(FieldError.of("note", "ad_note_too_long", 500));
        }
        return note.strip();
    }

    /** A click leads to a web page: http or https with a host, nothing else (no javascript:, no data:). */
    static String safeLink(String link) {
        if (link == null || link.isBlank()) {
            throw DomainException.invalid(FieldError.of("linkUrl", "required"));
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isBlank()) {
                throw DomainException.invalid(FieldError.of("linkUrl", "ad_link_invalid"));
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw DomainException.invalid(FieldError.of("linkUrl", "ad_link_invalid"));
        }
    }

    /** A random token that names the tenant, so a public click link finds its booking without a session. */
    private static String newClickToken() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return TenantContext.require().value() + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
