package org.linli.tenants.oversight;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** A calendar month as the instants it starts and ends (exclusive) in China's time zone. */
public record MonthPeriod(Instant from, Instant to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static MonthPeriod of(YearMonth month) {
        return new MonthPeriod(month.atDay(1).atStartOfDay(ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
    }
}
