package org.linli.tenants.volunteering;

import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.export.Csv;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A year's volunteer hours per volunteer, as CSV (UTF-8 with byte order mark, for Excel) or XLSX, for the annual
 * volunteer certificate: the same rows and the same masked names the console shows, read page by page. Hours are the
 * credited minutes divided by 60, to two decimals. Every export is audited with its row count.
 */
@BatchService
public class VolunteerHoursExport {

    public enum Format { CSV, XLSX }

    static final List<String> HEADER = List.of("year", "resident_id", "name", "activities", "minutes", "hours");

    @Inject
    VolunteerHours hours;

    @Inject
    AuditTrail audit;

    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public int export(int year, Format format, OutputStream out) {
        int rows;
        try {
            rows = format == Format.XLSX ? xlsx(year, out) : csv(year, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.appendIndependently("volunteer.hours.export", format.name().toLowerCase(Locale.ROOT),
                Outcome.SUCCESS, "year=" + year + " rows=" + rows);
        return rows;
    }

    /** The cells of one volunteer's row. */
    static List<String> cells(int year, VolunteerHours.VolunteerRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(year));
        cells.add(String.valueOf(row.resident().value()));
        cells.add(row.name() == null ? "" : row.name());
        cells.add(String.valueOf(row.activities()));
        cells.add(String.valueOf(row.minutes()));
        cells.add(BigDecimal.valueOf(row.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .toPlainString());
        return cells;
    }

    private int csv(int year, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Csv.Printer csv = Csv.excelPrinter(writer).row(HEADER);
        int rows = each(year, row -> {
            try {
                csv.row(cells(year, row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        return rows;
    }

    private int xlsx(int year, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("volunteer-hours");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int[] next = {1};
            int rows = each(year, row -> {
                Row line = sheet.createRow(next[0]++);
                List<String> cells = cells(year, row);
                for (int i = 0; i < cells.size(); i++) {
                    if (i == 1 || i == 3 || i == 4) {
                        line.createCell(i).setCellValue(Long.parseLong(cells.get(i)));
                    } else {
                        line.createCell(i).setCellValue(cells.get(i));
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
            return rows;
        }
    }

    private int each(int year, Consumer<VolunteerHours.VolunteerRow> sink) {
        int rows = 0;
        for (int page = 0; ; page++) {
            Page<VolunteerHours.VolunteerRow> chunk = hours.byVolunteer(year, new PageRequest(page,
                    PageRequest.MAX_SIZE));
            chunk.items().forEach(sink);
            rows += chunk.items().size();
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= chunk.total()) {
                return rows;
            }
        }
    }
}
