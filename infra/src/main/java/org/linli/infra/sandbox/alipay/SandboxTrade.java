package org.linli.infra.sandbox.alipay;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One trade at the sandbox gateway, with its refunds and royalty settlements (all amounts in fen). */
final class SandboxTrade implements Serializable {

    private static final long serialVersionUID = 1L;

    record Refund(String requestNo, long fen, Instant at) implements Serializable {
    }

    record Settlement(String requestNo, String settleNo, String account, long fen, Instant at)
            implements Serializable {
    }

    final String outTradeNo;
    final String tradeNo;
    final long totalFen;
    final String subject;
    final String method;
    final Instant createdAt;
    final Instant expiresAt;
    String notifyUrl;
    String returnUrl;
    String status = "WAIT_BUYER_PAY";
    Instant paidAt;
    Instant closedAt;
    final Map<String, Refund> refunds = new LinkedHashMap<>();
    final Map<String, Settlement> settlements = new LinkedHashMap<>();

    SandboxTrade(String outTradeNo, String tradeNo, long totalFen, String subject, String method, Instant createdAt,
                 Instant expiresAt) {
        this.outTradeNo = outTradeNo;
        this.tradeNo = tradeNo;
        this.totalFen = totalFen;
        this.subject = subject;
        this.method = method;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long refundedFen() {
        return refunds.values().stream().mapToLong(Refund::fen).sum();
    }

    long settledFen() {
        return settlements.values().stream().mapToLong(Settlement::fen).sum();
    }

    boolean paid() {
        return paidAt != null;
    }

    /**
     * Unpaid trades close themselves when their time is up, as at Alipay: closed at that time, however much later
     * someone looks, so that every node and every read tells the same close time.
     */
    void expireIfDue(Instant now) {
        if ("WAIT_BUYER_PAY".equals(status) && expiresAt != null && now.isAfter(expiresAt)) {
            status = "TRADE_CLOSED";
            closedAt = expiresAt;
        }
    }
}
