package org.linli.tenants.points;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spending takes from the lots that expire first, never below zero; giving back returns to the same lots. */
class LotsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Provide
    Arbitrary<List<Lots.Lot>> lots() {
        Arbitrary<Lots.Lot> lot = Combinators.combine(Arbitraries.integers().between(-20, 400),
                Arbitraries.longs().between(0, 500)).as((days, remaining) -> new Lots.Lot(0, TODAY.plusDays(days),
                remaining));
        return lot.list().ofMinSize(0).ofMaxSize(12).map(list -> {
            List<Lots.Lot> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(new Lots.Lot(i + 1, list.get(i).expiresOn(), list.get(i).remaining()));
            }
            return numbered;
        });
    }

    @Property
    void spendingTakesTheLotsThatExpireFirstAndExactlyTheAmount(@ForAll("lots") List<Lots.Lot> lots,
                                                                 @ForAll @LongRange(min = 1, max = 3000) long points) {
        long available = Lots.spendable(lots, TODAY);
        if (points > available) {
            assertThatThrownBy(() -> Lots.consume(lots, points, TODAY)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("points_insufficient");
            return;
        }
        List<Lots.Take> takes = Lots.consume(lots, points, TODAY);
        Map<Long, Lots.Lot> byId = new HashMap<>();
        lots.forEach(lot -> byId.put(lot.id(), lot));
        assertThat(takes.stream().mapToLong(Lots.Take::points).sum()).isEqualTo(points);
        LocalDate last = takes.get(takes.size() - 1).lotId() == 0 ? null
                : byId.get(takes.get(takes.size() - 1).lotId()).expiresOn();
        for (Lots.Take take : takes) {
            Lots.Lot lot = byId.get(take.lotId());
            assertThat(take.points()).isPositive().isLessThanOrEqualTo(lot.remaining());
            assertThat(lot.expiresOn()).isAfterOrEqualTo(TODAY);
        }
        for (int i = 1; i < takes.size(); i++) {
            assertThat(byId.get(takes.get(i).lotId()).expiresOn())
                    .isAfterOrEqualTo(byId.get(takes.get(i - 1).lotId()).expiresOn());
        }
        // Every usable lot that expires before the last one taken from was emptied first.
        List<Long> taken = takes.stream().map(Lots.Take::lotId).toList();
        for (Lots.Lot lot : lots) {
            if (lot.remaining() > 0 && !lot.expiresOn().isBefore(TODAY) && lot.expiresOn().isBefore(last)) {
                assertThat(taken).contains(lot.id());
                assertThat(takes.stream().filter(t -> t.lotId() == lot.id()).findFirst().orElseThrow().points())
                        .isEqualTo(lot.remaining());
            }
        }
    }

    @Property
    void givingEverythingBackRestoresEveryLot(@ForAll("lots") List<Lots.Lot> lots,
                                              @ForAll @LongRange(min = 1, max = 3000) long points) {
        if (points > Lots.spendable(lots, TODAY)) {
            return;
        }
        List<Lots.Take> takes = Lots.consume(lots, points, TODAY);
        List<Lots.Use> uses = new ArrayList<>();
        for (int i = 0; i < takes.size(); i++) {
            uses.add(new Lots.Use(i, takes.get(i).lotId(), takes.get(i).points(), 0));
        }
        Map<Long, Long> back = new HashMap<>();
        Lots.giveBack(uses, points).forEach(take -> back.merge(take.lotId(), take.points(), Long::sum));
        Map<Long, Long> out = new HashMap<>();
        takes.forEach(take -> out.merge(take.lotId(), take.points(), Long::sum));
        assertThat(back).isEqualTo(out);
    }

    @Property
    void aPartialGiveBackReturnsToTheLotsTakenLastAndNeverMoreThanIsOut(
            @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 1, max = 100) Long> taken,
            @ForAll @LongRange(min = 1, max = 700) long points) {
        List<Lots.Use> uses = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            uses.add(new Lots.Use(i, 100 + i, taken.get(i), 0));
        }
        long out = taken.stream().mapToLong(Long::longValue).sum();
        if (points > out) {
            assertThatThrownBy(() -> Lots.giveBack(uses, points)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("points_give_back_exceeds");
            return;
        }
        List<Lots.Take> back = Lots.giveBack(uses, points);
        assertThat(back.stream().mapToLong(Lots.Take::points).sum()).isEqualTo(points);
        assertThat(back.get(0).lotId()).isEqualTo(100 + taken.size() - 1);
    }

    /**
     * A member's wallet run through random days of awards, spending, give-backs and expiry: the ledger balance (what
     * was posted) equals the remainder of the unexpired lots after every step, and never goes below zero.
     */
    @Property(tries = 300)
    void theBalanceAlwaysEqualsTheRemainderOfTheUnexpiredLots(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 3) Integer> steps,
            @ForAll @Size(min = 60, max = 60) List<@IntRange(min = 1, max = 300) Integer> amounts) {
        Wallet wallet = new Wallet();
        for (int i = 0; i < steps.size(); i++) {
            int amount = amounts.get(i);
            switch (steps.get(i)) {
                case 0 -> wallet.award(amount, wallet.today.plusDays(amount % 40));
                case 1 -> wallet.spend(amount, "spend-" + i);
                case 2 -> wallet.giveBackSome(amount);
                default -> wallet.nextDay();
            }
            assertThat(wallet.ledger).isEqualTo(wallet.lotsRemaining()).isNotNegative();
        }
    }

    @Test
    void pointsGivenBackToAnExpiredLotGetTheGracePeriod() {
        assertThat(Lots.expiryAfterGiveBack(TODAY.minusDays(1), TODAY, 30)).isEqualTo(TODAY.plusDays(30));
        assertThat(Lots.expiryAfterGiveBack(TODAY, TODAY, 30)).isEqualTo(TODAY);
        assertThat(Lots.expiryAfterGiveBack(TODAY.plusDays(200), TODAY, 30)).isEqualTo(TODAY.plusDays(200));
    }

    @Test
    void expiredLotsCannotBeSpent() {
        List<Lots.Lot> lots = List.of(new Lots.Lot(1, TODAY.minusDays(1), 100), new Lots.Lot(2, TODAY, 30));
        assertThat(Lots.spendable(lots, TODAY)).isEqualTo(30);
        assertThat(Lots.consume(lots, 30, TODAY)).containsExactly(new Lots.Take(2, 30));
        assertThatThrownBy(() -> Lots.consume(lots, 31, TODAY)).isInstanceOf(DomainException.class);
    }

    /** The wallet's bookkeeping in memory, the way {@link PointsWallet} does it with rows and postings. */
    private static final class Wallet {
        LocalDate today = TODAY;
        long ledger;
        final Map<Long, long[]> remaining = new HashMap<>();
        final Map<Long, LocalDate> expiry = new HashMap<>();
        final Map<String, List<Lots.Use>> uses = new HashMap<>();
        long next = 1;

        void award(long points, LocalDate until) {
            long id = next++;
            remaining.put(id, new long[]{points});
            expiry.put(id, until);
            ledger += points;
        }

        void spend(long points, String reference) {
            expireOverdue();
            List<Lots.Lot> lots = remaining.keySet().stream()
                    .map(id -> new Lots.Lot(id, expiry.get(id), remaining.get(id)[0])).toList();
            if (points > Lots.spendable(lots, today)) {
                return;
            }
            List<Lots.Use> taken = new ArrayList<>();
            for (Lots.Take take : Lots.consume(lots, points, today)) {
                remaining.get(take.lotId())[0] -= take.points();
                taken.add(new Lots.Use(taken.size(), take.lotId(), take.points(), 0));
            }
            uses.put(reference, taken);
            ledger -= points;
        }

        void giveBackSome(long points) {
            expireOverdue();
            for (Map.Entry<String, List<Lots.Use>> entry : uses.entrySet()) {
                long out = entry.getValue().stream().mapToLong(u -> u.points() - u.returned()).sum();
                long give = Math.min(out, points);
                if (give == 0) {
                    continue;
                }
                List<Lots.Use> after = new ArrayList<>(entry.getValue());
                for (Lots.Take take : Lots.giveBack(entry.getValue(), give)) {
                    remaining.get(take.lotId())[0] += take.points();
                    expiry.put(take.lotId(), Lots.expiryAfterGiveBack(expiry.get(take.lotId()), today, 30));
                    for (int i = 0; i < after.size(); i++) {
                        Lots.Use use = after.get(i);
                        if (use.lotId() == take.lotId()) {
                            after.set(i, new Lots.Use(use.order(), use.lotId(), use.points(),
                                    use.returned() + take.points()));
                        }
                    }
                }
                entry.setValue(after);
                ledger += give;
                return;
            }
        }

        void nextDay() {
            today = today.plusDays(7);
            expireOverdue();
        }

        void expireOverdue() {
            remaining.forEach((id, left) -> {
                if (expiry.get(id).isBefore(today)) {
                    ledger -= left[0];
                    left[0] = 0;
                }
            });
        }

        long lotsRemaining() {
            return remaining.entrySet().stream().filter(e -> !expiry.get(e.getKey()).isBefore(today))
                    .mapToLong(e -> e.getValue()[0]).sum();
        }
    }
}
