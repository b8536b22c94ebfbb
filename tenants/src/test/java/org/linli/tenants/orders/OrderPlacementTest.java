package org.linli.tenants.orders;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.OfferingId;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request that lost the idempotency key to a concurrent one is answered with the winner's order, by asking once
 * more; anything else, and a second failure, reaches the caller as it was.
 */
class OrderPlacementTest {

    private static final OrderCommands.NewOrder COMMAND = new OrderCommands.NewOrder(new OfferingId(7), null, 1,
            null, null);
    private static final OrderView REPLAYED = new OrderView(null, OrderParty.RESIDENT, List.of(), null, true);

    @Test
    void theLoserOfTheKeyIsAnsweredWithTheWinnersOrder() {
        Answers orders = new Answers(() -> {
            throw new PersistenceException("duplicate key");
        }, () -> REPLAYED);
        assertThat(placement(orders).place(COMMAND, "key-1")).isSameAs(REPLAYED);
        assertThat(orders.keys).containsExactly("key-1", "key-1");
    }

    @Test
    void aPlacementThatWorksIsAskedOnce() {
        Answers orders = new Answers(() -> REPLAYED);
        placement(orders).place(COMMAND, "key-1");
        assertThat(orders.keys).hasSize(1);
    }

    @Test
    void aSecondFailureIsNotHidden() {
        Answers orders = new Answers(() -> {
            throw new PersistenceException("duplicate key");
        }, () -> {
            throw new PersistenceException("still failing");
        });
        assertThatThrownBy(() -> placement(orders).place(COMMAND, "key-1")).hasMessage("still failing");
    }

    @Test
    void aRefusalIsNotRetried() {
        Answers orders = new Answers(() -> {
            throw DomainException.conflict("offering_not_on_sale");
        });
        assertThatThrownBy(() -> placement(orders).place(COMMAND, "key-1")).isInstanceOf(DomainException.class);
        assertThat(orders.keys).hasSize(1);
    }

    private static OrderPlacement placement(OrderService orders) {
        OrderPlacement placement = new OrderPlacement();
        placement.orders = orders;
        return placement;
    }

    /** An order service that answers each placement with the next of its answers. */
    private static final class Answers extends OrderService {

        private final Deque<Supplier<OrderView>> answers;
        private final List<String> keys = new ArrayList<>();

        @SafeVarargs
        Answers(Supplier<OrderView>... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public OrderView place(OrderCommands.NewOrder command, String idempotencyKey) {
            keys.add(idempotencyKey);
            return answers.removeFirst().get();
        }
    }
}
