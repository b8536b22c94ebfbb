package org.linli.tenants.points;

import org.linli.platform.problem.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The arithmetic of lots, free of persistence: which lots a spending takes from (those expiring first), which lots
 * a give-back returns to (those it was taken from), and until when a returned point stays valid.
 */
public final class Lots {

    /** A lot as spending sees it: the last day it can be spent and what remains of it. */
    public record Lot(long id, LocalDate expiresOn, long remaining) {
    }

    /** Points taken from, or given back to, one lot. */
    public record Take(long lotId, long points) {
    }

    /** A past take that may be given back: {@code order} is the order taken in, {@code returned} what came back. */
    public record Use(long order, long lotId, long points, long returned) {

        long open() {
            return points - returned;
        }
    }

    private static final Comparator<Lot> EXPIRING_FIRST = Comparator.comparing(Lot::expiresOn)
            .thenComparingLong(Lot::id);

    private Lots() {
    }

    /** What can be spent on {@code today}: the remainders of lots not yet past their last day. */
    public static long spendable(Collection<Lot> lots, LocalDate today) {
        return lots.stream().filter(lot -> !lot.expiresOn().isBefore(today)).mapToLong(Lot::remaining).sum();
    }

    /**
     * Takes {@code points} from the lots usable on {@code today}, those that expire first first (ties: the older
     * lot). Refuses with 409 {@code points_insufficient} when they do not hold enough: a balance never goes below
     * zero.
     */
    public static List<Take> consume(Collection<Lot> lots, long points, LocalDate today) {
        if (points <= 0) {
            throw new IllegalArgumentException("points to spend must be positive: " + points);
        }
        long available = spendable(lots, today);
        if (available < points) {
            throw DomainException.conflict("points_insufficient", points, available);
        }
        List<Take> takes = new ArrayList<>();
        long open = points;
        for (Lot lot : lots.stream().filter(lot -> !lot.expiresOn().isBefore(today) && lot.remaining() > 0)
                .sorted(EXPIRING_FIRST).toList()) {
            long take = Math.min(open, lot.remaining());
            takes.add(new Take(lot.id(), take));
            open -= take;
            if (open == 0) {
                break;
            }
        }
        return takes;
    }

    /**
     * Returns {@code points} to the lots they were taken from, the last taken first (those expire last, so a partial
     * give-back leaves the resident the longest-lived points). More than is still out is refused with 409
     * {@code points_give_back_exceeds}.
     */
    public static List<Take> giveBack(Collection<Use> uses, long points) {
        if (points <= 0) {
            throw new IllegalArgumentException("points to give back must be positive: " + points);
        }
        long open = uses.stream().mapToLong(Use::open).sum();
        if (points > open) {
            throw DomainException.conflict("points_give_back_exceeds", points, open);
        }
        List<Take> back = new ArrayList<>();
        long left = points;
        for (Use use : uses.stream().filter(use -> use.open() > 0)
                .sorted(Comparator.comparingLong(Use::order).reversed()).toList()) {
            long give = Math.min(left, use.open());
            back.add(new Take(use.lotId(), give));
            left -= give;
            if (left == 0) {
                break;
            }
        }
        return back;
    }

    /**
     * The last day of points given back on {@code today} to a lot whose last day was {@code expiresOn}: unchanged
     * while the lot is still valid, else {@code graceDays} from today.
     */
    public static LocalDate expiryAfterGiveBack(LocalDate expiresOn, LocalDate today, int graceDays) {
        return expiresOn.isBefore(today) ? today.plusDays(graceDays) : expiresOn;
    }
}
