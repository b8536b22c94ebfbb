package org.linli.tenants.points;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.registry.residents.ResidentId;

import java.util.Objects;

/**
 * Points to award a member for one event: the event's {@code source} reference makes the award idempotent (one lot
 * per source), and the rule version it was computed with is kept on the lot. With a {@code dailyCap}, the member's
 * awards of the same kind and topic on the same day never exceed it (checked under the member's lock).
 */
public record Award(ResidentId resident, long points, String source, EventKind kind, String topic, Long ruleId,
                    Integer ruleVersion, String memo, Long dailyCap) {

    static final int MAX_SOURCE = 90;

    public Award {
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(kind, "kind");
        if (points <= 0) {
            throw DomainException.invalid(FieldError.of("points", "positive"));
        }
        if (source == null || source.isBlank() || source.length() > MAX_SOURCE) {
            throw DomainException.invalid(FieldError.of("source", "required"));
        }
        if (dailyCap != null && dailyCap < 0) {
            throw DomainException.invalid(FieldError.of("dailyCap", "range"));
        }
        if (memo != null && memo.length() > 200) {
            memo = memo.substring(0, 200);
        }
    }

    /** An award that no rule computed (a correction, a gift of the tenant): no version, no cap. */
    public static Award of(ResidentId resident, long points, String source, EventKind kind, String memo) {
        return new Award(resident, points, source, kind, null, null, null, memo, null);
    }
}
