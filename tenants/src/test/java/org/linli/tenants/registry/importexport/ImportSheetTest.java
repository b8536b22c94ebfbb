package org.linli.tenants.registry.importexport;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.platform.export.Csv;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
    void exportedCellsAreQuotedAndFormulaSafe() throws IOException {
        StringBuilder line = new StringBuilder();
        Csv.printer(line).row("王, 小明", "=HYPERLINK(\"x\")", "138****5678");
        assertThat(line).hasToString("\"王, 小明\",\"'=HYPERLINK(\"\"x\"\")\",138****5678\r\n");
    }

    @Test
    void aSheetDeclaringRow2147483647IsRefusedAtOnce() throws Exception {
        byte[] bomb = withSheetXml(workbook("姓名", "张三"), xml -> xml
                .replace("<row r=\"2\"", "<row r=\"2147483647\"").replace("r=\"A2\"", "r=\"A2147483647\""));
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThatThrownBy(
                () -> ImportSheet.read("bomb.xlsx", bomb)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("too_many_rows")));
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefusedWhileParsing() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 3; r <= ImportSheet.MAX_LINES + 1; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                    .append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        byte[] many = withSheetXml(workbook("姓名", "张三"),
                xml -> xml.replace("</sheetData>", rows + "</sheetData>"));
        assertThatThrownBy(() -> ImportSheet.read("many.xlsx", many)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("too_many_rows"));
    }

    @Test
    void aCellInTheLastColumnOfASheetIsRefusedInsteadOfFillingTheGap() throws Exception {
        byte[] wide = withSheetXml(workbook("姓名", "张三"), xml -> xml.replace("r=\"A2\"", "r=\"XFD2\""));
        assertThatThrownBy(() -> ImportSheet.read("wide.xlsx", wide)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("too_many_columns"));
    }

    @Test
    void csvBeyondTheRowColumnAndCellLimitsIsRefusedWhileParsing() {
        byte[] blankLines = "姓名\n".concat("\n".repeat(ImportSheet.MAX_LINES)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportSheet.read("x.csv", blankLines)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("too_many_rows"));
        byte[] commas = ("姓名" + ",".repeat(ImportSheet.MAX_COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportSheet.read("x.csv", commas)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("too_many_columns"));
        byte[] longCell = ("姓名\n\"" + "长".repeat(ImportSheet.MAX_CELL_CHARS + 1) + "\"\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportSheet.read("x.csv", longCell)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("cell_too_long"));
    }

    @Test
    void aLineFarBeyondTheLimitsIsRefusedBeforeItIsParsedWhole() {
        byte[] longLine = ("姓名\n" + "长".repeat(ImportSheet.MAX_LINE_CHARS + 1) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportSheet.read("x.csv", longLine)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("cell_too_long"));
        byte[] commas = ("姓名\n" + ",".repeat(ImportSheet.MAX_LINE_CHARS + 1) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImportSheet.read("x.csv", commas)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::code).containsExactly("too_many_columns"));
    }

    @Test
    void textAfterAClosingQuoteAndAQuoteLeftOpenAreReadAsSpreadsheetsWriteThem() {
        String csv = "name,room\n\"王\"五,\"502";
        assertThat(ImportSheet.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)).rows())
                .containsExactly(List.of("王五", "502"));
    }

    @Test
    void aListAtTheLimitsIsRead() {
        String header = String.join(",", Collections.nCopies(ImportSheet.MAX_COLUMNS, "h"));
        String csv = header + "\n" + "名".repeat(ImportSheet.MAX_CELL_CHARS) + "\n";
        assertThat(ImportSheet.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
    }

    /** A one-sheet workbook with a header cell in A1 and a value in A2. */
    private static byte[] workbook(String header, String value) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("居民");
            sheet.createRow(0).createCell(0).setCellValue(header);
            sheet.createRow(1).createCell(0).setCellValue(value);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with its first sheet's XML rewritten, as a hand-made (or hostile) file would have it. */
    private static byte[] withSheetXml(byte[] xlsx, UnaryOperator<String> change) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
