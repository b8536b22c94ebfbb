package org.linli.billing.payments;

import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.orders.OrderId;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant's trade number ({@code out_trade_no}) of one payment attempt: {@code LL<tenant>_<order>_<attempt>}
 * for a resident's order, {@code LI<tenant>_<invoice>_<attempt>} for a tenant's module invoice,
 * {@code LF<tenant>_<reservation>_<attempt>} for a flea-market purchase paid online and
 * {@code LA<tenant>_<booking>_<attempt>} for an ad booking. It names the tenant
 * and what is paid because the gateway's notify arrives without either, and Alipay allows only letters, digits and
 * underscores (at most 64).
 */
public record TradeNumber(TenantId tenant, Subject subject, long subjectId, int attempt) {

    /** What a payment collects, and the prefix its trade numbers carry. */
    public enum Subject {
        ORDER("LL"), INVOICE("LI"), FLEA("LF"), AD("LA");

        private final String prefix;

        Subject(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** The subject of a checkout's purpose: its trades are the port's, not an order's or an invoice's. */
        public static Subject of(CheckoutPort.Purpose purpose) {
            return switch (purpose) {
                case FLEA_RESERVATION -> FLEA;
                case AD_BOOKING -> AD;
            };
        }

        /** The checkout purpose paid by this subject's trades, if they are the checkout port's. */
        public Optional<CheckoutPort.Purpose> purpose() {
            return switch (this) {
                case FLEA -> Optional.of(CheckoutPort.Purpose.FLEA_RESERVATION);
                case AD -> Optional.of(CheckoutPort.Purpose.AD_BOOKING);
                default -> Optional.empty();
            };
        }

        static Optional<Subject> ofPrefix(String prefix) {
            return Arrays.stream(values()).filter(s -> s.prefix.equals(prefix)).findFirst();
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(LL|LI|LF|LA)(\\d{1,18})_(\\d{1,18})_(\\d{1,4})");

    public TradeNumber {
        if (attempt < 1 || attempt > 9999) {
            throw new IllegalArgumentException("attempt out of range: " + attempt);
        }
        if (subjectId < 1) {
            throw new IllegalArgumentException("no " + subject + " " + subjectId);
        }
    }

    public static TradeNumber ofOrder(TenantId tenant, OrderId order, int attempt) {
        return new TradeNumber(tenant, Subject.ORDER, order.value(), attempt);
    }

    public static TradeNumber ofInvoice(TenantId tenant, long invoiceId, int attempt) {
        return new TradeNumber(tenant, Subject.INVOICE, invoiceId, attempt);
    }

    /** A checkout's trade: {@code LF…} for a flea-market purchase, {@code LA…} for an ad booking. */
    public static TradeNumber ofCheckout(TenantId tenant, CheckoutPort.Purpose purpose, long subjectId, int attempt) {
        return new TradeNumber(tenant, Subject.of(purpose), subjectId, attempt);
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
            Subject subject = Subject.ofPrefix(m.group(1)).orElseThrow();
            return Optional.of(new TradeNumber(TenantId.of(Long.parseLong(m.group(2))), subject,
                    Long.parseLong(m.group(3)), Integer.parseInt(m.group(4))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The order paid; only for {@link Subject#ORDER} trades. */
    public OrderId order() {
        if (subject != Subject.ORDER) {
            throw new IllegalStateException(this + " pays no order");
        }
        return new OrderId(subjectId);
    }

    @Override
    public String toString() {
        return subject.prefix + tenant.value() + "_" + subjectId + "_" + attempt;
    }
}
