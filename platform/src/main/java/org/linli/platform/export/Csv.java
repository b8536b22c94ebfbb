package org.linli.platform.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.linli.platform.money.Money;

import java.io.Flushable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The one CSV format Linli writes and reads (RFC 4180, CRLF lines), and the one step that keeps a text cell from
 * running as a spreadsheet formula, so that every export quotes and defuses alike.
 *
 * <p>Spreadsheet programs run a cell as a formula when it starts with {@code = + - @}, and some also after leading
 * tabs or carriage returns, which they skip. A text cell that starts with any of these gets a leading apostrophe
 * ({@link #defuse}), which Excel and LibreOffice show as text. A cell holding a quote, comma or any line break is
 * quoted, so that a line break inside a name never starts a new row. Numbers the export itself formats (amounts,
 * counts, ids) are not text: they go out as they are, so that a negative amount stays a number.
 */
public final class Csv {

    /** RFC 4180 with CRLF lines, quoting a cell only where it must; also the format Linli's readers parse. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    /** The byte-order mark exports for spreadsheets start with, so that Excel reads UTF-8 (and Chinese). */
    public static final char BOM = '\uFEFF';

    /** The same format quoting every cell, for {@link #quoted} cells. */
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

    /** Characters that make a spreadsheet treat a cell as a formula, or that it skips before looking. */
    private static final String RISKY_START = "=+-@\t\r\n";

    private Csv() {
    }

    /** Writes rows to {@code out}, nothing before them. */
    public static Printer printer(Appendable out) {
        return new Printer(out);
    }

    /** Writes the byte-order mark to {@code out}, then rows: for files people open in Excel. */
    public static Printer excelPrinter(Appendable out) throws IOException {
        out.append(BOM);
        return new Printer(out);
    }

    /** A text cell that is quoted even when it need not be, for columns whose cells are quoted throughout. */
    public static Quoted quoted(String text) {
        return new Quoted(text);
    }

    /** The text a spreadsheet shows as it is: a leading apostrophe where it would run as a formula. */
    public static String defuse(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return RISKY_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A text cell to quote always; see {@link #quoted}. */
    public record Quoted(String text) {
    }

    /**
     * Rows of one CSV: a {@link Number} or {@link Money} (as yuan with two decimals) cell goes out as it is, a
     * {@link Quoted} cell is defused and quoted, every other cell is text ({@code toString}, {@code null} empty) and
     * is defused, quoted only where it must be. Flushing flushes the target when it can be flushed.
     */
    public static final class Printer implements Flushable {

        private final Appendable out;
        /**
         * The row being written: a row goes to {@code out} in one call, because a writer locks and checks itself on
         * every call and a row is dozens of pieces (a page of an export was a third of its CPU time before).
         */
        private final StringBuilder row = new StringBuilder(256);

        private Printer(Appendable out) {
            this.out = out;
        }

        /** One row of {@code cells}, ended by CRLF. */
        public Printer row(Object... cells) throws IOException {
            return row(Arrays.asList(cells));
        }

        /** One row of {@code cells}, ended by CRLF. */
        public Printer row(List<?> cells) throws IOException {
            row.setLength(0);
            boolean first = true;
            for (Object cell : cells) {
                print(cell, first);
                first = false;
            }
            FORMAT.println(row);
            out.append(row);
            return this;
        }

        private void print(Object cell, boolean first) throws IOException {
            if (cell instanceof Quoted quoted) {
                QUOTED.print(defuse(quoted.text()), row, first);
            } else if (cell instanceof Money money) {
                FORMAT.print(money.toYuanString(), row, first);
            } else if (cell instanceof Number number) {
                FORMAT.print(number, row, first);
            } else {
                String text = defuse(cell == null ? null : cell.toString());
                // An empty cell is written as nothing, as spreadsheets write it, not as a quoted empty string.
                FORMAT.print(text.isEmpty() ? null : text, row, first);
            }
        }

        @Override
        public void flush() throws IOException {
            if (out instanceof Flushable flushable) {
                flushable.flush();
            }
        }
    }
}
