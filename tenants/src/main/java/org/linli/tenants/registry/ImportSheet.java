package org.linli.tenants.registry;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of an uploaded resident list, CSV or XLSX, as text cells. CSV may be UTF-8 (with or without byte order
 * mark) or GB18030, which is what Excel writes on Chinese Windows. XLSX is read as a stream of its first sheet, so
 * that a large file never becomes a large object tree.
 */
public record ImportSheet(List<String> header, List<List<String>> rows) {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

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

    /** RFC 4180: fields separated by commas, quoted with double quotes (doubled inside), any line ending. */
    static List<List<String>> csv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> lines = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return lines;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(lines),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw DomainException.invalid(FieldError.of("file", "file_unreadable"));
        }
        return lines;
    }

    /** Formats cells as Excel shows them, except dates, which come as ISO dates whatever their display format. */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                    && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
                return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects the cells of each row in column order, filling gaps that empty cells leave. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<List<String>> lines;
        private List<String> current;

        Rows(List<List<String>> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            while (lines.size() < rowNum) {
                lines.add(new ArrayList<>());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(current);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }
}
