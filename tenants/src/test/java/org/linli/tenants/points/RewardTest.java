package org.linli.tenants.points;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mall reward gives out stock only while on sale and never below zero; a cancellation puts one back. */
class RewardTest {

    @Test
    void stockGoesDownByOnePerRedemptionAndNeverBelowZero() {
        Reward bag = new Reward("环保购物袋", null, 50, 2, 1, Instant.EPOCH);
        bag.takeOne();
        bag.takeOne();
        assertThat(bag.stock()).isZero();
        assertThatThrownBy(bag::takeOne).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("points_reward_out_of_stock");
        bag.putBack();
        assertThat(bag.stock()).isEqualTo(1);
    }

    @Test
    void aRewardOffSaleCannotBeRedeemedUntilItIsBackOnSale() {
        Reward rice = new Reward("东北大米 5kg", null, 300, 5, 1, Instant.EPOCH);
        rice.restock(5, RewardStatus.OFF_SALE);
        assertThatThrownBy(rice::takeOne).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("points_reward_not_on_sale");
        rice.restock(4, RewardStatus.ON_SALE);
        rice.takeOne();
        assertThat(rice.stock()).isEqualTo(3);
    }

    @Test
    void stockCannotBeNegative() {
        assertThatThrownBy(() -> new Reward("券", null, 10, -1, 1, Instant.EPOCH))
                .isInstanceOf(DomainException.class);
    }
}
