package org.linli.billing.reporting;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linli.billing.commission.Party;
import org.linli.tenants.modules.Module;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SplitDetailsExportTest {

    /** {@code lines} split lines served {@link SplitDetails#PAGE} at a time, as the service does. */
    private static SplitDetailsExport.Source source(int lines, List<Long> pagesAsked) {
        return new SplitDetailsExport.Source() {
            @Override
            public long count() {
                return lines;
            }

            @Override
            public List<SplitDetails.Line> after(SplitDetails.Line last) {
                long afterId = last == null ? 0 : last.id();
                pagesAsked.add(afterId);
                List<SplitDetails.Line> page = new ArrayList<>();
                for (long id = afterId + 1; id <= lines && page.size() < SplitDetails.PAGE; id++) {
                    page.add(line(id));
                }
                return page;
            }
        };
    }

    private static SplitDetails.Line line(long id) {
        Party party = Party.values()[(int) (id % 3)];
        // Order 1001's tenant line (id 4) tells of a 30-yuan points discount the tenant funded, 20 yuan owed.
        boolean funded = id == 4;
        return new SplitDetails.Line(id, 1000 + id / 3, Instant.parse("2026-11-28T16:30:00Z"), Module.HOUSEKEEPING,
                party, party == Party.PROVIDER ? "=安心\"家政\"" : null, 10_001, id == 3 ? 10_001 : 0, 2,
                funded ? 3_000 : 0, funded ? 2_000 : 0);
    }

    @Test
    void csvHasEveryLineOnceAndTellsItsProgressPageByPage() throws IOException {
        List<Long> pages = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = SplitDetailsExport.write(SplitDetailsExport.Format.CSV, source(1_203, pages),
                Locale.SIMPLIFIED_CHINESE, out, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(written).isEqualTo(1_203);
        assertThat(pages).containsExactly(0L, 500L, 1_000L, 1_203L);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1])
                .containsExactly("0/1203", "500/1203", "1000/1203", "1203/1203");
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF订单号,分账时间,模块,分账方,服务商,分得金额（元）,已退款（元）,净额（元）,规则版本,"
                + "积分抵扣·租户出资（元）,其中超出租户分成·租户应付（元）\r\n");
        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows).hasSize(1 + 1_203);
        assertThat(rows.get(2)).as("line 2, a provider's, paid on 29 November in China")
                .isEqualTo("1000,2026-11-29 00:30:00,\"家政\",服务商,\"'=安心\"\"家政\"\"\",100.01,0.00,100.01,2,0.00,0.00");
        assertThat(rows.get(3)).as("line 3, refunded in full").endsWith(",平台,\"\",100.01,100.01,0.00,2,0.00,0.00");
        assertThat(rows.get(4)).as("line 4, the tenant's, funded a points discount")
                .endsWith(",租户,\"\",100.01,0.00,100.01,2,30.00,20.00");
    }

    @Test
    void aWorkbookHasAmountsAsNumbersAndHeadersInTheReadersLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<long[]> progress = new ArrayList<>();

        SplitDetailsExport.write(SplitDetailsExport.Format.XLSX, source(501, new ArrayList<>()), Locale.ENGLISH, out,
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(progress).extracting(p -> p[0]).containsExactly(0L, 500L, 501L);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Split lines");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Net (yuan)");
            assertThat(sheet.getLastRowNum()).isEqualTo(501);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Provider");
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(100.01);
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isZero();
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue())
                    .isEqualTo("Of which owed by the tenant beyond its share (yuan)");
            assertThat(sheet.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(30.0);
            assertThat(sheet.getRow(4).getCell(10).getNumericCellValue()).isEqualTo(20.0);
        }
    }

    @Test
    void nothingToExportIsAHeaderAndFinishedProgress() throws IOException {
        List<long[]> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SplitDetailsExport.write(SplitDetailsExport.Format.CSV, source(0, new ArrayList<>()),
                Locale.ENGLISH, out, (done, total) -> progress.add(new long[] {done, total}))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(1);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("0/0");
    }

    /** The service with {@code lines} lines in the period, telling which reads it was asked for. */
    private static SplitDetails service(int lines, List<String> reads) {
        SplitDetailsExport.Source pages = source(lines, new ArrayList<>());
        return new SplitDetails() {
            @Override
            public Opening opening(LocalDate from, LocalDate to) {
                reads.add("opening");
                List<Line> first = pages.after(null);
                return new Opening(first.size() < PAGE ? first.size() : lines, first);
            }

            @Override
            public List<Line> first(LocalDate from, LocalDate to) {
                reads.add("first");
                return pages.after(null);
            }

            @Override
            public List<Line> after(LocalDate from, LocalDate to, Instant afterAt, long afterId) {
                reads.add("after " + afterId);
                return pages.after(line(afterId));
            }
        };
    }

    @Test
    void theServiceIsAskedForTheCountWithTheFirstPageThenForPagesUntilAShortOne() throws IOException {
        List<String> reads = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 29);
        SplitDetailsExport.Source source = SplitDetailsExport.Source.of(service(1_203, reads), day, day);

        long written = SplitDetailsExport.write(SplitDetailsExport.Format.CSV, source, Locale.ENGLISH,
                new ByteArrayOutputStream(), (done, total) -> { });

        assertThat(written).isEqualTo(1_203);
        assertThat(reads).as("one read for the count and first page; none to learn that a short page was the last")
                .containsExactly("opening", "after 500", "after 1000");
    }

    @Test
    void aPeriodOfOnePageIsOneRead() throws IOException {
        List<String> reads = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 29);
        List<long[]> progress = new ArrayList<>();

        SplitDetailsExport.write(SplitDetailsExport.Format.CSV, SplitDetailsExport.Source.of(service(120, reads), day,
                day), Locale.ENGLISH, new ByteArrayOutputStream(), (done, total) -> progress.add(new long[] {done,
                total}));

        assertThat(reads).containsExactly("opening");
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("0/120", "120/120");
    }

    @Test
    void aDownloadWithoutProgressIsNotCountedAndReadsOnlyItsPages() throws IOException {
        List<String> reads = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 29);
        SplitDetailsExport.Source source = SplitDetailsExport.Source.of(service(1_203, reads), day, day);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = SplitDetailsExport.write(SplitDetailsExport.Format.CSV, source, Locale.ENGLISH, out);

        assertThat(written).isEqualTo(1_203);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(1 + 1_203);
        assertThat(reads).containsExactly("first", "after 500", "after 1000");
        assertThat(source.count()).as("asked afterwards, still right").isEqualTo(1_203);
    }

    @Test
    void anOpenedSourceHasReadItsFirstPageBeforeAnythingIsWrittenAndDoesNotReadAgain() throws IOException {
        List<String> reads = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 29);

        SplitDetailsExport.Source source = SplitDetailsExport.Source.opened(service(120, reads), day, day);
        assertThat(reads).containsExactly("first");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SplitDetailsExport.write(SplitDetailsExport.Format.CSV, source, Locale.ENGLISH, out);
        assertThat(reads).containsExactly("first");
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(1 + 120);
    }
}
