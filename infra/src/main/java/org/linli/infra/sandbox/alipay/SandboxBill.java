package org.linli.infra.sandbox.alipay;

import org.linli.platform.application.ChinaTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A day's trade bill in Alipay's layout: a zip named {@code <pid>0156_<yyyyMMdd>.csv.zip} holding the detail file
 * ({@code 业务明细}) and its summary ({@code 业务明细(汇总)}), GBK-encoded, names included. Payments completed that
 * day are 交易 rows, refunds completed that day 退款 rows with negative amounts and their request number. ID and text
 * cells end with a tab, as Alipay writes them.
 *
 * <p>Written by hand rather than through Linli's CSV format: it imitates Alipay's bytes, which that format would
 * change (it quotes a cell ending with a tab, and defuses a leading minus of a refund's amount when it is text).
 */
final class SandboxBill {

    static final Charset GBK = Charset.forName("GBK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final String HEADER = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,"
            + "对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,"
            + "商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";

    private record Row(String tradeNo, String outTradeNo, String kind, String subject, Instant created,
                       Instant completed, long orderFen, long receivedFen, String requestNo) {
    }

    private SandboxBill() {
    }

    static String fileName(String pid, LocalDate day) {
        return pid + "0156_" + DAY.format(day) + ".csv.zip";
    }

    static byte[] zip(String pid, LocalDate day, List<SandboxTrade> trades) {
        List<Row> rows = rows(day, trades);
        String base = pid + "0156_" + DAY.format(day);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, GBK)) {
            zip.putNextEntry(new ZipEntry(base + "_业务明细.csv"));
            zip.write(detail(pid, day, rows).getBytes(GBK));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(base + "_业务明细(汇总).csv"));
            zip.write(summary(pid, day, rows).getBytes(GBK));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Row> rows(LocalDate day, List<SandboxTrade> trades) {
        List<Row> rows = new ArrayList<>();
        for (SandboxTrade t : trades) {
            if (t.paidAt != null && on(day, t.paidAt)) {
                rows.add(new Row(t.tradeNo, t.outTradeNo, "交易", t.subject, t.createdAt, t.paidAt, t.totalFen,
                        t.totalFen, ""));
            }
            for (SandboxTrade.Refund r : t.refunds.values()) {
                if (on(day, r.at())) {
                    rows.add(new Row(t.tradeNo, t.outTradeNo, "退款", t.subject, t.createdAt, r.at(), -r.fen(),
                            -r.fen(), r.requestNo()));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::completed));
        return rows;
    }

    private static String detail(String pid, LocalDate day, List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append("#支付宝业务明细查询\r\n#账号：[").append(pid).append("0156]\r\n");
        csv.append("#起始日期：[").append(CHINESE_DAY.format(day)).append(" 00:00:00]   终止日期：[")
                .append(CHINESE_DAY.format(day.plusDays(1))).append(" 00:00:00]\r\n");
        csv.append("#-----------------------------------------业务明细列表----------------------------------------\r\n");
        csv.append(HEADER).append("\r\n");
        for (Row r : rows) {
            csv.append(r.tradeNo()).append("\t,").append(r.outTradeNo()).append("\t,").append(r.kind()).append(',')
                    .append(r.subject().replace(",", "，")).append("\t,").append(AlipaySandbox.time(r.created()))
                    .append(',').append(AlipaySandbox.time(r.completed())).append(",,,,,")
                    .append("159****5620\t,").append(AlipaySandbox.yuan(r.orderFen())).append(',')
                    .append(AlipaySandbox.yuan(r.receivedFen())).append(",0.00,0.00,0.00,0.00,,,0.00,0.00,")
                    .append(r.requestNo()).append(r.requestNo().isEmpty() ? "" : "\t").append(",0.00,0.00,\r\n");
        }
        long trades = rows.stream().filter(r -> r.kind().equals("交易")).count();
        long tradeFen = rows.stream().filter(r -> r.kind().equals("交易")).mapToLong(Row::receivedFen).sum();
        long refunds = rows.size() - trades;
        long refundFen = rows.stream().filter(r -> r.kind().equals("退款")).mapToLong(Row::receivedFen).sum();
        csv.append("#-----------------------------------------业务明细列表结束------------------------------------\r\n");
        csv.append("#交易合计：").append(trades).append("笔，商家实收共").append(AlipaySandbox.yuan(tradeFen))
                .append("元，商家优惠共0.00元\r\n");
        csv.append("#退款合计：").append(refunds).append("笔，商家实收退款共").append(AlipaySandbox.yuan(refundFen))
                .append("元，商家优惠退款共0.00元\r\n");
        csv.append("#导出时间：[").append(DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss")
                .format(Instant.now().atZone(ChinaTime.ZONE))).append("]\r\n");
        return csv.toString();
    }

    private static String summary(String pid, LocalDate day, List<Row> rows) {
        long trades = rows.stream().filter(r -> r.kind().equals("交易")).count();
        long orderFen = rows.stream().filter(r -> r.kind().equals("交易")).mapToLong(Row::orderFen).sum();
        long netFen = rows.stream().mapToLong(Row::receivedFen).sum();
        String line = trades + "," + (rows.size() - trades) + "," + AlipaySandbox.yuan(orderFen) + ","
                + AlipaySandbox.yuan(netFen) + ",0.00,0.00,0.00,0.00,0.00," + AlipaySandbox.yuan(netFen);
        return "#支付宝业务汇总查询\r\n#账号：[" + pid + "0156]\r\n#起始日期：[" + CHINESE_DAY.format(day)
                + " 00:00:00]   终止日期：[" + CHINESE_DAY.format(day.plusDays(1)) + " 00:00:00]\r\n"
                + "#-----------------------------------------业务汇总列表----------------------------------------\r\n"
                + "门店编号,门店名称,交易订单总笔数,退款订单总笔数,订单金额（元）,商家实收（元）,支付宝优惠（元）,商家优惠（元）,卡消费金额（元）,"
                + "服务费（元）,分润（元）,实收净额（元）\r\n"
                + ",," + line + "\r\n合计,," + line + "\r\n"
                + "#-----------------------------------------业务汇总列表结束------------------------------------\r\n";
    }

    private static boolean on(LocalDate day, Instant instant) {
        return LocalDate.ofInstant(instant, ChinaTime.ZONE).equals(day);
    }
}
