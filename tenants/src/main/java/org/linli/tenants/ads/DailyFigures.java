package org.linli.tenants.ads;

import java.time.LocalDate;

/** One day of a booking's report: impressions, clicks and the click-through rate. */
public record DailyFigures(LocalDate day, long impressions, long clicks) {

    /**
     * Clicks per impression, in percent with two decimals (0 when nothing was shown). A click can arrive without a
     * counted impression (a bot's impression, a repeated view), so the rate may exceed 100 on tiny numbers.
     */
    public double ctrPercent() {
        if (impressions == 0) {
            return 0;
        }
        return Math.round(clicks * 10_000.0 / impressions) / 100.0;
    }
}
