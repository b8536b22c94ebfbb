package org.linli.tenants.oversight;

import org.linli.platform.application.ChinaTime;

import java.time.Instant;
import java.time.YearMonth;

/** A calendar month as the instants it starts and ends (exclusive) in China's time zone. */
public record MonthPeriod(Instant from, Instant to) {

    public static MonthPeriod of(YearMonth month) {
        return new MonthPeriod(month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant());
    }
}
