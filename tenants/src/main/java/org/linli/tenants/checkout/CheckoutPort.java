package org.linli.tenants.checkout;

import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantId;

/**
 * Payments at the gateway for what is not a marketplace order — a flea-market purchase, an ad booking — implemented
 * by the billing module, which owns every gateway conversation. The features never talk to a gateway themselves.
 *
 * <p>{@link #begin} opens a payment and answers with where the payer goes (a cashier page), or confirmed at once
 * (the development gateway). Either way the feature learns that the money is in only through the
 * {@link CheckoutPaid} event, fired once per subject in the transaction that records the payment. Refunds carry a
 * request number that makes retries safe. A subject given up before it was paid is {@link #abandon abandoned}: its
 * open trades are closed, and money that reaches the gateway all the same is given back.
 */
public interface CheckoutPort {

    Start begin(Request request);

    Refund refund(RefundRequest request);

    void abandon(TenantId tenant, Purpose purpose, long subjectId);

    /** What is paid for; billing gives each its own trade-number prefix. */
    enum Purpose {
        /** A flea-market reservation paid online: the money is held until handover, then goes to the seller. */
        FLEA_RESERVATION,
        /** An advertiser's booking of an ad slot: the money is split between platform and tenant. */
        AD_BOOKING
    }

    /** Where the payer pays: a phone browser (wap pay) or a desktop one (page pay). */
    enum Channel { PHONE, DESKTOP }

    /**
     * Pay {@code amount} for {@code subjectId}; {@code title} is what the payer's statement shows, {@code returnPath}
     * the application path the cashier sends the payer back to, {@code sellerResidentId} the resident the money is
     * released to for a flea-market purchase (null otherwise).
     */
    record Request(TenantId tenant, Purpose purpose, long subjectId, Money amount, String title, Channel channel,
                   String returnPath, Long sellerResidentId) {
    }

    /** Either {@code confirmed} with the gateway's reference, or pending with the URL of the cashier page. */
    record Start(boolean confirmed, String reference, String cashierUrl) {
    }

    /** Give back {@code amount} of the subject's payment; the same {@code requestNo} never refunds twice. */
    record RefundRequest(TenantId tenant, Purpose purpose, long subjectId, Money amount, String requestNo) {
    }

    /** Whether the gateway gave the money back, under which reference, and how much. */
    record Refund(boolean done, String reference, Money amount) {
    }
}
