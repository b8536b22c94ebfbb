package org.linli.tenants.registry.importexport.rest;

import java.util.List;

/**
 * The request and response bodies of {@link ResidentFileResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class ImportExportApi {

    private ImportExportApi() {
    }

    public record ProblemLine(int row, String column, String code, String message) {
    }

    public record ReportResponse(long importId, int total, int valid, int invalid, int duplicates, int imported,
                                 boolean applied, long millis, List<ProblemLine> problems) {
    }
}
