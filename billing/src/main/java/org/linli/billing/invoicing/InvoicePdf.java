package org.linli.billing.invoicing;

import org.linli.billing.documents.FinanceDocument;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.i18n.Messages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A monthly module invoice as PDF: number, tenant, month, each module's days and charge, the total, paid or not. */
public final class InvoicePdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private InvoicePdf() {
    }

    public static byte[] of(Invoice invoice, List<InvoiceLine> lines, String tenantName, Locale locale) {
        FinanceDocument document = new FinanceDocument(text(locale, "invoice.pdf.title") + " " + invoice.number())
                .fact(text(locale, "invoice.pdf.tenant"), tenantName)
                .fact(text(locale, "invoice.pdf.month"), YearMonth.from(invoice.period()).toString())
                .fact(text(locale, "invoice.pdf.issued"), TIME.format(invoice.issuedAt()))
                .fact(text(locale, "invoice.pdf.status"), text(locale, "invoice.pdf.status."
                        + invoice.status().name().toLowerCase(Locale.ROOT)))
                .fact(text(locale, "invoice.pdf.paid"), invoice.paidAt() == null ? null
                        : TIME.format(invoice.paidAt()) + " " + invoice.paymentReference());
        document.columns(List.of(text(locale, "invoice.pdf.module"), text(locale, "invoice.pdf.fee"),
                text(locale, "invoice.pdf.days"), text(locale, "invoice.pdf.amount")), false, true, true, true);
        for (InvoiceLine line : lines) {
            document.row(List.of(Messages.get(locale, line.module().label().key()), line.monthlyFee().format(),
                    line.days() + " / " + line.daysInMonth(), line.amount().format()));
        }
        document.total(List.of(text(locale, "invoice.pdf.total"), "", "", invoice.amount().format()));
        return document.note(text(locale, "invoice.pdf.note")).pdf();
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
