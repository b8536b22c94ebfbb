package org.linli.billing.payments;

/**
 * The owner of a paid checkout refused it (409 {@code code}) in a way that doomed the transaction recording the
 * payment, so nothing of it could be kept. Whoever applied the gateway's report catches it and records the payment
 * again in a transaction of its own, as refused, giving the money back ({@link PaymentService#refuseCheckout}).
 */
public class CheckoutRefusal extends RuntimeException {

    private final String code;
    private final String tradeNumber;
    private final transient PaymentService.GatewayReport report;

    CheckoutRefusal(String code, String tradeNumber, PaymentService.GatewayReport report) {
        super("checkout " + tradeNumber + " refused by its owner: " + code);
        this.code = code;
        this.tradeNumber = tradeNumber;
        this.report = report;
    }

    public String code() {
        return code;
    }

    public String tradeNumber() {
        return tradeNumber;
    }

    public PaymentService.GatewayReport report() {
        return report;
    }
}
