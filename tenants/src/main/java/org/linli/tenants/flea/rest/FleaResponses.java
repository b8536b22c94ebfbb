package org.linli.tenants.flea.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.flea.Listing;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.Reservation;
import org.linli.tenants.flea.SellerCard;
import org.linli.tenants.flea.TradeService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The flea market's JSON shapes, and photos in and out (bounded on the way in, revalidated by hash on the way out). */
final class FleaResponses {

    private FleaResponses() {
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
                    Seller.of(seller), photos.stream().map(p -> photoUrl(l.id(), p)).toList(), l.publishedAt(),
                    l.expiresAt(), l.updatedAt());
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

    /** Where a photo's bytes are, relative to the API root. */
    static String photoUrl(long listing, long photo) {
        return "flea/listings/" + listing + "/photos/" + photo;
    }

    /** Reads at most one byte more than allowed, so that an oversized body is refused without being held whole. */
    static UploadedFile read(InputStream body) {
        if (body == null) {
            throw DomainException.invalid(FieldError.of("file", "required"));
        }
        try {
            return new UploadedFile(null, body.readNBytes((int) UploadedFile.MAX_IMAGE_BYTES + 1));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    static Response send(StoredFile file, Request request) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(file.bytes(), file.type().mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
