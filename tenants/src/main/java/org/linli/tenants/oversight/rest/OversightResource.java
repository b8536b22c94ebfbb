package org.linli.tenants.oversight.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.oversight.Dashboard;
import org.linli.tenants.oversight.Jurisdictions;
import org.linli.tenants.oversight.OversightDashboards;
import org.linli.tenants.oversight.OversightDashboards.ExportFormat;
import org.linli.tenants.oversight.rest.OversightApi.CoveredTenant;
import org.linli.tenants.oversight.rest.OversightApi.JurisdictionResponse;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Supervisors' read-only figures. Every answer is an aggregate: counts of fewer than five persons or households are
 * "&lt;5" (with complementary cells "*"), and no answer carries a person's name, contact, ID or home.
 */
@Path("oversight")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight", description = "Read-only aggregate figures for government supervisors (可用不可见)")
public class OversightResource {

    @Inject
    OversightDashboards dashboards;

    @GET
    @Path("jurisdiction")
    @Operation(summary = "The caller's jurisdiction: the district attached by the platform and the property"
            + " companies it supervises; empty when none is attached")
    public JurisdictionResponse jurisdiction() {
        Jurisdictions.Scope scope = dashboards.jurisdiction();
        return new JurisdictionResponse(scope.district().map(CoveredTenant::of).orElse(null),
                scope.tenants().stream().map(CoveredTenant::of).toList());
    }

    @GET
    @Path("overview")
    @Operation(summary = "The jurisdiction's figures for a month (yyyy-MM, default this month), a row per tenant;"
            + " small cells suppressed; the look is audited in each tenant")
    public Dashboard overview(@QueryParam("month") String month) {
        return dashboards.overview(month(month));
    }

    @GET
    @Path("tenants/{id}")
    @Operation(summary = "One tenant of the jurisdiction drilled into: a row per community, case category or"
            + " module; 403 oversight_outside_jurisdiction for any other tenant; audited in that tenant")
    public Dashboard tenant(@PathParam("id") long id, @QueryParam("month") String month) {
        return dashboards.tenant(TenantId.of(id), month(month));
    }

    @GET
    @Path("overview/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "The overview as XLSX or PDF (format=xlsx|pdf), in the caller's language; audited")
    @APIResponse(responseCode = "200", description = "The Excel workbook or PDF document asked for",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "application/pdf")})
    public Response exportOverview(@QueryParam("month") String month, @QueryParam("format") String format,
                                   @Context HttpHeaders headers) {
        return export(null, month, format, headers);
    }

    @GET
    @Path("tenants/{id}/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "A tenant's drill-down as XLSX or PDF (format=xlsx|pdf), in the caller's language; audited")
    @APIResponse(responseCode = "200", description = "The Excel workbook or PDF document asked for",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    @Content(mediaType = "application/pdf")})
    public Response exportTenant(@PathParam("id") long id, @QueryParam("month") String month,
                                 @QueryParam("format") String format, @Context HttpHeaders headers) {
        return export(TenantId.of(id), month, format, headers);
    }

    private Response export(TenantId tenant, String month, String format, HttpHeaders headers) {
        ExportFormat chosen = format(format);
        YearMonth period = month(month);
        byte[] document = dashboards.export(tenant, period, chosen,
                Messages.fromPreferences(headers.getAcceptableLanguages()));
        String name = "oversight-" + (tenant == null ? "overview" : "tenant-" + tenant.value())
                + (period == null ? "" : "-" + period) + "." + chosen.name().toLowerCase(Locale.ROOT);
        String type = chosen == ExportFormat.XLSX
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf";
        return Response.ok(document, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of("month", "oversight_month_invalid"));
        }
    }

    private static ExportFormat format(String text) {
        if (text == null || text.isBlank()) {
            return ExportFormat.XLSX;
        }
        try {
            return ExportFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(FieldError.of("format", "oversight_format_invalid"));
        }
    }
}
