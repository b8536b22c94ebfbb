package org.linli.tenants.registry.importexport;

import jakarta.inject.Inject;
import org.linli.platform.application.BatchService;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports a list of residents from CSV or XLSX. A dry run checks every row and reports; a commit checks the same
 * way and then writes all valid rows, or nothing when any row is invalid and the operator chose all-or-nothing.
 * Rows whose ID number or mobile is already registered (or appeared earlier in the file) are reported, never
 * doubled. Writing happens in chunks of {@value ImportSteps#CHUNK} rows, each its own transaction; if a chunk fails,
 * everything the import created is taken back. The import as a whole is one audit record.
 */
@BatchService
public class ResidentImport {

    private static final Logger LOG = Logger.getLogger(ResidentImport.class.getName());

    @Inject
    ImportSteps steps;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Imports a list sent as a stream (an API request body): it is read, at most {@link ImportSheet#MAX_BYTES} and
     * one byte, only once the caller is known to be allowed to import (the boundary checks before the method runs).
     */
    @RequiresPermission(Permissions.REGISTRY_IMPORT)
    public ImportReport run(String fileName, InputStream content, ImportMode mode, boolean dryRun,
                            ImportProgress progress) {
        return run(fileName, ImportSheet.bytes(content), mode, dryRun, progress);
    }

    @RequiresPermission(Permissions.REGISTRY_IMPORT)
    public ImportReport run(String fileName, byte[] content, ImportMode mode, boolean dryRun,
                            ImportProgress progress) {
        TenantContext.require();
        long started = System.nanoTime();
        progress.progressed(ImportProgress.Phase.READING, 0, 1);
        ImportSheet sheet = ImportSheet.read(fileName, content);
        if (sheet.rows().size() > ImportCheck.MAX_ROWS) {
            throw DomainException.invalid(FieldError.of("file", "too_many_rows",
                    ImportCheck.MAX_ROWS));
        }
        ImportCheck check = new ImportCheck(sheet.header(), LocalDate.now(clock));
        int total = sheet.rows().size();
        if (!check.headerOk()) {
            return report(0, total, check, 0, false, started);
        }
        for (int i = 0; i < total; i++) {
            check.check(i + 2, sheet.rows().get(i));
            if (i % 500 == 0) {
                progress.progressed(ImportProgress.Phase.CHECKING, i, total);
            }
        }
        refuseRegistered(check);
        check.refuseBeyondRecordedShares(steps.recordedShares(check.valid()));
        progress.progressed(ImportProgress.Phase.CHECKING, total, total);
        boolean blocked = mode == ImportMode.ALL_OR_NOTHING && check.invalid() > 0;
        if (dryRun || blocked || check.valid().isEmpty()) {
            if (!dryRun) {
                audit.appendIndependently("registry.import", fileName, Outcome.REJECTED,
                        "rows=" + total + ", invalid=" + check.invalid());
            }
            progress.progressed(ImportProgress.Phase.DONE, total, total);
            return report(0, total, check, 0, false, started);
        }
        return write(fileName, mode, total, check, progress, started);
    }

    private ImportReport write(String fileName, ImportMode mode, int total, ImportCheck check,
                               ImportProgress progress, long started) {
        String actor = CurrentUser.username();
        long job = steps.start(fileName, mode, total, check.invalid(), actor);
        List<ImportRow> rows = check.valid();
        Map<String, Long> structure = new HashMap<>();
        int imported = 0;
        try {
            for (int from = 0; from < rows.size(); from += ImportSteps.CHUNK) {
                imported += steps.write(job, rows.subList(from, Math.min(rows.size(), from + ImportSteps.CHUNK)),
                        structure);
                progress.progressed(ImportProgress.Phase.WRITING, imported, rows.size());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + job + " failed after " + imported + " rows; taking it back", e);
            steps.takeBack(job);
            steps.finish(job, ImportJob.Status.FAILED, 0);
            audit.appendIndependently("registry.import", "import:" + job, Outcome.FAILED,
                    "rows=" + total + ", taken back");
            throw e;
        }
        steps.finish(job, ImportJob.Status.COMPLETED, imported);
        audit.appendIndependently("registry.import", "import:" + job, Outcome.SUCCESS,
                "rows=" + total + ", imported=" + imported + ", invalid=" + check.invalid() + ", mode=" + mode);
        progress.progressed(ImportProgress.Phase.DONE, rows.size(), rows.size());
        return report(job, total, check, imported, true, started);
    }

    /** Rows whose ID number or mobile the registry already has are duplicates, reported and not imported. */
    private void refuseRegistered(ImportCheck check) {
        Map<String, ImportRow> byId = new LinkedHashMap<>();
        Map<String, ImportRow> byMobile = new LinkedHashMap<>();
        for (ImportRow row : check.valid()) {
            if (row.idNumber() != null) {
                byId.put(vault.index(row.idNumber()), row);
            }
            if (row.mobile() != null) {
                byMobile.put(vault.index(row.mobile()), row);
            }
        }
        Map<ImportRow, ImportProblem> refused = new LinkedHashMap<>();
        for (String index : steps.registered("idNumberIndex", byId.keySet())) {
            ImportRow row = byId.get(index);
            refused.put(row, ImportProblem.of(row.row(), ImportColumn.ID_NUMBER, "already_registered"));
        }
        for (String index : steps.registered("mobileIndex", byMobile.keySet())) {
            ImportRow row = byMobile.get(index);
            refused.putIfAbsent(row, ImportProblem.of(row.row(), ImportColumn.MOBILE, "already_registered"));
        }
        if (!refused.isEmpty()) {
            check.refuseAsDuplicates(refused);
        }
    }

    private static ImportReport report(long job, int total, ImportCheck check, int imported, boolean applied,
                                       long started) {
        return new ImportReport(job, total, check.valid().size(), check.invalid(), check.duplicates(), imported,
                applied, check.problems(), (System.nanoTime() - started) / 1_000_000);
    }

}
