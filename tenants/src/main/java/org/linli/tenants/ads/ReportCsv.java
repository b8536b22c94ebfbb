package org.linli.tenants.ads;

import java.util.List;
import java.util.Locale;

/** A booking's daily report as CSV: a header row, then day, impressions, clicks and CTR in percent per day. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(List<DailyFigures> days) {
        StringBuilder csv = new StringBuilder("day,impressions,clicks,ctr_percent\r\n");
        for (DailyFigures day : days) {
            csv.append(day.day()).append(',').append(day.impressions()).append(',').append(day.clicks()).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", day.ctrPercent())).append("\r\n");
        }
        return csv.toString();
    }
}
