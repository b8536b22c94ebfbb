package org.linli.platform.export;

import java.util.List;

/**
 * The one way Linli writes CSV cells (RFC 4180, CRLF lines), so that every export defuses and quotes alike.
 *
 * <p>Spreadsheet programs run a cell as a formula when it starts with {@code = + - @}, and some also after leading
 * tabs or carriage returns, which they skip. A text cell that starts with any of these gets a leading apostrophe,
 * which Excel and LibreOffice show as text. A cell holding a quote, comma or any line break is quoted, so that a
 * line break inside a name never starts a new row. Numbers the export itself formats (amounts, counts, ids) are not
 * text: they go out as they are, so that a negative amount stays a number.
 */
public final class CsvCells {

    /** Characters that make a spreadsheet treat a cell as a formula, or that it skips before looking. */
    private static final String RISKY_START = "=+-@\t\r\n";

    private CsvCells() {
    }

    /** A text cell: defused, and quoted when it holds a quote, comma or line break. {@code null} is empty. */
    public static String text(String value) {
        String safe = defused(value);
        boolean quote = safe.indexOf('"') >= 0 || safe.indexOf(',') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? quote(safe) : safe;
    }

    /** A text cell that is always quoted (and defused), for columns whose cells are quoted throughout. */
    public static String quoted(String value) {
        return quote(defused(value));
    }

    /** Cells already written by {@link #text}, {@link #quoted} or as plain numbers, joined into one CRLF line. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    /** A line of text cells. */
    public static String textLine(List<String> values) {
        return line(values.stream().map(CsvCells::text).toList());
    }

    static String defused(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return RISKY_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
