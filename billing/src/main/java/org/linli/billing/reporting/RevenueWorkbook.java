package org.linli.billing.reporting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linli.platform.i18n.Messages;
import org.linli.platform.money.Money;

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
            CellStyle yuan = workbook.createCellStyle();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet modules = workbook.createSheet(Messages.get(locale, "revenue.csv.module"));
            header(modules, bold, List.of(text(locale, "revenue.csv.module"), text(locale, "revenue.csv.orders"),
                    text(locale, "revenue.csv.paid"), text(locale, "revenue.csv.platform"),
                    text(locale, "revenue.csv.tenant"), text(locale, "revenue.csv.provider")));
            int r = 1;
            for (Revenue.Line line : revenue.modules()) {
                line(modules.createRow(r++), Messages.get(locale, line.module().label().key()), line, yuan);
            }
            Row total = modules.createRow(r);
            line(total, text(locale, "revenue.csv.total"), revenue.total(), yuan);
            total.getCell(0).setCellStyle(bold);

            Sheet weeks = workbook.createSheet(Messages.get(locale, "revenue.xlsx.weeks"));
            header(weeks, bold, List.of(text(locale, "revenue.xlsx.week"), text(locale, "revenue.csv.paid"),
                    text(locale, "revenue.xlsx.commission")));
            r = 1;
            for (Revenue.Week week : revenue.weeks()) {
                Row row = weeks.createRow(r++);
                row.createCell(0).setCellValue(week.start().toString());
                amount(row, 1, week.paid(), yuan);
                amount(row, 2, week.commission(), yuan);
            }
            Sheet providers = workbook.createSheet(Messages.get(locale, "revenue.xlsx.providers"));
            header(providers, bold, List.of(text(locale, "revenue.xlsx.provider"), text(locale, "revenue.csv.orders"),
                    text(locale, "revenue.csv.paid"), text(locale, "revenue.xlsx.commission"),
                    text(locale, "revenue.csv.provider")));
            r = 1;
            for (Revenue.ProviderLine provider : revenue.providers()) {
                Row row = providers.createRow(r++);
                row.createCell(0).setCellValue(provider.name());
                row.createCell(1).setCellValue(provider.orders());
                amount(row, 2, provider.paid(), yuan);
                amount(row, 3, provider.commission(), yuan);
                amount(row, 4, provider.earned(), yuan);
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

    private static void header(Sheet sheet, CellStyle bold, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void line(Row row, String label, Revenue.Line line, CellStyle yuan) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(line.orders());
        amount(row, 2, line.paid(), yuan);
        amount(row, 3, line.platform(), yuan);
        amount(row, 4, line.tenant(), yuan);
        amount(row, 5, line.provider(), yuan);
    }

    private static void amount(Row row, int column, Money amount, CellStyle yuan) {
        // Exact in fen; a double holds every amount up to 2^53 fen exactly before the division by 100 rounds it.
        row.createCell(column).setCellValue(new java.math.BigDecimal(amount.fen()).movePointLeft(2).doubleValue());
        row.getCell(column).setCellStyle(yuan);
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
