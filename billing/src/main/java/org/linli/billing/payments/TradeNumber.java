package org.linli.billing.payments;

import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.orders.OrderId;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant's trade number ({@code out_trade_no}) of one payment attempt: {@code LL<tenant>_<order>_<attempt>}.
 * It names the tenant because the gateway's notify arrives without one, and Alipay allows only letters, digits and
 * underscores (at most 64).
 */
public record TradeNumber(TenantId tenant, OrderId order, int attempt) {

    private static final Pattern FORMAT = Pattern.compile("LL(\\d{1,18})_(\\d{1,18})_(\\d{1,4})");

    public TradeNumber {
        if (attempt < 1 || attempt > 9999) {
            throw new IllegalArgumentException("attempt out of range: " + attempt);
        }
    }

    public static Optional<TradeNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TradeNumber(TenantId.of(Long.parseLong(m.group(1))),
                    new OrderId(Long.parseLong(m.group(2))), Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "LL" + tenant.value() + "_" + order.value() + "_" + attempt;
    }
}
