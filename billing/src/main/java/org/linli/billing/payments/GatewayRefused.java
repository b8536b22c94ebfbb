package org.linli.billing.payments;

import org.linli.platform.money.Money;

import java.time.Instant;

/**
 * The gateway refused a call Linli made (a refund, a settle, a close, a query): fired in the transaction that
 * records the refusal, so that finance sees it with the reconciliation's discrepancies.
 */
public record GatewayRefused(String call, String tradeNumber, String requestNo, Money amount, String subCode,
                             Instant at) {
}
