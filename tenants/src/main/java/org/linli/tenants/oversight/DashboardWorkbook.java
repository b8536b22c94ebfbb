package org.linli.tenants.oversight;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.platform.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A dashboard as an XLSX workbook, one sheet: each section's table under its name. Cells hold what every reader
 * sees — a suppressed cell is the text "&lt;5" or "*", never its value — and counts are numbers.
 */
final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    static byte[] render(Dashboard dashboard, Locale requested) {
        Locale locale = Messages.supported(requested);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(dashboard.month());
            int at = 0;
            sheet.createRow(at++).createCell(0).setCellValue(DashboardLabels.title(locale, dashboard));
            for (Dashboard.Table table : dashboard.tables()) {
                at++;
                sheet.createRow(at++).createCell(0).setCellValue(DashboardLabels.section(locale, table.section()));
                Row header = sheet.createRow(at++);
                header.createCell(0).setCellValue("");
                for (int c = 0; c < table.columns().size(); c++) {
                    header.createCell(c + 1).setCellValue(DashboardLabels.measure(locale, table.section(),
                            table.columns().get(c)));
                }
                for (Dashboard.Row row : table.rows()) {
                    write(sheet.createRow(at++), locale, table, row);
                }
                write(sheet.createRow(at++), locale, table, table.total());
            }
            sheet.createRow(++at).createCell(0).setCellValue(Messages.get(locale, "oversight.suppressed.note"));
            sheet.setColumnWidth(0, 24 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row out, Locale locale, Dashboard.Table table, Dashboard.Row row) {
        out.createCell(0).setCellValue(DashboardLabels.row(locale, row));
        for (int c = 0; c < row.cells().size(); c++) {
            Dashboard.Cell cell = row.cells().get(c);
            Cell target = out.createCell(c + 1);
            Unit unit = table.columns().get(c).unit();
            boolean whole = unit == Unit.PERSONS || unit == Unit.HOUSEHOLDS || unit == Unit.COUNT;
            if (!cell.suppressed() && whole) {
                target.setCellValue(cell.value());
            } else {
                target.setCellValue(cell.display());
            }
        }
    }
}
