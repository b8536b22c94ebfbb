package org.linli.tenants.registry.importexport.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.registry.importexport.ImportMode;
import org.linli.tenants.registry.importexport.ImportProblem;
import org.linli.tenants.registry.importexport.ImportProgress;
import org.linli.tenants.registry.importexport.ImportReport;
import org.linli.tenants.registry.importexport.ResidentExport;
import org.linli.tenants.registry.importexport.ResidentImport;
import org.linli.tenants.registry.importexport.rest.ImportExportApi.ProblemLine;
import org.linli.tenants.registry.importexport.rest.ImportExportApi.ReportResponse;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.CommunityId;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Resident lists in and out: CSV or XLSX import with a per-row report, and exports masked like every list. */
@Path("residents")
@ApplicationScoped
@Tag(name = "Resident import and export", description = "Bulk import with dry run, masked export")
public class ResidentFileResource {

    @Inject
    ResidentImport imports;

    @Inject
    ResidentExport exports;

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import residents from a CSV or XLSX file (form field 'file'); dryRun=true only checks")
    public ReportResponse importMultipart(List<EntityPart> parts, @QueryParam("dryRun") @DefaultValue("true")
                                          boolean dryRun, @QueryParam("mode") String mode,
                                          @Context HttpHeaders headers) throws IOException {
        EntityPart file = parts == null ? null : parts.stream().filter(part -> "file".equals(part.getName()))
                .findFirst().orElse(null);
        if (file == null) {
            throw DomainException.invalid(FieldError.of("file", "required"));
        }
        try (InputStream in = file.getContent()) {
            return run(file.getFileName().orElse("upload"), in, dryRun, mode, headers);
        }
    }

    @POST
    @Path("imports")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import residents from the request body (CSV or XLSX)")
    public ReportResponse importBody(InputStream content,
                                     @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                     @QueryParam("mode") String mode,
                                     @HeaderParam("Content-Type") String contentType,
                                     @Context HttpHeaders headers) {
        String name = contentType != null && contentType.startsWith("text/csv") ? "upload.csv" : "upload.xlsx";
        return run(name, content, dryRun, mode, headers);
    }

    @GET
    @Path("export")
    @Operation(summary = "Export residents (format=csv or xlsx) with the same filters and masking as the list")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("q") String text,
                           @QueryParam("community") Long community, @QueryParam("grid") Long grid,
                           @QueryParam("tag") String tag, @QueryParam("status") String status) {
        ResidentExport.Format chosen = EnumValues.parse(ResidentExport.Format.class, format, "format");
        ResidentDirectory.ResidentFilter filter = new ResidentDirectory.ResidentFilter(text,
                community == null ? null : new CommunityId(community), grid,
                EnumValues.parse(org.linli.tenants.registry.residents.Tag.class, tag, "tag"),
                EnumValues.parse(ResidentStatus.class, status, "status"), null);
        StreamingOutput body = out -> exports.export(filter, chosen, out);
        boolean xlsx = chosen == ResidentExport.Format.XLSX;
        return Response.ok(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"residents." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    /** The body is taken as a stream: the import reads it, bounded, only once the caller may import. */
    private ReportResponse run(String fileName, InputStream content, boolean dryRun, String mode,
                               HttpHeaders headers) {
        ImportMode chosen = mode == null || mode.isBlank() ? ImportMode.ALL_OR_NOTHING
                : EnumValues.parse(ImportMode.class, mode, "mode");
        ImportReport report = imports.run(fileName, content, chosen, dryRun, ImportProgress.NONE);
        Locale locale = locale(headers);
        List<ProblemLine> lines = report.problems().stream().map(problem -> line(problem, locale)).toList();
        return new ReportResponse(report.importId(), report.total(), report.valid(), report.invalid(),
                report.duplicates(), report.imported(), report.applied(), report.millis(), lines);
    }

    static ProblemLine line(ImportProblem problem, Locale locale) {
        return new ProblemLine(problem.row(), problem.column(), problem.code(),
                Messages.get(locale, "validation." + problem.code(), problem.args().toArray()));
    }

    private static Locale locale(HttpHeaders headers) {
        try {
            return Messages.fromPreferences(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Messages.CHINESE;
        }
    }
}
