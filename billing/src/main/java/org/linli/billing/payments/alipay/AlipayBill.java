package org.linli.billing.payments.alipay;

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
 * the refund's request number). Cells may end with a tab. Only the detail file is read; the summary repeats it.
 */
public final class AlipayBill {

    private static final Charset GBK = Charset.forName("GBK");

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
        for (String row : csv.split("\r?\n")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!row.startsWith("支付宝交易号")) {
                    throw new IllegalArgumentException("the bill's header is missing");
                }
                header = true;
                continue;
            }
            String[] cells = row.split(",", -1);
            if (cells.length < 22) {
                throw new IllegalArgumentException("a bill row has " + cells.length + " cells: " + row);
            }
            String kind = cells[2].trim();
            boolean refund = "退款".equals(kind);
            if (!refund && !"交易".equals(kind)) {
                continue;
            }
            Money amount = AlipayGateway.yuan(cells[12].trim());
            lines.add(new Line(cells[0].trim(), cells[1].trim(), refund, AlipayGateway.time(cells[5].trim()),
                    Money.fen(Math.abs(amount.fen())), refund ? cells[21].trim() : null));
        }
        return lines;
    }
}
