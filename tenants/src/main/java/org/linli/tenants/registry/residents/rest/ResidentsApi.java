package org.linli.tenants.registry.residents.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.privacy.DataAccess;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The request and response bodies of {@link MyDataResource} and {@link ResidentResource}, as records; requests
 * carry their Bean Validation constraints.
 */
public final class ResidentsApi {

    private ResidentsApi() {
    }

    /** Absent fields are hidden from the caller; masked ones look like {@code 138****5678}. */
    public record ResidentResponse(long id, long householdId, long communityId, Long gridId, String address,
                                   String name, Gender gender, Relation relation, String birthDate, String mobile,
                                   String idNumber, Set<Tag> tags, ResidentStatus status, Set<String> revealable) {
        public static ResidentResponse of(ResidentRecord r) {
            return new ResidentResponse(r.id().value(), r.household().value(), r.community().value(), r.grid(),
                    r.address(), r.name(), r.gender(), r.relation(), r.birthDate(), r.mobile(), r.idNumber(),
                    r.tags(), r.status(), r.revealable().stream().map(PersonalField::jsonName)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /**
     * Dates as {@code 1950-03-14}; {@code gender} MALE or FEMALE; {@code tags} e.g. ELDERLY_ALONE. The household is
     * required when a resident is added; a change is not validated ({@code @Valid}) and leaves it out.
     */
    public record ResidentRequest(@NotNull Long householdId, String name, String gender, String relation,
                                  String birthDate, String mobile, String idNumber, List<String> tags) {
    }

    public record MoveRequest(@NotNull Long householdId) {
    }

    public record RevealRequest(@NotNull String field, String purpose) {
    }

    public record AccountRequest(@NotNull Long userId) {
    }

    public record RevealResponse(String field, String value) {
    }

    public record AccessResponse(String field, String purpose, String actor, String actorRole, Instant accessedAt) {
        static AccessResponse of(DataAccess access) {
            return new AccessResponse(access.field().jsonName(), access.purpose(), access.actor(),
                    access.actorRole(), access.accessedAt());
        }
    }
}
