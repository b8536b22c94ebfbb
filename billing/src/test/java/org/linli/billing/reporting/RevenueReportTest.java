package org.linli.billing.reporting;

import org.junit.jupiter.api.Test;
import org.linli.billing.commission.Party;
import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueReportTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static List<RevenueReport.Share> order(long id, Module module, LocalDate paidOn, long platform,
                                                   long tenant, long provider) {
        return List.of(new RevenueReport.Share(id, module, Party.PLATFORM, paidOn, platform),
                new RevenueReport.Share(id, module, Party.TENANT, paidOn, tenant),
                new RevenueReport.Share(id, module, Party.PROVIDER, paidOn, provider));
    }

    @Test
    void sharesAddUpPerModuleAndInTotalCountingEachOrderOnce() {
        List<RevenueReport.Share> shares = new ArrayList<>();
        shares.addAll(order(1, Module.HOUSEKEEPING, MONDAY, 360, 840, 10_800));
        shares.addAll(order(2, Module.HOUSEKEEPING, MONDAY.plusDays(3), 60, 140, 1_800));
        shares.addAll(order(3, Module.PARKING, MONDAY.plusDays(8), 720, 1_680, 27_600));
        Revenue revenue = RevenueReport.summarise(MONDAY, MONDAY.plusDays(13), shares);

        assertThat(revenue.modules()).extracting(Revenue.Line::module)
                .containsExactly(Module.HOUSEKEEPING, Module.PARKING);
        Revenue.Line housekeeping = revenue.modules().get(0);
        assertThat(housekeeping.orders()).isEqualTo(2);
        assertThat(housekeeping.paid()).isEqualTo(Money.fen(14_000));
        assertThat(housekeeping.commission()).isEqualTo(Money.fen(1_400));
        assertThat(revenue.total().paid()).isEqualTo(Money.fen(44_000));
        assertThat(revenue.total().orders()).isEqualTo(3);
        assertThat(revenue.total().platform().plus(revenue.total().tenant()).plus(revenue.total().provider()))
                .isEqualTo(revenue.total().paid());
    }

    @Test
    void providersAreListedLargestFirstWithWhatTheyEarnedAfterCommission() {
        List<RevenueReport.Share> shares = new ArrayList<>();
        for (RevenueReport.Share s : order(1, Module.HOUSEKEEPING, MONDAY, 360, 840, 10_800)) {
            shares.add(new RevenueReport.Share(s.orderId(), s.module(), s.party(), s.paidOn(), s.netFen(), 7L));
        }
        for (RevenueReport.Share s : order(2, Module.PARKING, MONDAY, 720, 1_680, 27_600)) {
            shares.add(new RevenueReport.Share(s.orderId(), s.module(), s.party(), s.paidOn(), s.netFen(), 9L));
        }
        for (RevenueReport.Share s : order(3, Module.HOUSEKEEPING, MONDAY, 60, 140, 1_800)) {
            shares.add(new RevenueReport.Share(s.orderId(), s.module(), s.party(), s.paidOn(), s.netFen(), 7L));
        }
        Revenue revenue = RevenueReport.summarise(MONDAY, MONDAY.plusDays(6), shares);

        assertThat(revenue.providers()).extracting(Revenue.ProviderLine::providerId).containsExactly(9L, 7L);
        Revenue.ProviderLine cleaner = revenue.providers().get(1);
        assertThat(cleaner.orders()).isEqualTo(2);
        assertThat(cleaner.paid()).isEqualTo(Money.fen(14_000));
        assertThat(cleaner.commission()).isEqualTo(Money.fen(1_400));
        assertThat(cleaner.earned()).isEqualTo(Money.fen(12_600));
    }

    @Test
    void everyWeekOfThePeriodIsShownStartingOnMondayEvenWithoutRevenue() {
        Revenue revenue = RevenueReport.summarise(MONDAY.plusDays(2), MONDAY.plusDays(20),
                order(1, Module.DELIVERY, MONDAY.plusDays(15), 25, 25, 250));
        assertThat(revenue.weeks()).extracting(Revenue.Week::start)
                .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
        assertThat(revenue.weeks()).extracting(w -> w.paid().fen()).containsExactly(0L, 0L, 300L);
        assertThat(revenue.weeks()).extracting(w -> w.commission().fen()).containsExactly(0L, 0L, 50L);
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndGivesAmountsInYuan() {
        Revenue revenue = RevenueReport.summarise(MONDAY, MONDAY, order(1, Module.HOUSEKEEPING, MONDAY, 360, 840,
                10_800));
        String csv = RevenueCsv.of(revenue, Locale.ENGLISH);
        assertThat(csv).startsWith("\uFEFFModule,Orders,Paid (yuan)");
        assertThat(csv).contains("\r\n\"Housekeeping\",1,120.00,3.60,8.40,108.00\r\n")
                .endsWith("\"Total\",1,120.00,3.60,8.40,108.00\r\n");
    }
}
