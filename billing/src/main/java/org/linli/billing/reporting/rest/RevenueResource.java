package org.linli.billing.reporting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.documents.Downloads;
import org.linli.billing.reporting.PlatformRevenue;
import org.linli.billing.reporting.Revenue;
import org.linli.billing.reporting.RevenueCsv;
import org.linli.billing.reporting.RevenuePdf;
import org.linli.billing.reporting.RevenueReport;
import org.linli.billing.reporting.RevenueWorkbook;
import org.linli.billing.reporting.SplitDetails;
import org.linli.billing.reporting.SplitDetailsExport;
import org.linli.billing.reporting.rest.ReportingApi.ByTenantResponse;
import org.linli.billing.reporting.rest.ReportingApi.LineResponse;
import org.linli.billing.reporting.rest.ReportingApi.ProviderResponse;
import org.linli.billing.reporting.rest.ReportingApi.RevenueResponse;
import org.linli.billing.reporting.rest.ReportingApi.TenantRevenueResponse;
import org.linli.billing.reporting.rest.ReportingApi.WeekResponse;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.TimeValues;
import org.linli.platform.tenancy.TenantService;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/** Revenue of a period for finance: per module and per week, net of refunds, as JSON or CSV. */
@Path("reports/revenue")
@ApplicationScoped
@Tag(name = "Finance reports", description = "Revenue, commission and payables")
public class RevenueResource {

    @Inject
    RevenueReport report;

    @Inject
    PlatformRevenue platform;

    @Inject
    TenantService tenants;

    @Inject
    SplitDetails details;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revenue from one day to another (inclusive, China time), per module and per week")
    public RevenueResponse revenue(@QueryParam("from") String from, @QueryParam("to") String to) {
        Revenue revenue = read(from, to);
        return new RevenueResponse(revenue.from(), revenue.to(), revenue.modules().stream().map(LineResponse::of)
                .toList(), revenue.weeks().stream().map(w -> new WeekResponse(w.start(), w.paid().fen(),
                w.commission().fen())).toList(), LineResponse.of(revenue.total()), revenue.providers().stream()
                .map(p -> new ProviderResponse(p.providerId(), p.name(), p.orders(), p.paid().fen(),
                        p.commission().fen(), p.earned().fen())).toList());
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The same report as CSV (UTF-8 with BOM), headers in the caller's language")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv"))
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
                        @Context HttpHeaders headers) {
        Revenue revenue = read(from, to);
        String body = RevenueCsv.of(revenue, Messages.fromPreferences(headers.getAcceptableLanguages()));
        return Downloads.attachment(body, "text/csv; charset=UTF-8", fileName(revenue, "csv"));
    }

    @GET
    @Path("xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The same report as an Excel workbook (modules and weeks), headers in the caller's language")
    @APIResponse(responseCode = "200", description = "The Excel workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to,
                         @Context HttpHeaders headers) {
        Revenue revenue = read(from, to);
        byte[] body = RevenueWorkbook.of(revenue, Messages.fromPreferences(headers.getAcceptableLanguages()));
        return Downloads.attachment(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                fileName(revenue, "xlsx"));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same report as PDF, in the caller's language")
    @APIResponse(responseCode = "200", description = "The PDF document",
            content = @Content(mediaType = "application/pdf"))
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @Context HttpHeaders headers) {
        Revenue revenue = read(from, to);
        byte[] body = RevenuePdf.of(revenue, tenants.currentName(),
                Messages.fromPreferences(headers.getAcceptableLanguages()));
        return Downloads.attachment(body, "application/pdf", fileName(revenue, "pdf"));
    }

    @GET
    @Path("tenants")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Platform finance: every active tenant's revenue for the period, side by side, with the sum")
    public ByTenantResponse byTenant(@QueryParam("from") String from, @QueryParam("to") String to) {
        PlatformRevenue.ByTenant all = platform.byTenant(TimeValues.date(from, "from"), TimeValues.date(to, "to"));
        return new ByTenantResponse(all.from(), all.to(), all.tenants().stream().map(t -> new TenantRevenueResponse(
                t.tenant().value(), t.name(), LineResponse.of(t.total()))).toList(), LineResponse.of(all.total()));
    }

    @GET
    @Path("details/{format: csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The split lines behind the report (one per party and order, net of refunds) as CSV or "
            + "Excel, headers in the caller's language; the console exports them with a progress bar")
    @APIResponse(responseCode = "200", description = "The CSV file or Excel workbook asked for",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    public Response details(@PathParam("format") String format, @QueryParam("from") String from,
                            @QueryParam("to") String to, @Context HttpHeaders headers) throws IOException {
        LocalDate since = TimeValues.date(from, "from");
        LocalDate until = TimeValues.date(to, "to");
        SplitDetailsExport.Format chosen = SplitDetailsExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        // The first page read before the response starts, so a period the service refuses, or a read that fails,
        // still answers with a problem; the rest then streams out page by page, never held whole. Not counted: a
        // download tells no progress, and the count of a long period would delay its first byte.
        SplitDetailsExport.Source source = SplitDetailsExport.Source.opened(details, since, until);
        Locale locale = Messages.fromPreferences(headers.getAcceptableLanguages());
        StreamingOutput body = out -> SplitDetailsExport.write(chosen, source, locale, out);
        return Downloads.attachment(body, chosen.contentType(),
                "split-lines-" + since + "-" + until + "." + chosen.extension());
    }

    private static String fileName(Revenue revenue, String extension) {
        return "revenue-" + revenue.from() + "-" + revenue.to() + "." + extension;
    }

    private Revenue read(String from, String to) {
        return report.revenue(TimeValues.date(from, "from"), TimeValues.date(to, "to"));
    }
}
