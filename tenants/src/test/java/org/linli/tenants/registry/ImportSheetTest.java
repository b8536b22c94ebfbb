package org.linli.tenants.registry;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Resident lists as people really send them. */
class ImportSheetTest {

    @Test
    void readsUtf8CsvWithByteOrderMarkQuotesAndBlankLines() {
        String csv = "\uFEFFname,room\r\n\"王, 小明\",\"50\"\"1\"\r\n\r\n李四,502\n";
        ImportSheet sheet = ImportSheet.read("list.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.header()).containsExactly("name", "room");
        assertThat(sheet.rows()).containsExactly(List.of("王, 小明", "50\"1"), List.of("李四", "502"));
    }

    @Test
    void readsCsvThatExcelSavedInGb18030() {
        byte[] gbk = "姓名,房号\n张三,501\n".getBytes(Charset.forName("GB18030"));
        ImportSheet sheet = ImportSheet.read("名单.csv", gbk);
        assertThat(sheet.header()).containsExactly("姓名", "房号");
        assertThat(sheet.rows().get(0)).containsExactly("张三", "501");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithDatesAsIsoDates() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("居民");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(2).setCellValue("出生日期");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("张三");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            row.createCell(2).setCellValue(LocalDate.of(1950, 3, 14));
            row.getCell(2).setCellStyle(date);
            workbook.write(out);
            ImportSheet read = ImportSheet.read("list.xlsx", out.toByteArray());
            assertThat(read.header()).containsExactly("姓名", "", "出生日期");
            assertThat(read.rows().get(0)).containsExactly("张三", "", "1950-03-14");
        }
    }

    @Test
    void emptyAndUnreadableFilesAreReportedNotThrownAsErrors() {
        assertThatThrownBy(() -> ImportSheet.read("x.csv", new byte[0])).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ImportSheet.read("x.csv", "\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).code()).isEqualTo("file_empty"));
        assertThatThrownBy(() -> ImportSheet.read("x.xlsx", "PK-not-really".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).code())
                        .isEqualTo("file_unreadable"));
    }

    @Test
    void exportedCellsAreQuotedAndFormulaSafe() {
        assertThat(ResidentExport.csvCell("王, 小明")).isEqualTo("\"王, 小明\"");
        assertThat(ResidentExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ResidentExport.csvCell("138****5678")).isEqualTo("138****5678");
    }
}
