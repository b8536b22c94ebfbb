package org.linli.billing.checkout;

import org.linli.billing.payments.TradeNumber;

/** How checkouts are named in the ledger: the reference of their postings and the kind their payment moves under. */
public final class CheckoutReferences {

    private CheckoutReferences() {
    }

    /** Where a flea-market purchase's postings are referenced ({@code flea:<reservation>}), and an ad booking's. */
    public static String reference(TradeNumber.Subject subject, long subjectId) {
        return (subject == TradeNumber.Subject.FLEA ? "flea:" : "ad:") + subjectId;
    }

    /**
     * The ledger kind a checkout's payment is posted under (what reconciliation matches the bill against): a hold for
     * a flea-market purchase, a payment split (earned and settled like an order's) for an ad booking.
     */
    public static String paymentKind(TradeNumber.Subject subject) {
        return subject == TradeNumber.Subject.FLEA ? "flea-hold" : "payment-split";
    }
}
