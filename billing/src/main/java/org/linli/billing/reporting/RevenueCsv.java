package org.linli.billing.reporting;

import org.linli.platform.export.CsvCells;
import org.linli.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * A revenue report as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines,
 * amounts in yuan with two decimals, headers in the reader's language.
 */
public final class RevenueCsv {

    private RevenueCsv() {
    }

    public static String of(Revenue revenue, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.textLine(List.of(Messages.get(locale, "revenue.csv.module"),
                Messages.get(locale, "revenue.csv.orders"), Messages.get(locale, "revenue.csv.paid"),
                Messages.get(locale, "revenue.csv.platform"), Messages.get(locale, "revenue.csv.tenant"),
                Messages.get(locale, "revenue.csv.provider"))));
        for (Revenue.Line line : revenue.modules()) {
            row(csv, Messages.get(locale, line.module().label().key()), line);
        }
        row(csv, Messages.get(locale, "revenue.csv.total"), revenue.total());
        return csv.toString();
    }

    private static void row(StringBuilder csv, String label, Revenue.Line line) {
        csv.append(quoted(label)).append(',').append(line.orders()).append(',')
                .append(line.paid().toYuanString()).append(',').append(line.platform().toYuanString()).append(',')
                .append(line.tenant().toYuanString()).append(',').append(line.provider().toYuanString())
                .append("\r\n");
    }

    /** Quoted, and defused like every CSV text cell, so a name never runs as a spreadsheet formula. */
    static String quoted(String text) {
        return CsvCells.quoted(text);
    }
}
