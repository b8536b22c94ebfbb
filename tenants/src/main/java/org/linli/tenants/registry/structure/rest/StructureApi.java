package org.linli.tenants.registry.structure.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.BuildingUnit;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The request and response bodies of {@link HouseholdResource} and {@link StructureResource}, as records; requests
 * carry their Bean Validation constraints.
 */
final class StructureApi {

    private StructureApi() {
    }

    /** An owner of the home; {@code shareBasisPoints} of 10000 is the whole home. */
    public record OwnerResponse(long residentId, String name, int shareBasisPoints) {
        static OwnerResponse of(OwnershipService.Owner owner) {
            return new OwnerResponse(owner.resident().value(), owner.name(), owner.share());
        }
    }

    /** {@code shareBasisPoints} 1..10000 makes the resident an owner; null makes them no owner. */
    public record OwnershipRequest(Integer shareBasisPoints) {
    }

    public record InviteResponse(String code, long householdId, Instant expiresAt) {
    }

    /** {@code floorArea} in square metres. */
    public record HouseholdResponse(long id, long unitId, long buildingId, long communityId, Long gridId, String room,
                                    String address, BigDecimal floorArea, HouseholdStatus status, Long mergedInto) {
        static HouseholdResponse of(Household h) {
            return new HouseholdResponse(h.id().value(), h.unit().value(), h.building().value(),
                    h.community().value(), h.gridId(), h.room(), h.address(), h.floorArea(), h.status(),
                    h.mergedInto());
        }
    }

    public record HouseholdRequest(@NotNull Long unitId, String room, BigDecimal floorArea) {
    }

    public record FloorAreaRequest(BigDecimal floorArea) {
    }

    public record MergeRequest(@NotNull Long into) {
    }

    public record CommunityResponse(long id, String name, String address) {
        static CommunityResponse of(Community community) {
            return new CommunityResponse(community.id().value(), community.name(), community.address());
        }
    }

    public record BuildingResponse(long id, long communityId, String name, Long gridId) {
        static BuildingResponse of(Building building) {
            return new BuildingResponse(building.id().value(), building.community().value(), building.name(),
                    building.gridId());
        }
    }

    public record UnitResponse(long id, long buildingId, String name) {
        static UnitResponse of(BuildingUnit unit) {
            return new UnitResponse(unit.id().value(), unit.building().value(), unit.name());
        }
    }

    public record CommunityRequest(String name, String address) {
    }

    public record NameRequest(String name) {
    }
}
