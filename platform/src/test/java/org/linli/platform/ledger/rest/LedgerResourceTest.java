package org.linli.platform.ledger.rest;

import org.junit.jupiter.api.Test;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.problem.DomainException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerResourceTest {

    private final List<String> asked = new ArrayList<>();
    private final LedgerResource resource = new LedgerResource();

    LedgerResourceTest() {
        resource.ledger = new Ledger() {
            @Override
            public Page<LedgerPosting> postings(String reference, PageRequest page) {
                asked.add("postings " + reference + " " + page);
                return Page.of(List.of(), 3, page);
            }

            @Override
            public Page<Balance> trialBalance(Asset asset, PageRequest page) {
                asked.add("trial balance " + asset + " " + page);
                return Page.of(List.of(), 1_200, page);
            }
        };
    }

    @Test
    void postingsAboutAReferenceAreAnsweredOnePageAtATime() {
        assertThat(resource.postings(" order:17 ", new PageParams()).total()).isEqualTo(3);
        assertThat(asked).containsExactly("postings order:17 " + new PageRequest(0, PageRequest.DEFAULT_SIZE));
    }

    @Test
    void postingsWithoutAReferenceAreRefusedRatherThanListingTheWholeLedger() {
        assertThatThrownBy(() -> resource.postings(" ", new PageParams())).isInstanceOf(DomainException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void theTrialBalanceIsPagedAndCanBeNarrowedToOneAsset() {
        assertThat(resource.trialBalance(Asset.CNY, new PageParams()).total()).isEqualTo(1_200);
        assertThat(asked).containsExactly("trial balance CNY " + new PageRequest(0, PageRequest.DEFAULT_SIZE));
    }
}
