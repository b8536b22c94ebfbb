package org.linli.billing.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import org.linli.platform.export.PdfFonts;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One finance document (a settlement statement, an invoice) as an A4 PDF: a title, facts as label–value pairs, a
 * table whose money columns are right-aligned, a total line and a footnote. The same look for every document, so
 * the classes that know the content only say what it is.
 */
public final class FinanceDocument {

    private record Fact(String label, String value) {
    }

    private final String title;
    private final List<Fact> facts = new ArrayList<>();
    private List<String> headers = List.of();
    private boolean[] numeric = new boolean[0];
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> total;
    private String note;

    public FinanceDocument(String title) {
        this.title = title;
    }

    public FinanceDocument fact(String label, String value) {
        facts.add(new Fact(label, value == null ? "—" : value));
        return this;
    }

    /** The table's columns; {@code numeric} marks the ones that hold amounts or counts. */
    public FinanceDocument columns(List<String> headers, boolean... numeric) {
        this.headers = headers;
        this.numeric = numeric;
        return this;
    }

    public FinanceDocument row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    public FinanceDocument total(List<String> cells) {
        this.total = cells;
        return this;
    }

    public FinanceDocument note(String note) {
        this.note = note;
        return this;
    }

    public byte[] pdf() {
        BaseFont base = PdfFonts.cjk();
        Font titleFont = new Font(base, 18, Font.BOLD);
        Font body = new Font(base, 10);
        Font strong = new Font(base, 10, Font.BOLD);
        Font small = new Font(base, 8, Font.NORMAL, Color.GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Linli");
            document.open();
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setSpacingAfter(12);
            document.add(heading);
            PdfPTable factTable = new PdfPTable(new float[] {1, 3});
            factTable.setWidthPercentage(100);
            for (Fact fact : facts) {
                factTable.addCell(plain(fact.label(), small));
                factTable.addCell(plain(fact.value(), body));
            }
            factTable.setSpacingAfter(14);
            document.add(factTable);
            if (!headers.isEmpty()) {
                PdfPTable table = new PdfPTable(headers.size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (int c = 0; c < headers.size(); c++) {
                    PdfPCell cell = cell(headers.get(c), strong, c);
                    cell.setBackgroundColor(new Color(0xEE, 0xF2, 0xF7));
                    table.addCell(cell);
                }
                for (List<String> row : rows) {
                    for (int c = 0; c < row.size(); c++) {
                        table.addCell(cell(row.get(c), body, c));
                    }
                }
                if (total != null) {
                    for (int c = 0; c < total.size(); c++) {
                        table.addCell(cell(total.get(c), strong, c));
                    }
                }
                document.add(table);
            }
            if (note != null) {
                Paragraph footnote = new Paragraph(note, small);
                footnote.setSpacingBefore(16);
                document.add(footnote);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the document could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private PdfPCell cell(String text, Font font, int column) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        if (column < numeric.length && numeric[column]) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(0);
        cell.setPaddingBottom(3);
        return cell;
    }
}
