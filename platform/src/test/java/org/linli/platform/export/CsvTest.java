package org.linli.platform.export;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void aCellStartingWithAFormulaCharacterIsShownAsText() throws IOException {
        assertThat(cell("=1+1")).isEqualTo("'=1+1");
        assertThat(cell("+86 138")).isEqualTo("'+86 138");
        assertThat(cell("-2")).isEqualTo("'-2");
        assertThat(cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void aFormulaAfterLeadingTabsOrCarriageReturnsIsDefusedToo() throws IOException {
        assertThat(cell("\t=HYPERLINK(\"x\")")).isEqualTo("\"'\t=HYPERLINK(\"\"x\"\")\"");
        assertThat(cell("\t\t=1+1")).startsWith("'");
        assertThat(cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void aCellStartingWithATabOrCarriageReturnIsDefusedEvenWithoutAFormula() throws IOException {
        assertThat(cell("\tname")).isEqualTo("'\tname");
        assertThat(cell("\rname")).isEqualTo("\"'\rname\"");
    }

    @Test
    void everyLineBreakIsQuoted() throws IOException {
        assertThat(cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(cell("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void quotesAndCommasAreQuotedAndQuotesDoubled() throws IOException {
        assertThat(cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(cell("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void plainTextAndNothingStayAsTheyAre() throws IOException {
        assertThat(cell("张三")).isEqualTo("张三");
        assertThat(cell("")).isEmpty();
        assertThat(cell(null)).isEmpty();
        assertThat(cell("a-b=c")).isEqualTo("a-b=c");
        assertThat(row("", null, "x")).isEqualTo(",,x\r\n");
    }

    @Test
    void quotedCellsAreAlwaysQuotedAndDefused() throws IOException {
        assertThat(cell(Csv.quoted("物业"))).isEqualTo("\"物业\"");
        assertThat(cell(Csv.quoted("\t-1"))).isEqualTo("\"'\t-1\"");
        assertThat(cell(Csv.quoted(null))).isEqualTo("\"\"");
    }

    @Test
    void numbersAndAmountsStayNumbers() throws IOException {
        assertThat(row(1, -2L, new BigDecimal("-2.00"), Money.fen(-250))).isEqualTo("1,-2,-2.00,-2.50\r\n");
    }

    @Test
    void aLineEndsWithCrLf() throws IOException {
        assertThat(row("a", "=b", "c\nd")).isEqualTo("a,'=b,\"c\nd\"\r\n");
        assertThat(row(1, Money.fen(-200))).isEqualTo("1,-2.00\r\n");
    }

    @Test
    void anExcelFileStartsWithAByteOrderMark() throws IOException {
        StringWriter out = new StringWriter();
        Csv.excelPrinter(out).row("名称", 1);
        assertThat(out.toString()).isEqualTo("\uFEFF名称,1\r\n");
    }

    @Test
    void whatIsWrittenReadsBackDefused() throws IOException {
        String written = row("a,b", "say \"hi\"", "x\r\ny", "=1", 7);
        try (CSVParser parser = CSVParser.parse(new StringReader(written), Csv.FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(1);
            assertThat(records.get(0).toList()).containsExactly("a,b", "say \"hi\"", "x\r\ny", "'=1", "7");
        }
    }

    private static String cell(Object value) throws IOException {
        String line = row(value);
        return line.substring(0, line.length() - 2);
    }

    private static String row(Object... cells) throws IOException {
        StringWriter out = new StringWriter();
        Csv.printer(out).row(cells);
        return out.toString();
    }
}
