package org.linli.billing.payments;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.OrderId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeNumberTest {

    /** The largest tenant or subject a trade number carries: 18 digits. */
    private static final long MAX = 999_999_999_999_999_999L;

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

    @Test
    void aFleaPurchaseTradesUnderLfAndAnAdBookingUnderLa() {
        TradeNumber flea = TradeNumber.ofCheckout(TenantId.of(3), CheckoutPort.Purpose.FLEA_RESERVATION, 77, 1);
        TradeNumber ad = TradeNumber.ofCheckout(TenantId.of(3), CheckoutPort.Purpose.AD_BOOKING, 77, 2);
        assertThat(flea.toString()).isEqualTo("LF3_77_1");
        assertThat(ad.toString()).isEqualTo("LA3_77_2");
        assertThat(TradeNumber.parse("LF3_77_1")).contains(flea);
        assertThat(TradeNumber.parse("LA3_77_2")).contains(ad);
        assertThat(flea.subject().purpose()).contains(CheckoutPort.Purpose.FLEA_RESERVATION);
        assertThat(ad.subject().purpose()).contains(CheckoutPort.Purpose.AD_BOOKING);
        assertThat(TradeNumber.Subject.ORDER.purpose()).isEmpty();
        assertThatThrownBy(flea::order).isInstanceOf(IllegalStateException.class);
    }

    @Property
    void everyTradeNumberReadsBackAsItselfWithinAlipaysLimits(@ForAll TradeNumber.Subject subject,
                                                              @ForAll @LongRange(min = 1, max = MAX) long tenant,
                                                              @ForAll @LongRange(min = 1, max = MAX) long subjectId,
                                                              @ForAll @IntRange(min = 1, max = 9999) int attempt) {
        TradeNumber number = new TradeNumber(TenantId.of(tenant), subject, subjectId, attempt);
        assertThat(number.toString()).matches("[A-Za-z0-9_]{1,64}").startsWith(subject.prefix());
        assertThat(TradeNumber.parse(number.toString())).contains(number);
    }
}
