package org.linli.billing.reporting;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.linli.platform.money.Money;

import java.math.BigDecimal;
import java.util.List;

/** How finance workbooks look: bold frozen headers and amounts as numbers in yuan, so spreadsheets sum them. */
record SheetStyles(CellStyle bold, CellStyle yuan) {

    static SheetStyles of(Workbook workbook) {
        CellStyle yuan = workbook.createCellStyle();
        yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        return new SheetStyles(bold, yuan);
    }

    /** The first row: the column titles in bold, kept in view while scrolling. */
    void header(Sheet sheet, List<String> titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    void amount(Row row, int column, Money amount) {
        // Exact in fen; a double holds every amount up to 2^53 fen exactly before the division by 100 rounds it.
        row.createCell(column).setCellValue(new BigDecimal(amount.fen()).movePointLeft(2).doubleValue());
        row.getCell(column).setCellStyle(yuan);
    }
}
