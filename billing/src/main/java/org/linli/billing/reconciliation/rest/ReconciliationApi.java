package org.linli.billing.reconciliation.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.billing.reconciliation.Discrepancy;
import org.linli.billing.reconciliation.DiscrepancyKind;
import org.linli.billing.reconciliation.ReconciliationRun;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The request and response bodies of {@link ReconciliationResource}, as records; requests carry their Bean
 * Validation constraints.
 */
final class ReconciliationApi {

    private ReconciliationApi() {
    }

    public record RunRequest(@NotNull String day) {
    }

    public record RunResponse(long id, LocalDate day, Instant ranAt, String ranBy, int billLines, int matched,
                              int openDiscrepancies, long gatewayNetFen, long oursNetFen, boolean clean) {

        static RunResponse of(ReconciliationRun r) {
            return new RunResponse(r.id(), r.day(), r.ranAt(), r.ranBy(), r.billLines(), r.matched(),
                    r.openDiscrepancies(), r.gatewayNet().fen(), r.oursNet().fen(), r.clean());
        }
    }

    public record DiscrepancyResponse(long id, LocalDate day, DiscrepancyKind kind, String tradeNumber,
                                      String requestNo, Long gatewayFen, Long oursFen, String detail,
                                      Instant foundAt, boolean open, Instant resolvedAt, String resolvedBy,
                                      String resolution) {

        static DiscrepancyResponse of(Discrepancy d) {
            return new DiscrepancyResponse(d.id(), d.day(), d.kind(), d.tradeNumber(), d.requestNo(),
                    d.gateway() == null ? null : d.gateway().fen(), d.ours() == null ? null : d.ours().fen(),
                    d.detail(), d.foundAt(), d.open(), d.resolvedAt(), d.resolvedBy(), d.resolution());
        }
    }

    public record ResolveRequest(String note) {
    }
}
