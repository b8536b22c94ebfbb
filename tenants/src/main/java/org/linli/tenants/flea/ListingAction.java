package org.linli.tenants.flea;

/** What moves a listing: its seller's acts, a buyer's reservation and its outcome, and the expiry job. */
public enum ListingAction {
    PUBLISH, RESERVE, RELEASE, SELL, WITHDRAW, EXPIRE, RENEW
}
