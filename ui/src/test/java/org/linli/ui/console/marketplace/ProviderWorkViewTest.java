package org.linli.ui.console.marketplace;

import org.junit.jupiter.api.Test;
import org.linli.tenants.orders.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Which filter of the work list shows a job chosen from today's jobs. */
class ProviderWorkViewTest {

    @Test
    void anOpenJobIsShownByTheOpenListAsItIs() {
        assertThat(ProviderWorkView.filterShowing(OrderStatus.ACCEPTED, null)).isNull();
        assertThat(ProviderWorkView.filterShowing(OrderStatus.PAID, null)).isNull();
        assertThat(ProviderWorkView.filterShowing(OrderStatus.IN_SERVICE, OrderStatus.IN_SERVICE))
                .isEqualTo(OrderStatus.IN_SERVICE);
    }

    @Test
    void aJobTheListDoesNotShowSwitchesTheListToItsState() {
        assertThat(ProviderWorkView.filterShowing(OrderStatus.COMPLETED, null)).isEqualTo(OrderStatus.COMPLETED);
        assertThat(ProviderWorkView.filterShowing(OrderStatus.ACCEPTED, OrderStatus.PAID))
                .isEqualTo(OrderStatus.ACCEPTED);
        assertThat(ProviderWorkView.filterShowing(OrderStatus.REVIEWED, OrderStatus.COMPLETED))
                .isEqualTo(OrderStatus.REVIEWED);
    }
}
