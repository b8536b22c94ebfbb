package org.linli.tenants.marketplace.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.files.FileType;
import org.linli.tenants.marketplace.DocumentKind;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingCommands;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingStatus;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderCommands;
import org.linli.tenants.marketplace.ProviderDocument;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderStaff;
import org.linli.tenants.marketplace.ProviderStatus;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.modules.Module;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request and response bodies of {@link OfferingImageResource}, {@link OfferingResource}, {@link
 * ProviderDocumentResource}, {@link ProviderResource} and {@link SlotResource}, as records; requests carry their
 * Bean Validation constraints.
 */
final class MarketplaceApi {

    private MarketplaceApi() {
    }

    public record ImageResponse(long id, int position, FileType type, long sizeBytes, String url) {

        static ImageResponse of(OfferingImage image) {
            return new ImageResponse(image.id(), image.position(), image.file().type(), image.file().sizeBytes(),
                    url(image));
        }

        /** Where the picture's bytes are, relative to the API root. */
        static String url(OfferingImage image) {
            return "offerings/" + image.offering().value() + "/images/" + image.id();
        }
    }

    /** Weekdays as {@code MONDAY}…; times as {@code 08:00}; the first day as {@code 2026-12-01}. */
    public record AvailabilityRequest(String firstDay, Integer days, List<String> weekdays, String from,
                                      String until, Integer slotMinutes) {
    }

    public record SlotResponse(long id, long providerId, long staffId, Instant startsAt, Instant endsAt,
                               boolean free, Long orderId) {

        static SlotResponse of(ServiceSlot s) {
            return new SlotResponse(s.id(), s.provider().value(), s.staffId(), s.startsAt(), s.endsAt(), s.isFree(),
                    s.orderId());
        }
    }

    public record OfferingRequest(String module, String title, String description,
                                  String pricing, @NotNull Long unitPriceFen, Integer durationMinutes,
                                  Boolean needsSlot, Integer freeCancelHours, Long cancelFeeFen,
                                  List<String> checklist) {

        OfferingCommands.NewOffering toCommand() {
            return new OfferingCommands.NewOffering(EnumValues.parse(Module.class, module, "module"), title,
                    description, EnumValues.parse(PricingModel.class, pricing, "pricing"),
                    unitPriceFen, durationMinutes == null ? 60 : durationMinutes,
                    Boolean.TRUE.equals(needsSlot), freeCancelHours == null ? 0 : freeCancelHours,
                    cancelFeeFen == null ? 0 : cancelFeeFen, checklist == null ? List.of() : checklist);
        }
    }

    public record OfferingResponse(long id, long providerId, Module module, String title, String description,
                                   String coverImage, PricingModel pricing, long unitPriceFen, String unitPrice,
                                   int durationMinutes, boolean needsSlot, int freeCancelHours, long cancelFeeFen,
                                   List<String> checklist, OfferingStatus status, String moderationNote,
                                   boolean payableInTime) {

        static OfferingResponse of(Offering o, OfferingImage cover) {
            return new OfferingResponse(o.id().value(), o.provider().value(), o.module(), o.title(),
                    o.description(), cover == null ? null : ImageResponse.url(cover),
                    o.pricing(), o.unitPrice().fen(), o.unitPrice().format(),
                    o.durationMinutes(), o.needsSlot(), o.cancellation().freeHours(), o.cancellation().fee().fen(),
                    o.checklist(), o.status(), o.moderationNote(), o.payableInTime());
        }
    }

    /**
     * The shape of a page of {@link OfferingResponse}s, for the API's description: the catalogue's pages are written
     * as kept JSON ({@link org.linli.tenants.marketplace.ShelfPages}), so the method's own type says nothing.
     */
    public record OfferingPage(List<OfferingResponse> items, long total, int page, int size) {
    }

    public record NoteRequest(String note) {
    }

    /** Whether residents may pay the offering in time-bank minutes. */
    public record PayableInTimeRequest(@NotNull Boolean payableInTime) {
    }

    public record DocumentResponse(long id, DocumentKind kind, String fileName, FileType type, long sizeBytes,
                                   LocalDate validUntil, Instant uploadedAt) {

        static DocumentResponse of(ProviderDocument d) {
            return new DocumentResponse(d.id(), d.kind(), d.fileName(), d.file().type(), d.file().sizeBytes(),
                    d.validUntil(), d.file().uploadedAt());
        }
    }

    public record ProviderRequest(String name, String kind, String licenceNumber, String contactName,
                                  String contactPhone, String description, List<Long> communities) {

        ProviderCommands.NewProvider toCommand() {
            return new ProviderCommands.NewProvider(name, EnumValues.parse(ProviderKind.class, kind, "kind"),
                    licenceNumber, contactName, contactPhone, description, communities);
        }
    }

    public record ProviderResponse(long id, String name, ProviderKind kind, String licenceNumber,
                                   String contactName, String contactPhone, String description,
                                   ProviderStatus status, String statusReason, Double rating, long ratingCount,
                                   Instant createdAt, Instant verifiedAt, List<Long> communities) {

        static ProviderResponse of(Provider p, List<Long> communities) {
            return new ProviderResponse(p.id().value(), p.name(), p.kind(), p.licenceNumber(), p.contactName(),
                    p.contactPhone(), p.description(), p.status(), p.statusReason(), p.rating(), p.ratingCount(),
                    p.createdAt(), p.verifiedAt(), communities);
        }
    }

    public record ReasonRequest(String reason) {
    }

    public record StaffRequest(@NotNull Long userId) {
    }

    public record StaffResponse(long id, long userId, String displayName) {

        static StaffResponse of(ProviderStaff s) {
            return new StaffResponse(s.id(), s.userAccountId(), s.displayName());
        }
    }
}
