package org.linli.tenants.ads;

import org.linli.platform.problem.DomainException;

/**
 * The moves of a booking:
 * <pre>
 * REQUESTED ─submit→ CREATIVE_SUBMITTED ─approve→ CREATIVE_APPROVED ─pay→ PAID (running on its days, then ended)
 *                      │      ▲    └─reject→ CREATIVE_REJECTED ─submit┘
 *                      └──────┴── submit again (a new creative replaces the one under review or approved)
 * any state but PAID and CANCELLED ─cancel→ CANCELLED;  PAID ─cancel (before the first day, refunded)→ CANCELLED
 * </pre>
 * Nothing leaves {@code CANCELLED}; a paid booking's creative never changes, so what was approved is what runs.
 * Whether a paid booking may still be cancelled depends on the day, which {@link AdBooking} checks.
 */
public final class BookingLifecycle {

    private BookingLifecycle() {
    }

    public static boolean allows(BookingStatus from, BookingAction action) {
        return switch (action) {
            case SUBMIT_CREATIVE -> from != BookingStatus.PAID && from != BookingStatus.CANCELLED;
            case APPROVE, REJECT -> from == BookingStatus.CREATIVE_SUBMITTED;
            case PAY -> from == BookingStatus.CREATIVE_APPROVED;
            case CANCEL -> from != BookingStatus.CANCELLED;
        };
    }

    /** The state after {@code action}, or {@code invalid_transition} (409) when the lifecycle does not allow it. */
    public static BookingStatus next(BookingStatus from, BookingAction action) {
        if (!allows(from, action)) {
            throw DomainException.invalidTransition(from, action.name());
        }
        return switch (action) {
            case SUBMIT_CREATIVE -> BookingStatus.CREATIVE_SUBMITTED;
            case APPROVE -> BookingStatus.CREATIVE_APPROVED;
            case REJECT -> BookingStatus.CREATIVE_REJECTED;
            case PAY -> BookingStatus.PAID;
            case CANCEL -> BookingStatus.CANCELLED;
        };
    }
}
