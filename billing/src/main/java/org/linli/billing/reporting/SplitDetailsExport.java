package org.linli.billing.reporting;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linli.billing.commission.Party;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.export.Csv;
import org.linli.platform.i18n.Messages;
import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Writes the split lines of a period as CSV (UTF-8 with a byte-order mark, CRLF) or as an Excel sheet, page after
 * page as they are read, telling a {@link Progress}, if one is given, how far it has come: a year of a large tenant
 * is hundreds of thousands of lines, so neither the lines nor the sheet are ever held whole (the workbook streams its
 * rows to disk).
 */
public final class SplitDetailsExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Where the lines come from: how many there are, then the page after a line (the first page after
     * {@code null}; empty at the end), in the order of {@link SplitDetails#after}.
     */
    public interface Source {

        long count();

        List<SplitDetails.Line> after(SplitDetails.Line last);

        /**
         * A period's lines, read through {@code details} (the service, so each page is its own transaction): the
         * first page is read once, with the count when that is asked for first ({@link SplitDetails#opening}),
         * alone when not ({@link SplitDetails#first}); then page after page. A page shorter than
         * {@link SplitDetails#PAGE} is the last, so no read is spent to learn that.
         */
        static Source of(SplitDetails details, LocalDate from, LocalDate to) {
            return new Source() {
                private Long count;
                private List<SplitDetails.Line> first;
                private boolean ended;

                @Override
                public long count() {
                    if (count == null) {
                        SplitDetails.Opening opening = details.opening(from, to);
                        count = opening.count();
                        first = first == null ? opening.first() : first;
                    }
                    return count;
                }

                @Override
                public List<SplitDetails.Line> after(SplitDetails.Line last) {
                    List<SplitDetails.Line> page;
                    if (last == null) {
                        first = first == null ? details.first(from, to) : first;
                        page = first;
                    } else if (ended) {
                        return List.of();
                    } else {
                        page = details.after(from, to, last.splitAt(), last.id());
                    }
                    ended = page.size() < SplitDetails.PAGE;
                    return page;
                }
            };
        }

        /**
         * {@link #of}, with the first page read now, before anything is written, and not counted: for a download
         * that tells no progress ({@link #write(Format, Source, Locale, OutputStream)}).
         */
        static Source opened(SplitDetails details, LocalDate from, LocalDate to) {
            Source source = of(details, from, to);
            source.after(null);
            return source;
        }
    }

    /** Told after each page how many lines are written out of how many; called on the exporting thread. */
    @FunctionalInterface
    public interface Progress {

        void exported(long done, long total);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);

    private static final List<String> HEADERS = List.of("details.order", "details.time", "revenue.csv.module",
            "details.party", "details.payee", "details.amount", "details.refunded", "details.net", "details.rule",
            "details.funded-discount", "details.owed");

    private SplitDetailsExport() {
    }

    /**
     * Writes every line {@code source} has to {@code out}, telling {@code progress} after each page out of how many
     * (counted first); answers how many. {@code out} is left open.
     */
    public static long write(Format format, Source source, Locale locale, OutputStream out, Progress progress)
            throws IOException {
        long total = source.count();
        progress.exported(0, total);
        return lines(format, source, locale, out, done -> progress.exported(done, Math.max(done, total)));
    }

    /**
     * Writes every line {@code source} has to {@code out} without counting them first, for a download that tells no
     * progress: it starts at once, however long the period; answers how many. {@code out} is left open.
     */
    public static long write(Format format, Source source, Locale locale, OutputStream out) throws IOException {
        return lines(format, source, locale, out, done -> { });
    }

    /** Writes the lines, telling {@code written} after each page how many are written. */
    private static long lines(Format format, Source source, Locale locale, OutputStream out, LongConsumer written)
            throws IOException {
        return format == Format.CSV ? csv(source, locale, out, written) : xlsx(source, locale, out, written);
    }

    private static long csv(Source source, Locale locale, OutputStream out, LongConsumer written)
            throws IOException {
        Csv.Printer csv = Csv.excelPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)))
                .row(HEADERS.stream().map(key -> Messages.get(locale, key)).toList());
        Labels labels = new Labels(locale);
        Times times = new Times();
        // Flushed after each page, so a reader downloading it has the page before the next one is read.
        long done = eachLine(source, written, line -> csv.row(cells(line, labels, times)), csv::flush);
        csv.flush();
        return done;
    }

    /** Module and payee are quoted throughout, as they always were; amounts and ids are numbers. */
    private static List<Object> cells(SplitDetails.Line line, Labels labels, Times times) {
        return Arrays.asList(line.orderId(), times.format(line.splitAt()),
                Csv.quoted(labels.module(line.module())), labels.party(line.party()),
                Csv.quoted(line.payee()), Money.fen(line.amountFen()), Money.fen(line.refundedFen()),
                Money.fen(line.netFen()), line.ruleVersion(), Money.fen(line.fundedDiscountFen()),
                Money.fen(line.owedFen()));
    }

    private static long xlsx(Source source, Locale locale, OutputStream out, LongConsumer written)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SheetStyles styles = SheetStyles.of(workbook);
            Sheet sheet = workbook.createSheet(Messages.get(locale, "details.sheet"));
            styles.header(sheet, HEADERS.stream().map(key -> Messages.get(locale, key)).toList());
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            int[] next = {1};
            Labels labels = new Labels(locale);
            Times times = new Times();
            long done = eachLine(source, written, line -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(line.orderId());
                row.createCell(1).setCellValue(times.format(line.splitAt()));
                row.createCell(2).setCellValue(labels.module(line.module()));
                row.createCell(3).setCellValue(labels.party(line.party()));
                row.createCell(4).setCellValue(line.payee() == null ? "" : line.payee());
                styles.amount(row, 5, Money.fen(line.amountFen()));
                styles.amount(row, 6, Money.fen(line.refundedFen()));
                styles.amount(row, 7, Money.fen(line.netFen()));
                if (line.ruleVersion() != null) {
                    row.createCell(8).setCellValue(line.ruleVersion());
                }
                styles.amount(row, 9, Money.fen(line.fundedDiscountFen()));
                styles.amount(row, 10, Money.fen(line.owedFen()));
            }, () -> { });
            // Closing the workbook deletes the rows it streamed to temporary files.
            workbook.write(out);
            return done;
        }
    }

    /** Writes one line. */
    @FunctionalInterface
    private interface LineWriter {

        void write(SplitDetails.Line line) throws IOException;
    }

    /** Told when a page's lines are written. */
    @FunctionalInterface
    private interface PageEnd {

        void ended() throws IOException;
    }

    /** Reads the source page after page, writes each line, tells {@code written} after each page; answers how many. */
    private static long eachLine(Source source, LongConsumer written, LineWriter writer, PageEnd pageEnd)
            throws IOException {
        long done = 0;
        SplitDetails.Line after = null;
        for (List<SplitDetails.Line> page = source.after(after); !page.isEmpty(); page = source.after(after)) {
            for (SplitDetails.Line line : page) {
                writer.write(line);
            }
            pageEnd.ended();
            done += page.size();
            after = page.get(page.size() - 1);
            written.accept(done);
        }
        return done;
    }

    /** The names of modules and parties in the export's language, each looked up once, not once per line. */
    private static final class Labels {

        private final Locale locale;
        private final Map<Module, String> modules = new EnumMap<>(Module.class);
        private final Map<Party, String> parties = new EnumMap<>(Party.class);

        Labels(Locale locale) {
            this.locale = locale;
        }

        String module(Module module) {
            return modules.computeIfAbsent(module, m -> Messages.get(locale, m.label().key()));
        }

        String party(Party party) {
            return parties.computeIfAbsent(party,
                    p -> Messages.get(locale, "details.party." + p.name().toLowerCase(Locale.ROOT)));
        }
    }

    /** Split times as the export writes them: an order's lines share one, so the last one written is kept. */
    private static final class Times {

        private Instant last;
        private String text;

        String format(Instant time) {
            if (!time.equals(last)) {
                text = TIME.format(time);
                last = time;
            }
            return text;
        }
    }
}
