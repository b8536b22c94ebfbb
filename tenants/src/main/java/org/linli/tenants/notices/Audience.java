package org.linli.tenants.notices;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.registry.residents.Tag;

import java.util.Set;

/**
 * Whom a notice addresses. {@code target} is the community of {@link AudienceKind#COMMUNITY} or the grid of
 * {@link AudienceKind#GRID}; {@code buildings} are those of {@link AudienceKind#BUILDINGS}; {@code tag} is that of
 * {@link AudienceKind#TAG}. Each kind carries exactly what it needs and nothing else.
 */
public record Audience(AudienceKind kind, Long target, Tag tag, Set<Long> buildings) {

    /** A building audience names at most this many buildings (beyond that, address the community or a grid). */
    public static final int MAX_BUILDINGS = 100;

    public Audience {
        buildings = buildings == null ? Set.of() : Set.copyOf(buildings);
    }

    public static Audience tenant() {
        return new Audience(AudienceKind.TENANT, null, null, Set.of());
    }

    /** The audience as entered, or a field error naming what is missing or superfluous. */
    public static Audience of(AudienceKind kind, Long target, Tag tag, Set<Long> buildings) {
        if (kind == null) {
            throw DomainException.invalid(FieldError.of("audience", "required"));
        }
        Set<Long> chosen = buildings == null ? Set.of() : buildings;
        boolean needsTarget = kind == AudienceKind.COMMUNITY || kind == AudienceKind.GRID;
        if (needsTarget != (target != null)) {
            throw DomainException.invalid(FieldError.of("targetId",
                    needsTarget ? "required" : "notice_audience_extra"));
        }
        if ((kind == AudienceKind.TAG) != (tag != null)) {
            throw DomainException.invalid(FieldError.of("tag", tag == null ? "required" : "notice_audience_extra"));
        }
        if ((kind == AudienceKind.BUILDINGS) != !chosen.isEmpty()) {
            throw DomainException.invalid(FieldError.of("buildingIds", chosen.isEmpty() ? "required"
                    : "notice_audience_extra"));
        }
        if (chosen.size() > MAX_BUILDINGS) {
            throw DomainException.invalid(FieldError.of("buildingIds", "too_many", MAX_BUILDINGS));
        }
        return new Audience(kind, target, tag, chosen);
    }

    /** Whether a resident standing where {@code who} stands is addressed. */
    public boolean includes(Addressee who) {
        return switch (kind) {
            case TENANT -> true;
            case COMMUNITY -> target == who.community();
            case BUILDINGS -> buildings.contains(who.building());
            case GRID -> who.grid() != null && target.longValue() == who.grid();
            case TAG -> who.tags().contains(tag);
        };
    }
}
