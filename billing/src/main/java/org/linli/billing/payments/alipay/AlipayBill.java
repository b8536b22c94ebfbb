package org.linli.billing.payments.alipay;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.linli.platform.export.Csv;
import org.linli.platform.money.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads Alipay's daily trade bill: the zip holding {@code …_业务明细.csv} (GBK, names too), whose comment lines start
 * with {@code #}, then a header row and one row per payment (业务类型 交易) or refund (退款, negative amounts, with
 * the refund's request number). Cells may end with a tab; a cell holding a comma is quoted (a product name may
 * hold one). Only the detail file is read; the summary repeats it.
 */
public final class AlipayBill {

    private static final Charset GBK = Charset.forName("GBK");

    /** Linli's CSV format, with Alipay's {@code #} comment lines and blank lines skipped. */
    private static final CSVFormat FORMAT = Csv.FORMAT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
            .get();

    /** One row of the bill: a payment or a refund, its amount positive in fen. */
    public record Line(String tradeNo, String outTradeNo, boolean refund, Instant completedAt, Money amount,
                       String requestNo) {
    }

    private AlipayBill() {
    }

    public static List<Line> parse(byte[] zip) {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), GBK)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                if (entry.getName().endsWith("_业务明细.csv")) {
                    return lines(new String(entries.readAllBytes(), GBK));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bill is not a readable zip", e);
        }
        throw new IllegalArgumentException("the bill holds no detail file (…_业务明细.csv)");
    }

    static List<Line> lines(String csv) {
        List<Line> lines = new ArrayList<>();
        boolean header = false;
        try (CSVParser rows = CSVParser.parse(csv, FORMAT)) {
            for (CSVRecord row : rows) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (!header) {
                    if (!row.get(0).startsWith("支付宝交易号")) {
                        throw new IllegalArgumentException("the bill's header is missing");
                    }
                    header = true;
                    continue;
                }
                if (row.size() < 22) {
                    throw new IllegalArgumentException("a bill row has " + row.size() + " cells: "
                            + String.join(",", row.toList()));
                }
                String kind = row.get(2).trim();
                boolean refund = "退款".equals(kind);
                if (!refund && !"交易".equals(kind)) {
                    continue;
                }
                Money amount = AlipayGateway.yuan(row.get(12).trim());
                lines.add(new Line(row.get(0).trim(), row.get(1).trim(), refund, AlipayGateway.time(row.get(5).trim()),
                        Money.fen(Math.abs(amount.fen())), refund ? row.get(21).trim() : null));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the bill's detail file is not readable CSV", e);
        }
        return lines;
    }
}
