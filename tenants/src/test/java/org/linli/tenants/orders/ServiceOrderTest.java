package org.linli.tenants.orders;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingCommands;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.modules.Module;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules an order keeps itself, whoever moves it: a free order has nothing to refund, only the resident pays a
 * cancellation fee and only once the order was paid, the cash given back never includes the points' discount or the
 * fee kept, and the slot of a visit that never happened is free again.
 */
class ServiceOrderTest {

    private static final Instant PLACED_AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant VISIT = Instant.parse("2026-12-03T02:00:00Z");
    /** Within the offering's 24 free hours before the visit: a resident cancelling now pays the fee. */
    private static final Instant LATE = VISIT.minus(Duration.ofHours(3));
    private static final Instant EARLY = VISIT.minus(Duration.ofHours(48));
    private static final Actor RESIDENT = Actor.user(4, "13800000000", "王芳", Role.RESIDENT, TenantId.of(1));

    @Test
    void aFreeOrderCannotBeRefundedWhileAPaidOneCan() {
        ServiceOrder free = paid(order(0));
        assertThatThrownBy(() -> free.check(OrderAction.REQUEST_REFUND)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
        assertThatThrownBy(() -> free.apply(OrderAction.REQUEST_REFUND, RESIDENT, LATE, "不想要了"))
                .isInstanceOf(DomainException.class);
        assertThat(free.status()).isEqualTo(OrderStatus.PAID);
        free.check(OrderAction.CANCEL);

        ServiceOrder bought = paid(order(12_000));
        bought.check(OrderAction.REQUEST_REFUND);
        bought.apply(OrderAction.REQUEST_REFUND, RESIDENT, LATE, "不想要了");
        assertThat(bought.status()).isEqualTo(OrderStatus.REFUND_REQUESTED);
    }

    @Test
    void whatTheLifecycleRefusesTheOrderRefusesBeforeAnythingMoves() {
        ServiceOrder placed = order(12_000);
        assertThatThrownBy(() -> placed.check(OrderAction.ACCEPT)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
        assertThat(placed.status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void onlyTheResidentPaysACancellationFee() {
        ServiceOrder order = paid(order(12_000));
        assertThat(order.cancellationFee(OrderParty.RESIDENT, LATE)).isEqualTo(Money.fen(3_000));
        assertThat(order.cancellationFee(OrderParty.OPERATOR, LATE)).isEqualTo(Money.ZERO);
        assertThat(order.cancellationFee(OrderParty.PROVIDER, LATE)).isEqualTo(Money.ZERO);
    }

    @Test
    void anOrderNotYetPaidCostsNothingToCancel() {
        assertThat(order(12_000).cancellationFee(OrderParty.RESIDENT, LATE)).isEqualTo(Money.ZERO);
    }

    @Test
    void aPaidOrderCostsTheFeeOnlyOnceItsFreeHoursAreOver() {
        ServiceOrder order = paid(order(12_000));
        assertThat(order.cancellationFee(OrderParty.RESIDENT, EARLY)).isEqualTo(Money.ZERO);
        ServiceOrder accepted = paid(order(12_000));
        accepted.apply(OrderAction.ACCEPT, RESIDENT, EARLY, null);
        assertThat(accepted.cancellationFee(OrderParty.RESIDENT, LATE)).isEqualTo(Money.fen(3_000));
    }

    @Test
    void theFeeNeverExceedsTheAmount() {
        assertThat(paid(order(2_000)).cancellationFee(OrderParty.RESIDENT, LATE)).isEqualTo(Money.fen(2_000));
    }

    @Test
    void theCashGivenBackIsWhatIsStillHeldLessTheFeeKept() {
        ServiceOrder order = paid(order(12_000));
        assertThat(order.cashBack(Money.ZERO)).isEqualTo(Money.fen(12_000));
        assertThat(order.cashBack(Money.fen(3_000))).isEqualTo(Money.fen(9_000));
        order.recordRefund(Money.fen(5_000));
        assertThat(order.cashBack(Money.ZERO)).isEqualTo(Money.fen(7_000));
        assertThat(order.cashBack(Money.fen(9_000))).isEqualTo(Money.ZERO);
    }

    @Test
    void thePointsDiscountIsNeverGivenBackAsCash() {
        ServiceOrder order = order(12_000);
        order.recordDiscount(new PointsDiscount(400, Money.fen(4_000)));
        paid(order);
        assertThat(order.cashBack(Money.ZERO)).isEqualTo(Money.fen(8_000));
        assertThat(order.cashBack(order.cancellationFee(OrderParty.RESIDENT, LATE))).isEqualTo(Money.fen(5_000));
    }

    @Test
    void cancellingOrExpiringFreesTheSlot() {
        assertThat(order(12_000).freesItsSlotBy(OrderAction.CANCEL)).isTrue();
        assertThat(order(12_000).freesItsSlotBy(OrderAction.EXPIRE)).isTrue();
        assertThat(paid(order(12_000)).freesItsSlotBy(OrderAction.CANCEL)).isTrue();
        assertThat(paid(order(12_000)).freesItsSlotBy(OrderAction.DECLINE)).isTrue();
        ServiceOrder accepted = moved(paid(order(12_000)), OrderAction.ACCEPT);
        assertThat(accepted.freesItsSlotBy(OrderAction.CANCEL)).isTrue();
    }

    @Test
    void aRefundFreesTheSlotOnlyWhenItWasAskedForBeforeTheVisit() {
        ServiceOrder unserved = moved(paid(order(12_000)), OrderAction.ACCEPT, OrderAction.REQUEST_REFUND);
        assertThat(unserved.freesItsSlotBy(OrderAction.REFUND)).isTrue();
        ServiceOrder served = moved(paid(order(12_000)), OrderAction.ACCEPT, OrderAction.START,
                OrderAction.COMPLETE, OrderAction.REQUEST_REFUND);
        assertThat(served.freesItsSlotBy(OrderAction.REFUND)).isFalse();
    }

    @Test
    void noMoveThatKeepsTheOrderGoingFreesTheSlot() {
        Set<OrderAction> ongoing = EnumSet.of(OrderAction.PAY, OrderAction.ACCEPT, OrderAction.START,
                OrderAction.COMPLETE, OrderAction.REVIEW, OrderAction.REQUEST_REFUND, OrderAction.REJECT_REFUND);
        List<ServiceOrder> states = List.of(order(12_000), paid(order(12_000)),
                moved(paid(order(12_000)), OrderAction.ACCEPT),
                moved(paid(order(12_000)), OrderAction.ACCEPT, OrderAction.START),
                moved(paid(order(12_000)), OrderAction.ACCEPT, OrderAction.START, OrderAction.COMPLETE),
                moved(paid(order(12_000)), OrderAction.REQUEST_REFUND));
        for (ServiceOrder order : states) {
            for (OrderAction action : ongoing) {
                if (OrderLifecycle.allows(order.status(), action)) {
                    assertThat(order.freesItsSlotBy(action)).as("%s in %s", action, order.status()).isFalse();
                }
            }
        }
    }

    private static ServiceOrder paid(ServiceOrder order) {
        return moved(order, OrderAction.PAY);
    }

    private static ServiceOrder moved(ServiceOrder order, OrderAction... actions) {
        for (OrderAction action : actions) {
            order.apply(action, RESIDENT, PLACED_AT, null);
        }
        return order;
    }

    /** An order for a visit at {@link #VISIT}, free to cancel until 24 hours before it, ¥30 after that. */
    private static ServiceOrder order(long amountFen) {
        ServiceOrder order = new ServiceOrder(offering(), new OrderCommands.Booking(new ResidentId(1),
                new HouseholdId(2), new CommunityId(3), null, 4, "3栋2单元101", null, null, 1, "key-1", "hash"),
                Money.fen(amountFen), PLACED_AT);
        order.schedule(5, VISIT, VISIT.plus(Duration.ofHours(2)));
        setId(ServiceOrder.class, order, 42L);
        return order;
    }

    /** The catalogue makes offerings; here one is made as the catalogue would, without a database. */
    private static Offering offering() {
        try {
            Constructor<Offering> make = Offering.class.getDeclaredConstructor(ProviderId.class, double.class,
                    OfferingCommands.NewOffering.class, Instant.class);
            make.setAccessible(true);
            Offering offering = make.newInstance(new ProviderId(9), 0.0, new OfferingCommands.NewOffering(
                    Module.HOUSEKEEPING, "日常保洁", null, PricingModel.FIXED, 12_000, 120, true, 24, 3_000),
                    PLACED_AT);
            setId(Offering.class, offering, 7L);
            return offering;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void setId(Class<T> type, T entity, long value) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
