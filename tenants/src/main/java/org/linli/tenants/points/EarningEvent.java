package org.linli.tenants.points;

import org.linli.tenants.registry.residents.ResidentId;

import java.util.Objects;

/**
 * Something a resident did that may earn points: its kind (and check-in topic), how much of it ({@code quantity}
 * minutes for volunteering, 1 otherwise) and the source reference that makes awarding it idempotent.
 */
public record EarningEvent(EventKind kind, String topic, ResidentId resident, long quantity, String source,
                           String memo) {

    public EarningEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(source, "source");
    }
}
