package org.linli.billing.payments;

import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.OrderId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeNumberTest {

    @Test
    void namesTenantOrderAndAttemptInAlipaysAlphabetAndReadsBack() {
        TradeNumber number = TradeNumber.ofOrder(TenantId.of(3), new OrderId(1204), 2);
        assertThat(number.toString()).isEqualTo("LL3_1204_2").matches("[A-Za-z0-9_]{1,64}");
        assertThat(TradeNumber.parse("LL3_1204_2")).contains(number);
        assertThat(number.order()).isEqualTo(new OrderId(1204));
    }

    @Test
    void anInvoicesTradeIsToldApartFromAnOrdersOfTheSameNumber() {
        TradeNumber invoice = TradeNumber.ofInvoice(TenantId.of(3), 1204, 1);
        assertThat(invoice.toString()).isEqualTo("LI3_1204_1");
        assertThat(TradeNumber.parse("LI3_1204_1")).contains(invoice);
        assertThat(invoice).isNotEqualTo(TradeNumber.ofOrder(TenantId.of(3), new OrderId(1204), 1));
        assertThat(invoice.subject()).isEqualTo(TradeNumber.Subject.INVOICE);
        assertThatThrownBy(invoice::order).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anythingElseIsNotOurs() {
        assertThat(TradeNumber.parse(null)).isEmpty();
        assertThat(TradeNumber.parse("LL3_1204")).isEmpty();
        assertThat(TradeNumber.parse("LL3_1204_0")).isEmpty();
        assertThat(TradeNumber.parse("LL3_0_1")).isEmpty();
        assertThat(TradeNumber.parse("XX3_1204_1")).isEmpty();
        assertThat(TradeNumber.parse("LX3_1204_1")).isEmpty();
        assertThat(TradeNumber.parse("LL0_1204_1")).isEmpty();
        assertThat(TradeNumber.parse("LL99999999999999999999_1_1")).isEmpty();
    }
}
