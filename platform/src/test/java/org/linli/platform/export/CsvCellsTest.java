package org.linli.platform.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void aCellStartingWithAFormulaCharacterIsShownAsText() {
        assertThat(CsvCells.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvCells.text("+86 138")).isEqualTo("'+86 138");
        assertThat(CsvCells.text("-2")).isEqualTo("'-2");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void aFormulaAfterLeadingTabsOrCarriageReturnsIsDefusedToo() {
        assertThat(CsvCells.text("\t=HYPERLINK(\"x\")")).isEqualTo("\"'\t=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.text("\t\t=1+1")).startsWith("'");
        assertThat(CsvCells.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void aCellStartingWithATabOrCarriageReturnIsDefusedEvenWithoutAFormula() {
        assertThat(CsvCells.text("\tname")).isEqualTo("'\tname");
        assertThat(CsvCells.text("\rname")).isEqualTo("\"'\rname\"");
    }

    @Test
    void everyLineBreakIsQuoted() {
        assertThat(CsvCells.text("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvCells.text("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(CsvCells.text("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void quotesAndCommasAreQuotedAndQuotesDoubled() {
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void plainTextAndNothingStayAsTheyAre() {
        assertThat(CsvCells.text("张三")).isEqualTo("张三");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text("a-b=c")).isEqualTo("a-b=c");
    }

    @Test
    void quotedCellsAreAlwaysQuotedAndDefused() {
        assertThat(CsvCells.quoted("物业")).isEqualTo("\"物业\"");
        assertThat(CsvCells.quoted("\t-1")).isEqualTo("\"'\t-1\"");
        assertThat(CsvCells.quoted(null)).isEqualTo("\"\"");
    }

    @Test
    void aLineEndsWithCrLf() {
        assertThat(CsvCells.textLine(List.of("a", "=b", "c\nd"))).isEqualTo("a,'=b,\"c\nd\"\r\n");
        assertThat(CsvCells.line(List.of("1", "-2.00"))).isEqualTo("1,-2.00\r\n");
    }
}
