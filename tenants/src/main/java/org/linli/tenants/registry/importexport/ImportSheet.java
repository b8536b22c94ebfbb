package org.linli.tenants.registry.importexport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.linli.platform.export.Csv;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rows of an uploaded resident list, CSV or XLSX, as text cells. CSV may be UTF-8 (with or without byte order
 * mark) or GB18030, which is what Excel writes on Chinese Windows. XLSX is read as a stream of its first sheet, so
 * that a large file never becomes a large object tree.
 *
 * <p>What a file may hold is bounded while it is read, not afterwards: a line beyond {@link #MAX_LINES} (a sheet
 * may declare its rows at any position, up to row 2,147,483,647), a column beyond {@link #MAX_COLUMNS} or a cell
 * longer than {@link #MAX_CELL_CHARS} stops the reading at once with a {@code file} field error, and the XML inside
 * an XLSX is read only up to {@link #MAX_XML_BYTES}. So the rows kept in memory never exceed those bounds, whatever
 * a small compressed file claims.
 */
public record ImportSheet(List<String> header, List<List<String>> rows) {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The lines a file may use: the row limit, its header, and some blank lines between. */
    static final int MAX_LINES = ImportCheck.MAX_ROWS + 1 + 1_000;

    /** Far more than the columns of a resident list. */
    static final int MAX_COLUMNS = 64;

    /** Far more than any cell of a resident list holds. */
    static final int MAX_CELL_CHARS = 2_000;

    /**
     * The longest physical line a list within {@link #MAX_COLUMNS} and {@link #MAX_CELL_CHARS} can have: every cell
     * quoted, every character a doubled quote, and the commas between.
     */
    static final int MAX_LINE_CHARS = MAX_COLUMNS * (2 * MAX_CELL_CHARS + 3);

    private static final CSVFormat LENIENT = Csv.FORMAT.builder().setTrailingData(true).setLenientEof(true).get();

    /** Uncompressed XML read from one part of an XLSX (the sheet, the shared texts). */
    static final long MAX_XML_BYTES = 128L * 1024 * 1024;

    /** The bytes of an uploaded list, read from a stream up to one byte more than {@link #MAX_BYTES}. */
    public static byte[] bytes(InputStream content) {
        if (content == null) {
            return new byte[0];
        }
        try {
            return content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportSheet read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(FieldError.of("file", "required"));
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid(FieldError.of("file", "file_too_large", MAX_BYTES / 1024 / 1024));
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> lines = zip || name.endsWith(".xlsx") ? xlsx(content) : csv(text(content));
        List<List<String>> nonEmpty = lines.stream()
                .filter(line -> line.stream().anyMatch(cell -> cell != null && !cell.isBlank())).toList();
        if (nonEmpty.isEmpty()) {
            throw DomainException.invalid(FieldError.of("file", "file_empty"));
        }
        return new ImportSheet(nonEmpty.get(0), nonEmpty.subList(1, nonEmpty.size()));
    }

    private static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, Charset.forName("GB18030"));
        }
    }

    /**
     * RFC 4180 in Linli's format, read as leniently as spreadsheet programs write it: any line ending, text after a
     * closing quote kept, a quote left open running to the end. Blank lines are lines (the row limit counts them).
     */
    static List<List<String>> csv(String text) {
        List<List<String>> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new LongestLine(new StringReader(text)), LENIENT)) {
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_LINES) {
                    throw tooManyRows();
                }
                if (record.size() > MAX_COLUMNS) {
                    throw tooManyColumns();
                }
                if (record.stream().anyMatch(cell -> cell.length() > MAX_CELL_CHARS)) {
                    throw cellTooLong();
                }
                lines.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw refusal(e).orElseGet(() -> DomainException.invalid(FieldError.of("file", "file_unreadable")));
        }
        return lines;
    }

    static DomainException tooManyRows() {
        return DomainException.invalid(FieldError.of("file", "too_many_rows", ImportCheck.MAX_ROWS));
    }

    private static DomainException tooManyColumns() {
        return DomainException.invalid(FieldError.of("file", "too_many_columns", MAX_COLUMNS));
    }

    private static DomainException cellTooLong() {
        return DomainException.invalid(FieldError.of("file", "cell_too_long", MAX_CELL_CHARS));
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return lines;
            }
            try (InputStream sheet = new LimitedXml(sheets.next())) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(lines),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            throw refusal(e).orElseGet(() -> DomainException.invalid(FieldError.of("file", "file_unreadable")));
        }
        return lines;
    }

    /** The workbook's shared texts, read only up to {@link #MAX_XML_BYTES} (they are all kept in memory). */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        try (InputStream in = new LimitedXml(parts.get(0).getInputStream())) {
            return new ReadOnlySharedStringsTable(in);
        }
    }

    /** A refusal thrown from inside the parser, which may have wrapped it. */
    private static Optional<DomainException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException refused) {
                return Optional.of(refused);
            }
            if (t instanceof SAXException sax && sax.getException() instanceof DomainException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /**
     * The text of a CSV list, refused once a physical line grows beyond {@link #MAX_LINE_CHARS}, so that the parser
     * never builds a record far beyond the limits that are checked once it is read. Such a line holds a longer cell
     * when it has fewer commas than {@link #MAX_COLUMNS}; with more it is taken for too many columns.
     */
    private static final class LongestLine extends Reader {

        private final Reader in;
        private int length;
        private int commas;

        LongestLine(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = in.read(buffer, offset, count);
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    length = 0;
                    commas = 0;
                } else if (++length > MAX_LINE_CHARS) {
                    throw commas < MAX_COLUMNS ? cellTooLong() : tooManyColumns();
                } else if (c == ',') {
                    commas++;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** XML of one part of the package, refused once it exceeds {@link #MAX_XML_BYTES} uncompressed. */
    private static final class LimitedXml extends FilterInputStream {

        private long read;

        LimitedXml(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > MAX_XML_BYTES) {
                throw DomainException.invalid(FieldError.of("file", "file_too_large", MAX_BYTES / 1024 / 1024));
            }
        }
    }

    /** Formats cells as Excel shows them, except dates, which come as ISO dates whatever their display format. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /**
     * Collects the cells of each row in column order, filling gaps that empty cells leave. Rows come with the
     * position the file declares, unchecked by POI: a position beyond {@link #MAX_LINES} is refused before any gap
     * is filled. Gaps between rows are blank lines, which the reading drops anyway, so they are not kept.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<List<String>> lines;
        private List<String> current;

        Rows(List<List<String>> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum < 0 || rowNum >= MAX_LINES || lines.size() >= MAX_LINES) {
                throw tooManyRows();
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(current);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column < 0 || column >= MAX_COLUMNS) {
                throw tooManyColumns();
            }
            if (value != null && value.length() > MAX_CELL_CHARS) {
                throw cellTooLong();
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }
}
