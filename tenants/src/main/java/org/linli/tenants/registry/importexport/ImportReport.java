package org.linli.tenants.registry.importexport;

import java.util.List;

/**
 * The outcome of checking (and possibly applying) a resident list. {@code duplicates} counts rows refused because
 * the same ID number or mobile is already registered or appears earlier in the file; {@code applied} says whether
 * anything was written.
 */
public record ImportReport(long importId, int total, int valid, int invalid, int duplicates, int imported,
                           boolean applied, List<ImportProblem> problems, long millis) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
