package org.linli.platform.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementEntryTest {

    private static final LedgerAccount PAYER = LedgerAccount.of("resident:1:minutes");
    private static final LedgerAccount PAYEE = LedgerAccount.of("resident:2:minutes");
    private static final LedgerAccount POOL = LedgerAccount.of("timebank:love-pool");

    @Test
    void aLinesCounterpartiesAreTheAccountsTheSameAssetMovedTheOtherWay() {
        PostingDraft transfer = PostingDraft.of("timebank-transfer", "k", "r").debit(PAYER, Asset.MINUTES, 30)
                .credit(PAYEE, Asset.MINUTES, 30).build();

        assertThat(Ledger.Entry.counterparties(transfer.lines().get(0), transfer.lines())).containsExactly(PAYEE);
        assertThat(Ledger.Entry.counterparties(transfer.lines().get(1), transfer.lines())).containsExactly(PAYER);
    }

    @Test
    void accountsOnTheSameSideAndOtherAssetsAreNoCounterparties() {
        PostingDraft split = PostingDraft.of("mixed", "k", "r").debit(PAYER, Asset.MINUTES, 30)
                .credit(PAYEE, Asset.MINUTES, 20).credit(POOL, Asset.MINUTES, 10)
                .debit(LedgerAccount.of("gateway:clearing"), Asset.CNY, 5)
                .credit(LedgerAccount.of("tenant:revenue"), Asset.CNY, 5).build();
        List<PostingDraft.Line> lines = split.lines();

        assertThat(Ledger.Entry.counterparties(lines.get(0), lines)).containsExactly(PAYEE, POOL);
        assertThat(Ledger.Entry.counterparties(lines.get(1), lines)).containsExactly(PAYER);
    }
}
