package org.linli.tenants.marketplace;

/**
 * How an offering's price is computed from its unit price: once ({@code FIXED}), per started hour of the booked
 * slot ({@code HOURLY}), per visit or per month ({@code PER_VISIT}, {@code PER_MONTH}: times the quantity) or per
 * square metre of the household's floor area from the registry ({@code PER_SQM}, rounded to the nearest fen).
 */
public enum PricingModel {
    FIXED,
    HOURLY,
    PER_VISIT,
    PER_MONTH,
    PER_SQM
}
