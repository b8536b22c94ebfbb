package org.linli.tenants.ads;

import org.linli.platform.export.Csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** A booking's daily report as CSV: a header row, then day, impressions, clicks and CTR in percent per day. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(List<DailyFigures> days) {
        StringBuilder out = new StringBuilder();
        try {
            Csv.Printer csv = Csv.printer(out).row("day", "impressions", "clicks", "ctr_percent");
            for (DailyFigures day : days) {
                csv.row(day.day(), day.impressions(), day.clicks(),
                        String.format(Locale.ROOT, "%.2f", day.ctrPercent()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
