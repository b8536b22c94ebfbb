package org.linli.tenants.parking.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.parking.ParkingLot;
import org.linli.tenants.parking.ParkingPermit;
import org.linli.tenants.parking.ParkingSpace;
import org.linli.tenants.parking.PermitStatus;
import org.linli.tenants.parking.VisitorSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request and response bodies of {@link ParkingResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class ParkingApi {

    private ParkingApi() {
    }

    public record LotRequest(@NotNull Long communityId, @NotNull Long providerId, String name, Integer freeMinutes,
                             Long hourlyRateFen, Long dailyCapFen, Long permitOfferingId) {
    }

    public record LotResponse(long id, long communityId, long providerId, String name, int freeMinutes,
                              long hourlyRateFen, long dailyCapFen, Long permitOfferingId) {

        static LotResponse of(ParkingLot l) {
            return new LotResponse(l.id().value(), l.communityId(), l.providerId(), l.name(),
                    l.tariff().freeMinutes(), l.tariff().hourlyRate().fen(), l.tariff().dailyCap().fen(),
                    l.permitOfferingId());
        }
    }

    public record SpacesRequest(List<String> codes, String kind) {
    }

    public record SpaceResponse(long id, long lotId, String code, ParkingSpace.Kind kind) {

        static SpaceResponse of(ParkingSpace s) {
            return new SpaceResponse(s.id(), s.lot().value(), s.code(), s.kind());
        }
    }

    public record PermitRequest(@NotNull Long lotId, String plate, String firstDay, Integer months) {
    }

    public record PermitResponse(long id, long lotId, String plate, LocalDate validFrom, LocalDate validUntil,
                                 PermitStatus status, long orderId) {

        static PermitResponse of(ParkingPermit p) {
            return new PermitResponse(p.id(), p.lot().value(), p.plate(), p.validFrom(), p.validUntil(), p.status(),
                    p.orderId());
        }
    }

    public record EntryRequest(String plate) {
    }

    public record SessionResponse(long id, long lotId, String plate, boolean permitHolder, Instant enteredAt,
                                  Instant exitedAt, Long feeFen, String fee) {

        static SessionResponse of(VisitorSession s) {
            return new SessionResponse(s.id(), s.lot().value(), s.plate(), s.permitId() != null, s.enteredAt(),
                    s.exitedAt(), s.fee() == null ? null : s.fee().fen(), s.fee() == null ? null : s.fee().format());
        }
    }
}
