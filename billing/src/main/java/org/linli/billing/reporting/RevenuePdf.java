package org.linli.billing.reporting;

import org.linli.billing.documents.FinanceDocument;
import org.linli.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** A revenue report as PDF for the files: the period, each module with its total, and each provider's part. */
public final class RevenuePdf {

    private RevenuePdf() {
    }

    public static byte[] of(Revenue revenue, String tenantName, Locale locale) {
        FinanceDocument document = new FinanceDocument(text(locale, "revenue.pdf.title"))
                .fact(text(locale, "revenue.pdf.tenant"), tenantName)
                .fact(text(locale, "revenue.pdf.period"), revenue.from() + " – " + revenue.to())
                .fact(text(locale, "revenue.pdf.paid"), revenue.total().paid().format())
                .fact(text(locale, "revenue.pdf.commission"), revenue.total().commission().format());
        document.columns(List.of(text(locale, "revenue.csv.module"), text(locale, "revenue.csv.orders"),
                text(locale, "revenue.csv.paid"), text(locale, "revenue.csv.platform"),
                text(locale, "revenue.csv.tenant"), text(locale, "revenue.csv.provider")),
                false, true, true, true, true, true);
        for (Revenue.Line line : revenue.modules()) {
            document.row(cells(Messages.get(locale, line.module().label().key()), line));
        }
        document.total(cells(text(locale, "revenue.csv.total"), revenue.total()));
        StringBuilder providers = new StringBuilder(text(locale, "revenue.xlsx.providers")).append(": ");
        for (Revenue.ProviderLine p : revenue.providers()) {
            providers.append(p.name()).append(' ').append(p.earned().format()).append("；");
        }
        return document.note(providers.toString()).pdf();
    }

    private static List<String> cells(String label, Revenue.Line line) {
        return List.of(label, String.valueOf(line.orders()), line.paid().toYuanString(),
                line.platform().toYuanString(), line.tenant().toYuanString(), line.provider().toYuanString());
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
