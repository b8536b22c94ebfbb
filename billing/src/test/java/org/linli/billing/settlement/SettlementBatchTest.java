package org.linli.billing.settlement;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettlementBatchTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    private static SettlementBatch drafted() {
        return new SettlementBatch(Payee.PROVIDER, 7L, "provider:7:payable", NOW, Money.fen(11_400), NOW);
    }

    @Test
    void aDraftIsApprovedThenPaid() {
        SettlementBatch batch = drafted();
        batch.approve("finance-a", NOW);
        batch.attempt("cashier-a");
        batch.paid("ref-1", NOW);
        assertThat(batch.status()).isEqualTo(BatchStatus.PAID);
        assertThat(batch.attempts()).isEqualTo(1);
        assertThat(batch.approvedBy()).isEqualTo("finance-a");
        assertThat(batch.paidBy()).isEqualTo("cashier-a");
    }

    @Test
    void whoeverApprovedABatchNeverPaysItOut() {
        SettlementBatch batch = drafted();
        batch.approve("finance-a", NOW);
        assertThatThrownBy(() -> batch.attempt("finance-a")).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "four_eyes");
        assertThat(batch.attempts()).isZero();
        batch.attempt("cashier-a");
        batch.failed("PAYEE_NOT_EXIST");
        assertThatThrownBy(() -> batch.attempt("finance-a")).isInstanceOf(DomainException.class);
    }

    @Test
    void aFailedPayoutKeepsItsReasonAndIsRetriedUnderTheSameRequestNumber() {
        SettlementBatch batch = drafted();
        batch.approve("finance-a", NOW);
        batch.attempt("cashier-a");
        batch.failed("PAYEE_NOT_EXIST");
        assertThat(batch.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(batch.failureReason()).isEqualTo("PAYEE_NOT_EXIST");
        batch.attempt("cashier-a");
        batch.paid("ref-2", NOW);
        assertThat(batch.attempts()).isEqualTo(2);
        assertThat(batch.failureReason()).isNull();
    }

    @Test
    void onlyApprovedOrFailedBatchesArePaidAndOnlyDraftsApproved() {
        assertThatThrownBy(() -> drafted().attempt("cashier-a")).isInstanceOf(DomainException.class);
        SettlementBatch paid = drafted();
        paid.approve("a", NOW);
        paid.attempt("b");
        paid.paid("r", NOW);
        assertThatThrownBy(() -> paid.attempt("b")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> paid.approve("a", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aBatchAlwaysPaysSomething() {
        assertThatThrownBy(() -> new SettlementBatch(Payee.TENANT, null, "tenant:revenue", NOW, Money.ZERO, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
