package org.linli.tenants.oversight;

import org.junit.jupiter.api.Test;
import org.linli.platform.tenancy.TenantKind;
import org.linli.tenants.oversight.Dashboard.Cell;
import org.linli.tenants.oversight.Dashboard.Table;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardAssemblyTest {

    static final Jurisdictions.Covered DISTRICT = new Jurisdictions.Covered(1, "新华街道", TenantKind.DISTRICT);
    static final Jurisdictions.Covered COMPANY = new Jurisdictions.Covered(2, "绿苑物业", TenantKind.PROPERTY_COMPANY);

    static final Map<Long, List<Figure>> FIGURES = Map.of(
            1L, List.of(
                    Figure.of("registry", "10", "和平社区", "residents", Unit.PERSONS, 40),
                    Figure.of("registry", "11", "幸福社区", "residents", Unit.PERSONS, 3),
                    Figure.of("registry", "12", "光明社区", "residents", Unit.PERSONS, 12),
                    Figure.ratio("cases", "7", "路灯", "onTime", Unit.SHARE, 3, 4),
                    Figure.of("cases", "7", "路灯", "volume", Unit.COUNT, 2),
                    Figure.ratio("cases", "8", "噪音", "onTime", Unit.SHARE, 1, 1),
                    Figure.of("cases", "8", "噪音", "volume", Unit.COUNT, 1)),
            2L, List.of(
                    Figure.of("registry", "20", "绿苑小区", "residents", Unit.PERSONS, 9),
                    Figure.of("modules", "PARKING", null, "adopted", Unit.COUNT, 1)));

    DashboardAssembly assembly = new DashboardAssembly(YearMonth.of(2026, 11), List.of(DISTRICT, COMPANY), FIGURES);

    @Test
    void theOverviewHasARowPerTenantSummingItsRowsAndTheJurisdictionsTotal() {
        Dashboard overview = assembly.overview("新华街道");

        assertThat(overview.tables()).extracting(Table::section).containsExactly("registry", "cases", "modules");
        Table registry = overview.tables().get(0);
        assertThat(registry.rows()).extracting(Dashboard.Row::label).containsExactly("新华街道", "绿苑物业");
        assertThat(registry.rows().get(0).cells().get(0).value()).isEqualTo(55);
        assertThat(registry.rows().get(1).cells().get(0).value()).isEqualTo(9);
        assertThat(registry.total().cells().get(0).display()).isEqualTo("64");
    }

    @Test
    void sharesAddUpAsNumeratorsOverDenominatorsAndEventsAreNeverSuppressed() {
        Table cases = assembly.overview("新华街道").tables().get(1);
        assertThat(cases.columns()).extracting(Dashboard.Column::measure).containsExactly("onTime", "volume");
        Cell onTime = cases.rows().get(0).cells().get(0);
        assertThat(onTime.display()).isEqualTo("80.0%");
        assertThat(onTime.value()).isEqualTo(4);
        assertThat(onTime.base()).isEqualTo(5);
        assertThat(cases.rows().get(0).cells().get(1).display()).isEqualTo("3");
        assertThat(cases.rows().get(1).cells().get(0).display()).isEqualTo("—");
    }

    @Test
    void theDrillDownSuppressesASmallCommunityAndItsComplementButKeepsTheTenantsTotal() {
        Dashboard district = assembly.drillDown(DISTRICT);

        Table registry = district.tables().get(0);
        assertThat(registry.rows()).extracting(Dashboard.Row::label).containsExactly("和平社区", "幸福社区", "光明社区");
        assertThat(registry.rows()).extracting(r -> r.cells().get(0).display()).containsExactly("40", "<5", "*");
        assertThat(registry.rows().get(1).cells().get(0).value()).isNull();
        assertThat(registry.total().cells().get(0).display()).isEqualTo("55");
        assertThat(district.tenantId()).isEqualTo(1L);
    }

    @Test
    void aTenantWithOneCommunityShowsItWhenItsTotalIsShown() {
        Table registry = assembly.drillDown(COMPANY).tables().get(0);
        assertThat(registry.rows()).extracting(r -> r.cells().get(0).display()).containsExactly("9");
        Table modules = assembly.drillDown(COMPANY).tables().get(2);
        assertThat(modules.rows()).extracting(Dashboard.Row::key).containsExactly("PARKING");
    }

    @Test
    void underASuppressedTenantCellEveryCommunityIsWithheld() {
        Map<Long, List<Figure>> figures = Map.of(
                1L, List.of(Figure.of("registry", "10", "和平社区", "residents", Unit.PERSONS, 30),
                        Figure.of("registry", "11", "幸福社区", "residents", Unit.PERSONS, 20)),
                2L, List.of(Figure.of("registry", "20", "绿苑小区", "residents", Unit.PERSONS, 2)));
        DashboardAssembly small = new DashboardAssembly(YearMonth.of(2026, 11), List.of(DISTRICT, COMPANY), figures);

        Table overview = small.overview("新华街道").tables().get(0);
        assertThat(overview.rows()).extracting(r -> r.cells().get(0).display()).containsExactly("*", "<5");
        Table drilled = small.drillDown(DISTRICT).tables().get(0);
        assertThat(drilled.rows()).extracting(r -> r.cells().get(0).display()).containsExactly("*", "*");
        assertThat(drilled.total().cells().get(0).display()).isEqualTo("*");
    }

    static List<Figure> revenue(String module, long fen, long providers, long payers) {
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.of("revenue", module, null, "revenue", Unit.FEN, fen),
                Figure.of("revenue", module, null, "payers", Unit.CONTRIBUTORS, payers)));
        if (providers >= 0) {
            figures.add(Figure.of("revenue", module, null, "providers", Unit.CONTRIBUTORS, providers));
        }
        return figures;
    }

    @Test
    void aModuleThatOneProviderMakesUpIsHiddenWithAModuleThatCouldHoldAsMuchAndTheCountsAreNoColumn() {
        List<Figure> district = new ArrayList<>(revenue("HOUSEKEEPING", 50_000, 1, 8));
        district.addAll(revenue("PARKING", 120_000, 6, 30));
        district.addAll(revenue("DELIVERY", 90_000, 5, 12));
        DashboardAssembly money = new DashboardAssembly(YearMonth.of(2026, 11), List.of(DISTRICT, COMPANY),
                Map.of(1L, district, 2L, revenue("PARKING", 200_000, 7, 40)));

        Table overview = money.overview("新华街道").tables().get(0);
        assertThat(overview.columns()).extracting(Dashboard.Column::measure).containsExactly("revenue");
        assertThat(overview.rows()).extracting(r -> r.cells().get(0).display())
                .containsExactly("¥2,600.00", "¥2,000.00");
        assertThat(overview.total().cells().get(0).display()).isEqualTo("¥4,600.00");
        Table drilled = money.drillDown(DISTRICT).tables().get(0);
        assertThat(drilled.rows()).extracting(r -> r.key() + " " + r.cells().get(0).display())
                .containsExactly("HOUSEKEEPING *", "PARKING ¥1,200.00", "DELIVERY *");
        assertThat(drilled.rows().get(0).cells().get(0).value()).isNull();
        assertThat(drilled.total().cells().get(0).display()).isEqualTo("¥2,600.00");
    }

    @Test
    void aTenantWhoseMoneyFewMakeUpIsHiddenInTheOverviewWithAnotherAndBothDrillDownsWithheld() {
        List<Figure> district = new ArrayList<>(revenue("PARKING", 120_000, 6, 30));
        district.addAll(revenue("DELIVERY", 90_000, 5, 12));
        DashboardAssembly money = new DashboardAssembly(YearMonth.of(2026, 11), List.of(DISTRICT, COMPANY),
                Map.of(1L, district, 2L, revenue("ADS", 3_000, -1, 2)));

        Table overview = money.overview("新华街道").tables().get(0);
        assertThat(overview.rows()).extracting(r -> r.cells().get(0).display()).containsExactly("*", "*");
        assertThat(overview.total().cells().get(0).display()).isEqualTo("¥2,130.00");
        assertThat(money.drillDown(DISTRICT).tables().get(0).rows()).extracting(r -> r.cells().get(0).display())
                .containsExactly("*", "*");
        assertThat(money.drillDown(COMPANY).tables().get(0).rows()).extracting(r -> r.cells().get(0).display())
                .containsExactly("*");
    }

    @Test
    void moneyAndMinutesReadAsYuanAndHours() {
        assertThat(DashboardAssembly.display(Unit.FEN, 123456, 0)).isEqualTo("¥1,234.56");
        assertThat(DashboardAssembly.display(Unit.MINUTES, 90, 0)).isEqualTo("1.5");
        assertThat(DashboardAssembly.display(Unit.AVERAGE, 9, 2)).isEqualTo("4.50");
    }
}
