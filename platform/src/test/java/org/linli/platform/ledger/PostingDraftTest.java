package org.linli.platform.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingDraftTest {

    private static final LedgerAccount CLEARING = LedgerAccount.of("gateway:clearing");
    private static final LedgerAccount PROVIDER = LedgerAccount.of("provider:7:payable");

    @Test
    void aPostingBalancesWhenEachAssetsLinesSumToZero() {
        assertThat(PostingDraft.of("payment", "k1", "order:1").debit(CLEARING, Asset.CNY, 100)
                .credit(PROVIDER, Asset.CNY, 100).build().balanced()).isTrue();
        assertThat(PostingDraft.of("payment", "k1", "order:1").debit(CLEARING, Asset.CNY, 100)
                .credit(PROVIDER, Asset.CNY, 99).build().balanced()).isFalse();
    }

    @Test
    void assetsBalanceSeparately() {
        assertThat(PostingDraft.of("mixed", "k2", "x").debit(CLEARING, Asset.CNY, 100)
                .credit(PROVIDER, Asset.POINTS, 100).build().balanced()).isFalse();
        assertThat(PostingDraft.of("mixed", "k2", "x").debit(CLEARING, Asset.CNY, 5).credit(PROVIDER, Asset.CNY, 5)
                .debit(CLEARING, Asset.MINUTES, 60).credit(PROVIDER, Asset.MINUTES, 60).build().balanced()).isTrue();
    }

    @Test
    void zeroLinesAreLeftOutAndASingleLineIsNoPosting() {
        PostingDraft draft = PostingDraft.of("payment", "k3", "order:2").debit(CLEARING, Asset.CNY, 0)
                .credit(PROVIDER, Asset.CNY, 0).build();
        assertThat(draft.lines()).isEmpty();
        assertThat(draft.balanced()).isFalse();
    }

    @Test
    void accountCodesAreLowerCaseWordsAndNumbersJoinedByColons() {
        assertThat(LedgerAccount.of("provider:42:payable").code()).isEqualTo("provider:42:payable");
        assertThatThrownBy(() -> LedgerAccount.of("Provider 42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedgerAccount.of("provider::payable")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedgerAccount.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
