package org.linli.billing.settlement.rest;

import org.junit.jupiter.api.Test;
import org.linli.billing.settlement.SettlementBatch;
import org.linli.billing.settlement.SettlementService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementResourceTest {

    @Test
    void batchesAreAnsweredOnePageAtATimeWithTheirTotal() {
        List<PageRequest> asked = new ArrayList<>();
        SettlementResource resource = new SettlementResource();
        resource.settlement = new SettlementService() {
            @Override
            public Page<SettlementBatch> batches(PageRequest page) {
                asked.add(page);
                return Page.of(List.of(), 730, page);
            }
        };

        PageResponse<SettlementApi.BatchResponse> response = resource.batches(new PageParams());

        assertThat(asked).containsExactly(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(response.total()).isEqualTo(730);
        assertThat(response.page()).isZero();
        assertThat(response.size()).isEqualTo(PageRequest.DEFAULT_SIZE);
    }
}
