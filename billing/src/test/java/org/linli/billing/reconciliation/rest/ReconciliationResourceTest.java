package org.linli.billing.reconciliation.rest;

import org.junit.jupiter.api.Test;
import org.linli.billing.reconciliation.Discrepancy;
import org.linli.billing.reconciliation.ReconciliationRun;
import org.linli.billing.reconciliation.ReconciliationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.rest.PageParams;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationResourceTest {

    private final List<String> asked = new ArrayList<>();
    private final ReconciliationResource resource = new ReconciliationResource();

    ReconciliationResourceTest() {
        resource.reconciliation = new ReconciliationService() {
            @Override
            public Page<ReconciliationRun> runs(PageRequest page) {
                asked.add("runs " + page);
                return Page.of(List.of(), 400, page);
            }

            @Override
            public Page<Discrepancy> discrepancies(boolean includeResolved, PageRequest page) {
                asked.add("discrepancies resolved=" + includeResolved + " " + page);
                return Page.of(List.of(), 9, page);
            }
        };
    }

    @Test
    void runsAreAnsweredOnePageAtATimeWithTheirTotal() {
        assertThat(resource.runs(new PageParams()).total()).isEqualTo(400);
        assertThat(asked).containsExactly("runs " + new PageRequest(0, PageRequest.DEFAULT_SIZE));
    }

    @Test
    void theQueueIsPagedAndKeepsItsResolvedFilter() {
        assertThat(resource.discrepancies(true, new PageParams()).total()).isEqualTo(9);
        assertThat(asked).containsExactly("discrepancies resolved=true " + new PageRequest(0,
                PageRequest.DEFAULT_SIZE));
    }
}
