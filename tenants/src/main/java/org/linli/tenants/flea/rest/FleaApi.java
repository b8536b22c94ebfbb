package org.linli.tenants.flea.rest;

import org.linli.platform.problem.EnumValues;
import org.linli.tenants.flea.CategoryUse;
import org.linli.tenants.flea.FleaCategory;
import org.linli.tenants.flea.FleaReport;
import org.linli.tenants.flea.ItemCondition;
import org.linli.tenants.flea.Listing;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ModerationService;
import org.linli.tenants.flea.Price;
import org.linli.tenants.flea.PriceKind;
import org.linli.tenants.flea.Reach;
import org.linli.tenants.flea.Reservation;
import org.linli.tenants.flea.SellerCard;
import org.linli.tenants.flea.TradeService;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link FleaCategoryResource}, {@link FleaListingResource}, {@link
 * FleaModerationResource}, {@link FleaReservationResource} and {@link FleaSellerResource}, as records; requests
 * carry their Bean Validation constraints.
 */
final class FleaApi {

    private FleaApi() {
    }

    /** Where a photo's bytes are, relative to the API root. */
    static String photoUrl(long listing, long photo) {
        return "flea/listings/" + listing + "/photos/" + photo;
    }

    public record PayRequest(String channel) {
    }

    public record PayResponse(String cashierUrl, boolean confirmed) {
    }

    public record HandoverRequest(String code) {
    }

    public record RatingRequest(Integer stars, String comment) {
    }

    public record MessageRequest(String body) {
    }

    public record MessageResponse(long id, long authorId, boolean mine, String body, Instant sentAt) {
    }

    public record Seller(long residentId, String nickname, String building) {

        static Seller of(SellerCard card) {
            return card == null ? null : new Seller(card.residentId(), card.nickname(), card.building());
        }
    }

    public record ListingResponse(long id, String title, String description, long categoryId, String category,
                                  String categoryEn, String condition, String reach, String pickupPlace,
                                  String priceKind, Long priceFen, Long pricePoints, String status,
                                  String moderation, long communityId, Seller seller, List<String> photos,
                                  Instant publishedAt, Instant expiresAt, Instant updatedAt) {

        static ListingResponse of(ListingService.ListingView v) {
            Listing l = v.listing();
            return of(l, v.seller(), v.photos(), v.category() == null ? null : v.category().name(),
                    v.category() == null ? null : v.category().nameEn(), l.description());
        }

        static ListingResponse of(ListingService.ListingCard c) {
            Listing l = c.listing();
            return of(l, c.seller(), c.cover() == null ? List.of() : List.of(c.cover()), null, null, null);
        }

        private static ListingResponse of(Listing l, SellerCard seller, List<Long> photos, String category,
                                          String categoryEn, String description) {
            return new ListingResponse(l.id(), l.title(), description, l.categoryId(), category, categoryEn,
                    l.condition().name(), l.reach().name(), l.pickupPlace(), l.price().kind().name(),
                    l.price().fen(), l.price().points(), l.status().name(), l.moderation().name(), l.communityId(),
                    Seller.of(seller), photos.stream().map(p -> photoUrl(l.id(), p)).toList(),
                    l.publishedAt(), l.expiresAt(), l.updatedAt());
        }
    }

    public record ReservationResponse(long id, long listingId, String title, String status, String payment,
                                      Long priceFen, Long pricePoints, String role, Seller counterpart,
                                      String pickupCode, boolean paid, Instant requestedAt, Instant lapsesAt,
                                      Instant acceptedAt, Instant closedAt, Integer myStars, Integer theirStars) {

        static ReservationResponse of(TradeService.ReservationView v) {
            Reservation r = v.reservation();
            return new ReservationResponse(r.id(), r.listingId(), r.title(), r.status().name(), r.payment().name(),
                    r.priceFen(), r.pricePoints(), v.buyer() ? "BUYER" : "SELLER", Seller.of(v.counterpart()),
                    v.pickupCodeForViewer(), r.isPaid(), r.requestedAt(), r.lapsesAt(), r.acceptedAt(),
                    r.closedAt(), v.buyer() ? r.buyerStars() : r.sellerStars(),
                    v.buyer() ? r.sellerStars() : r.buyerStars());
        }
    }

    public record SellerResponse(Seller seller, long ratings, double averageStars, long listingsOnShow) {
    }

    public record ListingRequest(String title, String description, Long categoryId, String condition, String reach,
                                 String pickupPlace, String priceKind, Long priceFen, Long pricePoints,
                                 Boolean publish) {

        ListingCommands.Details details() {
            PriceKind kind = EnumValues.parse(PriceKind.class, priceKind, "priceKind");
            return new ListingCommands.Details(title, description, categoryId,
                    EnumValues.parse(ItemCondition.class, condition, "condition"),
                    reach == null ? Reach.COMMUNITY : EnumValues.parse(Reach.class, reach, "reach"), pickupPlace,
                    new Price(kind, priceFen, pricePoints));
        }
    }

    public record ReserveRequest(String payment) {
    }

    public record ReportRequest(String reason) {
    }

    public record NoteRequest(String note) {
    }

    public record ReportResponse(long id, long listingId, String status, Instant createdAt) {
    }

    public record QueueResponse(long reportId, long listingId, String title, String listingStatus,
                                String moderation, Seller seller, long upheldAgainstSeller, String reason,
                                String status, String note, String decidedBy, Instant createdAt,
                                Instant decidedAt) {

        static QueueResponse of(ModerationService.QueueEntry e) {
            FleaReport r = e.report();
            return new QueueResponse(r.id(), r.listingId(), e.listing().title(), e.listing().status().name(),
                    e.listing().moderation().name(), Seller.of(e.seller()), e.upheldAgainstSeller(), r.reason(),
                    r.status().name(), r.note(), r.decidedBy(), r.createdAt(), r.decidedAt());
        }
    }

    public record CategoryRequest(String name, String nameEn, Boolean forbidden, Integer position) {

        ListingCommands.CategoryDetails details() {
            return new ListingCommands.CategoryDetails(name, nameEn, Boolean.TRUE.equals(forbidden),
                    position == null ? 500 : position);
        }
    }

    public record CategoryResponse(long id, String name, String nameEn, boolean forbidden, int position) {

        static CategoryResponse of(FleaCategory c) {
            return new CategoryResponse(c.id(), c.name(), c.nameEn(),
                    c.use() == CategoryUse.FORBIDDEN, c.position());
        }
    }

    public record SettingsRequest(Integer suspendAfterUpheldReports) {
    }

    public record SettingsResponse(int suspendAfterUpheldReports) {
    }
}
