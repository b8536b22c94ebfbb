package org.linli.tenants.proposals;

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
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The published tally as an A4 PDF: the proposal, participation by area and by voters against the electorate, both
 * majorities and the result, and a table of the options, set in the server's CJK font ({@link PdfFonts}).
 */
final class TallyPdf {

    private TallyPdf() {
    }

    static byte[] render(Tally tally, Locale requested) {
        Locale locale = Messages.supported(requested);
        BaseFont base = PdfFonts.cjk();
        Font title = new Font(base, 16, Font.BOLD);
        Font body = new Font(base, 10);
        Font strong = new Font(base, 10, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(tally.title());
            document.addCreator("Linli");
            document.open();
            Paragraph heading = new Paragraph(text(locale, "proposal.tally.pdf.title", tally.title()), title);
            heading.setSpacingAfter(12);
            document.add(heading);
            PdfPTable facts = new PdfPTable(new float[] {2, 3});
            facts.setWidthPercentage(100);
            fact(facts, body, text(locale, "proposal.kind"), text(locale, "proposal.kind." + tally.kind()));
            if (tally.kind() == ProposalKind.OWNERS_DECISION) {
                fact(facts, body, text(locale, "proposal.counting"),
                        text(locale, "proposal.counting." + tally.counting()));
                fact(facts, body, text(locale, "proposal.matter"), text(locale, "proposal.matter." + tally.matter()));
                fact(facts, body, text(locale, "proposal.tally.area"), ratio(tally.participatingArea(),
                        tally.eligibleArea(), "m²"));
            }
            fact(facts, body, text(locale, "proposal.tally.voters"), ratio(
                    tally.participatingVoters() == null ? null : BigDecimal.valueOf(tally.participatingVoters()),
                    tally.eligibleVoters() == null ? null : BigDecimal.valueOf(tally.eligibleVoters()), ""));
            if (tally.kind() == ProposalKind.OWNERS_DECISION) {
                fact(facts, body, text(locale, "proposal.tally.for-area"), ratio(tally.forArea(),
                        tally.participatingArea(), "m²"));
                fact(facts, body, text(locale, "proposal.tally.for-voters"), ratio(
                        tally.forVoters() == null ? null : BigDecimal.valueOf(tally.forVoters()),
                        tally.participatingVoters() == null ? null : BigDecimal.valueOf(tally.participatingVoters()),
                        ""));
                fact(facts, body, text(locale, "proposal.tally.quorate"),
                        text(locale, Boolean.TRUE.equals(tally.quorate()) ? "proposal.yes" : "proposal.no"));
            }
            fact(facts, strong, text(locale, "proposal.tally.result"),
                    text(locale, "proposal.result." + tally.result()));
            facts.setSpacingAfter(14);
            document.add(facts);
            boolean areas = tally.kind() == ProposalKind.OWNERS_DECISION;
            PdfPTable options = new PdfPTable(areas ? 3 : 2);
            options.setWidthPercentage(100);
            options.addCell(cell(text(locale, "proposal.option"), strong, false));
            options.addCell(cell(text(locale, "proposal.tally.ballots"), strong, true));
            if (areas) {
                options.addCell(cell(text(locale, "proposal.tally.area-m2"), strong, true));
            }
            for (Tally.OptionCount option : tally.options()) {
                options.addCell(cell(label(locale, tally, option.label()), body, false));
                options.addCell(cell(Long.toString(option.ballots()), body, true));
                if (areas) {
                    options.addCell(cell(option.area() == null ? "" : option.area().toPlainString(), body, true));
                }
            }
            document.add(options);
            Paragraph rule = new Paragraph(text(locale, tally.kind() == ProposalKind.OWNERS_DECISION
                    ? "proposal.tally.rule." + tally.matter() : "proposal.tally.rule.POLL"), body);
            rule.setSpacingBefore(14);
            document.add(rule);
        } catch (DocumentException e) {
            throw new IllegalStateException("the tally could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** An owners' decision's fixed options in the reader's language; a poll's as its proposer wrote them. */
    static String label(Locale locale, Tally tally, String option) {
        return tally.kind() == ProposalKind.OWNERS_DECISION ? text(locale, "proposal.option." + option) : option;
    }

    private static String ratio(BigDecimal part, BigDecimal whole, String unit) {
        if (part == null || whole == null) {
            return "—";
        }
        BigDecimal percent = Tally.percent(part, whole);
        String units = unit.isEmpty() ? "" : " " + unit;
        return part.toPlainString() + " / " + whole.toPlainString() + units
                + (percent == null ? "" : " (" + percent.toPlainString() + " %)");
    }

    private static void fact(PdfPTable table, Font font, String label, String value) {
        table.addCell(cell(label, font, false));
        table.addCell(cell(value, font, false));
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
