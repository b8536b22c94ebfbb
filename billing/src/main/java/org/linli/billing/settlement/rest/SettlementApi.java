package org.linli.billing.settlement.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.billing.settlement.BatchStatus;
import org.linli.billing.settlement.Payee;
import org.linli.billing.settlement.PayoutAccount;
import org.linli.billing.settlement.SettlementBatch;

import java.time.Instant;

/**
 * The request and response bodies of {@link SettlementResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class SettlementApi {

    private SettlementApi() {
    }

    public record TermsRequest(@NotNull Integer settleAfterDays) {
    }

    public record TermsResponse(int settleAfterDays) {
    }

    public record BatchResponse(long id, Payee payee, Long providerId, String account, Instant cutOff, long amountFen,
                                String amount, BatchStatus status, Instant createdAt, String approvedBy,
                                Instant paidAt, String paidBy, String payoutReference, String failureReason,
                                int attempts) {

        static BatchResponse of(SettlementBatch b) {
            return new BatchResponse(b.id(), b.payee(), b.providerId(), b.account(), b.cutOff(), b.amount().fen(),
                    b.amount().format(), b.status(), b.createdAt(), b.approvedBy(), b.paidAt(), b.paidBy(),
                    b.payoutReference(),
                    b.failureReason(), b.attempts());
        }
    }

    /** A payee's account: what it proposes (a request), or what is in force and proposed (a response). */
    public record PayoutAccountBody(@NotNull Payee payee, Long providerId, String alipayUserId, String holder,
                                    String pendingAlipayUserId, String pendingHolder, String proposedBy,
                                    Instant proposedAt, String confirmedBy, Instant changedAt) {

        static PayoutAccountBody of(PayoutAccount a) {
            return new PayoutAccountBody(a.payee(), a.providerId(), a.alipayUserId(), a.holder(),
                    a.pendingAlipayUserId().orElse(null), a.pendingHolder(), a.proposedBy(), a.proposedAt(),
                    a.confirmedBy(), a.changedAt());
        }
    }

    /** A provider's own payout account as its staff see it: masked, and any change awaiting confirmation. */
    public record MyPayoutAccountResponse(String alipayUserId, String holder, Instant changedAt,
                                          String pendingAlipayUserId, Instant proposedAt) {

        static MyPayoutAccountResponse of(PayoutAccount a) {
            return new MyPayoutAccountResponse(PayoutAccount.masked(a.alipayUserId()), a.holder(), a.changedAt(),
                    a.pendingAlipayUserId().map(PayoutAccount::masked).orElse(null), a.proposedAt());
        }
    }

    /** Names the payee whose proposed account is confirmed or withdrawn. */
    public record PayeeRequest(@NotNull Payee payee, Long providerId) {
    }

    public record BalanceResponse(Payee payee, Long providerId, String payeeName, String account, long earnedFen,
                                  long claimedFen, long paidFen, long outstandingFen) {
    }
}
