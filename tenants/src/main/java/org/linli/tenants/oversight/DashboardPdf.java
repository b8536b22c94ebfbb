package org.linli.tenants.oversight;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.linli.platform.export.PdfFonts;
import org.linli.platform.i18n.Messages;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * A dashboard as a PDF: a table per section, suppressed cells as "&lt;5" or "*", set in the server's CJK font
 * ({@link PdfFonts}).
 */
final class DashboardPdf {

    private DashboardPdf() {
    }

    static byte[] render(Dashboard dashboard, Locale requested) {
        Locale locale = Messages.supported(requested);
        BaseFont base = PdfFonts.cjk();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 9);
        Font strong = new Font(base, 9, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(DashboardLabels.title(locale, dashboard));
            document.addCreator("Linli");
            document.open();
            document.add(new Paragraph(DashboardLabels.title(locale, dashboard), title));
            for (Dashboard.Table table : dashboard.tables()) {
                Paragraph name = new Paragraph(DashboardLabels.section(locale, table.section()), heading);
                name.setSpacingBefore(12);
                name.setSpacingAfter(6);
                document.add(name);
                PdfPTable grid = new PdfPTable(table.columns().size() + 1);
                grid.setWidthPercentage(100);
                grid.addCell(cell("", strong, false));
                table.columns().forEach(c -> grid.addCell(cell(DashboardLabels.measure(locale, table.section(), c),
                        strong, true)));
                for (Dashboard.Row row : table.rows()) {
                    addRow(grid, locale, row, body);
                }
                addRow(grid, locale, table.total(), strong);
                document.add(grid);
            }
            Paragraph note = new Paragraph(Messages.get(locale, "oversight.suppressed.note"), body);
            note.setSpacingBefore(12);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void addRow(PdfPTable grid, Locale locale, Dashboard.Row row, Font font) {
        grid.addCell(cell(DashboardLabels.row(locale, row), font, false));
        row.cells().forEach(c -> grid.addCell(cell(c.display(), font, true)));
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
