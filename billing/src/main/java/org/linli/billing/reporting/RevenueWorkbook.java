package org.linli.billing.reporting;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.platform.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A revenue report as an Excel workbook: the modules with their total, the weeks and the providers, amounts as
 * numbers in yuan (so spreadsheets sum them), headers in the reader's language.
 */
public final class RevenueWorkbook {

    private RevenueWorkbook() {
    }

    public static byte[] of(Revenue revenue, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = SheetStyles.of(workbook);

            Sheet modules = workbook.createSheet(Messages.get(locale, "revenue.csv.module"));
            styles.header(modules, List.of(text(locale, "revenue.csv.module"), text(locale, "revenue.csv.orders"),
                    text(locale, "revenue.csv.paid"), text(locale, "revenue.csv.platform"),
                    text(locale, "revenue.csv.tenant"), text(locale, "revenue.csv.provider")));
            int r = 1;
            for (Revenue.Line line : revenue.modules()) {
                line(modules.createRow(r++), Messages.get(locale, line.module().label().key()), line, styles);
            }
            Row total = modules.createRow(r);
            line(total, text(locale, "revenue.csv.total"), revenue.total(), styles);
            total.getCell(0).setCellStyle(styles.bold());

            Sheet weeks = workbook.createSheet(Messages.get(locale, "revenue.xlsx.weeks"));
            styles.header(weeks, List.of(text(locale, "revenue.xlsx.week"), text(locale, "revenue.csv.paid"),
                    text(locale, "revenue.xlsx.commission")));
            r = 1;
            for (Revenue.Week week : revenue.weeks()) {
                Row row = weeks.createRow(r++);
                row.createCell(0).setCellValue(week.start().toString());
                styles.amount(row, 1, week.paid());
                styles.amount(row, 2, week.commission());
            }
            Sheet providers = workbook.createSheet(Messages.get(locale, "revenue.xlsx.providers"));
            styles.header(providers, List.of(text(locale, "revenue.xlsx.provider"), text(locale, "revenue.csv.orders"),
                    text(locale, "revenue.csv.paid"), text(locale, "revenue.xlsx.commission"),
                    text(locale, "revenue.csv.provider")));
            r = 1;
            for (Revenue.ProviderLine provider : revenue.providers()) {
                Row row = providers.createRow(r++);
                row.createCell(0).setCellValue(provider.name());
                row.createCell(1).setCellValue(provider.orders());
                styles.amount(row, 2, provider.paid());
                styles.amount(row, 3, provider.commission());
                styles.amount(row, 4, provider.earned());
            }
            for (Sheet sheet : List.of(modules, weeks, providers)) {
                for (int c = 0; c < 6; c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, String label, Revenue.Line line, SheetStyles styles) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(line.orders());
        styles.amount(row, 2, line.paid());
        styles.amount(row, 3, line.platform());
        styles.amount(row, 4, line.tenant());
        styles.amount(row, 5, line.provider());
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
