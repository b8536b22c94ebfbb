package org.linli.billing.payments.alipay;

import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.money.Money;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlipayBillTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,"
            + "对方账户,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,"
            + "商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";

    @Test
    void readsPaymentsAndRefundsFromTheDetailFileOfAlipaysZip() throws IOException {
        String detail = "#支付宝业务明细查询\r\n#账号：[20880211096256330156]\r\n"
                + "#起始日期：[2026年11月28日 00:00:00]   终止日期：[2026年11月29日 00:00:00]\r\n"
                + "#-----------------------------------------业务明细列表----------------------------------------\r\n"
                + HEADER + "\r\n"
                + "2026112822001446881234567890\t,LL3_1204_1\t,交易,全屋保洁\t,2026-11-28 10:01:02,2026-11-28 10:02:03,"
                + ",,,,159****5620\t,120.00,120.00,0.00,0.00,0.00,0.00,,,0.00,0.00,,0.00,0.00,\r\n"
                + "2026112822001446881234567890\t,LL3_1204_1\t,退款,全屋保洁\t,2026-11-28 10:01:02,2026-11-28 15:30:00,"
                + ",,,,159****5620\t,-20.00,-20.00,0.00,0.00,0.00,0.00,,,0.00,0.00,R1204-0\t,0.00,0.00,\r\n"
                + "#-----------------------------------------业务明细列表结束------------------------------------\r\n"
                + "#交易合计：1笔，商家实收共120.00元，商家优惠共0.00元\r\n"
                + "#退款合计：1笔，商家实收退款共-20.00元，商家优惠退款共0.00元\r\n";

        List<AlipayBill.Line> lines = AlipayBill.parse(zip(detail));

        assertThat(lines).containsExactly(
                new AlipayBill.Line("2026112822001446881234567890", "LL3_1204_1", false,
                        ZonedDateTime.of(2026, 11, 28, 10, 2, 3, 0, ChinaTime.ZONE).toInstant(),
                        Money.fen(12_000), null),
                new AlipayBill.Line("2026112822001446881234567890", "LL3_1204_1", true,
                        ZonedDateTime.of(2026, 11, 28, 15, 30, 0, 0, ChinaTime.ZONE).toInstant(),
                        Money.fen(2_000), "R1204-0"));
    }

    @Test
    void aQuotedCellHoldingACommaIsOneCell() throws IOException {
        String detail = "#支付宝业务明细查询\r\n" + HEADER + "\r\n"
                + "2026112822001446881234567891\t,LL3_1205_1\t,交易,\"保洁,擦窗\"\t,2026-11-28 10:01:02,"
                + "2026-11-28 10:02:03,,,,,159****5620\t,80.00,80.00,0.00,0.00,0.00,0.00,,,0.00,0.00,,0.00,0.00,"
                + "\"备注, 含逗号\"\r\n"
                + "#交易合计：1笔，商家实收共80.00元\r\n";

        assertThat(AlipayBill.parse(zip(detail))).containsExactly(
                new AlipayBill.Line("2026112822001446881234567891", "LL3_1205_1", false,
                        ZonedDateTime.of(2026, 11, 28, 10, 2, 3, 0, ChinaTime.ZONE).toInstant(),
                        Money.fen(8_000), null));
    }

    @Test
    void anEmptyDayHasNoLinesAndAZipWithoutDetailIsRefused() throws IOException {
        assertThat(AlipayBill.parse(zip("#支付宝业务明细查询\r\n" + HEADER + "\r\n#交易合计：0笔\r\n"))).isEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, GBK)) {
            zip.putNextEntry(new ZipEntry("2088_20261128_业务明细(汇总).csv"));
            zip.write("x".getBytes(GBK));
        }
        assertThatThrownBy(() -> AlipayBill.parse(bytes.toByteArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no detail file");
        assertThatThrownBy(() -> AlipayBill.parse(zip("支付宝交易号,商户订单号\r\n1,2\r\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] zip(String detail) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, GBK)) {
            zip.putNextEntry(new ZipEntry("20880211096256330156_20261128_业务明细.csv"));
            zip.write(detail.getBytes(GBK));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
