package org.linli.billing.reporting;

import org.linli.platform.export.Csv;
import org.linli.platform.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A revenue report as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines,
 * amounts in yuan with two decimals, headers in the reader's language, module names quoted throughout.
 */
public final class RevenueCsv {

    private RevenueCsv() {
    }

    public static String of(Revenue revenue, Locale locale) {
        StringBuilder out = new StringBuilder();
        try {
            Csv.Printer csv = Csv.excelPrinter(out).row(Messages.get(locale, "revenue.csv.module"),
                    Messages.get(locale, "revenue.csv.orders"), Messages.get(locale, "revenue.csv.paid"),
                    Messages.get(locale, "revenue.csv.platform"), Messages.get(locale, "revenue.csv.tenant"),
                    Messages.get(locale, "revenue.csv.provider"));
            for (Revenue.Line line : revenue.modules()) {
                row(csv, Messages.get(locale, line.module().label().key()), line);
            }
            row(csv, Messages.get(locale, "revenue.csv.total"), revenue.total());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(Csv.Printer csv, String label, Revenue.Line line) throws IOException {
        csv.row(Csv.quoted(label), line.orders(), line.paid(), line.platform(), line.tenant(), line.provider());
    }
}
