package org.linli.billing.reporting.rest;

import org.linli.billing.reporting.Revenue;
import org.linli.tenants.modules.Module;

import java.time.LocalDate;
import java.util.List;

/**
 * The request and response bodies of {@link RevenueResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class ReportingApi {

    private ReportingApi() {
    }

    public record LineResponse(Module module, long orders, long paidFen, long platformFen, long tenantFen,
                               long providerFen) {

        static LineResponse of(Revenue.Line l) {
            return new LineResponse(l.module(), l.orders(), l.paid().fen(), l.platform().fen(), l.tenant().fen(),
                    l.provider().fen());
        }
    }

    public record WeekResponse(LocalDate start, long paidFen, long commissionFen) {
    }

    public record ProviderResponse(long providerId, String name, long orders, long paidFen, long commissionFen,
                                   long earnedFen) {
    }

    public record RevenueResponse(LocalDate from, LocalDate to, List<LineResponse> modules, List<WeekResponse> weeks,
                                  LineResponse total, List<ProviderResponse> providers) {
    }

    public record TenantRevenueResponse(long tenantId, String name, LineResponse total) {
    }

    public record ByTenantResponse(LocalDate from, LocalDate to, List<TenantRevenueResponse> tenants,
                                   LineResponse total) {
    }
}
