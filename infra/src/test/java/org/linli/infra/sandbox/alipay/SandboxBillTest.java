package org.linli.infra.sandbox.alipay;

import org.junit.jupiter.api.Test;
import org.linli.billing.payments.alipay.AlipayBill;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's bill files, read back by the reader the reconciliation uses on Alipay's real ones. */
class SandboxBillTest {

    @Test
    void aDaysBillHoldsThePaymentsAndRefundsCompletedThatDayInChinaTime() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        SandboxTrade paid = trade("LL3_10_1", 12_000, at(day, 9, 30));
        paid.refunds.put("R10-0", new SandboxTrade.Refund("R10-0", 2_000, at(day, 23, 59)));
        paid.refunds.put("R10-2000", new SandboxTrade.Refund("R10-2000", 1_000, at(day.plusDays(1), 0, 1)));
        SandboxTrade yesterday = trade("LL3_11_1", 500, at(day.minusDays(1), 23, 59));
        SandboxTrade unpaid = new SandboxTrade("LL3_12_1", "2026112800000000000000000012", 800, "未付",
                "alipay.trade.wap.pay", at(day, 8, 0), at(day, 8, 15));

        byte[] zip = SandboxBill.zip("2088000000000001", day, List.of(paid, yesterday, unpaid));

        assertThat(SandboxBill.fileName("2088000000000001", day)).isEqualTo("20880000000000010156_20261128.csv.zip");
        assertThat(AlipayBill.parse(zip)).containsExactly(
                new AlipayBill.Line(paid.tradeNo, "LL3_10_1", false, at(day, 9, 30), Money.fen(12_000), null),
                new AlipayBill.Line(paid.tradeNo, "LL3_10_1", true, at(day, 23, 59), Money.fen(2_000), "R10-0"));
    }

    private static SandboxTrade trade(String outTradeNo, long fen, Instant paidAt) {
        SandboxTrade trade = new SandboxTrade(outTradeNo, "20261128" + "0".repeat(17) + outTradeNo.length(), fen,
                "全屋保洁, 两小时", "alipay.trade.wap.pay", paidAt.minusSeconds(60), paidAt.plusSeconds(900));
        trade.status = "TRADE_SUCCESS";
        trade.paidAt = paidAt;
        return trade;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), ChinaTime.ZONE).toInstant();
    }
}
