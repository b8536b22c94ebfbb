package org.linli.billing.settlement;

import org.linli.billing.documents.FinanceDocument;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.i18n.Messages;
import org.linli.platform.money.Money;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A settlement statement (结算单) as PDF, for the payee and for finance's files: who is paid, the batch, its state and
 * payout, and every order the money comes from with the trade it was paid in. The amounts sum to the batch.
 */
public final class StatementPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private StatementPdf() {
    }

    public static byte[] of(SettlementService.Statement statement, String tenantName, Locale locale) {
        SettlementBatch batch = statement.batch();
        String payee = batch.payee() == Payee.TENANT ? tenantName : statement.payeeName();
        FinanceDocument document = new FinanceDocument(text(locale, "statement.title") + " " + batch.requestNo())
                .fact(text(locale, "statement.tenant"), tenantName)
                .fact(text(locale, "statement.payee"), payee)
                .fact(text(locale, "statement.account"), statement.account() == null ? null
                        : statement.account().alipayUserId() + " " + statement.account().holder())
                .fact(text(locale, "statement.cut-off"), TIME.format(batch.cutOff()))
                .fact(text(locale, "statement.status"), text(locale, "statement.status."
                        + batch.status().name().toLowerCase(Locale.ROOT)))
                .fact(text(locale, "statement.paid-at"), batch.paidAt() == null ? null : TIME.format(batch.paidAt()))
                .fact(text(locale, "statement.reference"), batch.payoutReference())
                .fact(text(locale, "statement.amount"), batch.amount().format());
        document.columns(List.of(text(locale, "statement.order"), text(locale, "statement.trade"),
                text(locale, "statement.part")), false, false, true);
        Money sum = Money.ZERO;
        for (PayoutPart part : statement.parts()) {
            document.row(List.of("#" + part.orderId(), part.gatewayTradeNo(), part.amount().format()));
            sum = sum.plus(part.amount());
        }
        document.total(List.of(text(locale, "statement.total"), "", sum.format()));
        return document.note(text(locale, "statement.note")).pdf();
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
