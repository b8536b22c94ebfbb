package org.linli.tenants.delivery.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.delivery.Parcel;
import org.linli.tenants.delivery.ParcelStatus;

import java.time.Instant;

/**
 * The request and response bodies of {@link ParcelResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class DeliveryApi {

    private DeliveryApi() {
    }

    public record IntakeRequest(@NotNull Long householdId, String carrier, String trackingNumber) {
    }

    public record PickupRequest(String code) {
    }

    public record DoorstepRequest(@NotNull Long offeringId) {
    }

    /** A parcel as the station sees it: no pickup code. */
    public record ParcelResponse(long id, long householdId, String address, String carrier, String trackingNumber,
                                 ParcelStatus status, Instant arrivedAt, boolean overdue, Instant handedOverAt,
                                 Long doorstepOrderId) {

        static ParcelResponse of(Parcel p, Instant now) {
            return new ParcelResponse(p.id(), p.householdId(), p.address(), p.carrier(), p.trackingNumber(),
                    p.status(), p.arrivedAt(), p.isOverdue(now), p.handedOverAt(), p.doorstepOrderId());
        }
    }

    /** A parcel as its household sees it: with the pickup code while it waits. */
    public record MyParcelResponse(long id, String carrier, String trackingNumber, ParcelStatus status,
                                   Instant arrivedAt, String pickupCode, Long doorstepOrderId) {

        static MyParcelResponse of(Parcel p) {
            return new MyParcelResponse(p.id(), p.carrier(), p.trackingNumber(), p.status(), p.arrivedAt(),
                    p.status() == ParcelStatus.WAITING ? p.pickupCode() : null, p.doorstepOrderId());
        }
    }

    public record HomeResponse(long id, String address) {
    }
}
