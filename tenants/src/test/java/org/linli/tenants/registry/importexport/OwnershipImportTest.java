package org.linli.tenants.registry.importexport;

import org.junit.jupiter.api.Test;
import org.linli.tenants.registry.residents.Ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** A resident list may say each home's floor area and who owns it with what share. */
class OwnershipImportTest {

    private final ImportCheck check = new ImportCheck(List.of("小区", "楼栋", "单元", "房号", "姓名", "建筑面积",
            "是否业主", "产权份额"), LocalDate.of(2026, 12, 1));

    @Test
    void areaOwnerAndShareAreRead() {
        check.check(2, List.of("新华小区", "1栋", "1单元", "101", "王业主", "89.5 ㎡", "是", "50%"));
        check.check(3, List.of("新华小区", "1栋", "1单元", "101", "李业主", "89.50", "是", "50"));
        check.check(4, List.of("新华小区", "1栋", "1单元", "101", "王小孩", "", "否", ""));
        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).extracting(ImportRow::floorArea, ImportRow::ownershipShare, ImportRow::owner)
                .containsExactly(tuple(new BigDecimal("89.50"), 5000, true), tuple(new BigDecimal("89.50"), 5000, true),
                        tuple(null, null, false));
    }

    @Test
    void theSharesOfOneHomeMayNotExceedTheWhole() {
        check.check(2, List.of("新华小区", "1栋", "1单元", "101", "王业主", "", "是", "60"));
        check.check(3, List.of("新华小区", "1栋", "1单元", "101", "李业主", "", "是", "40.01"));
        check.check(4, List.of("新华小区", "1栋", "1单元", "102", "赵业主", "", "是", "100"));
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(3, "ownership_share", "ownership_share_exceeded"));
        assertThat(check.valid()).extracting(ImportRow::name).containsExactly("王业主", "赵业主");
    }

    @Test
    void aHomeSharesCountWithTheOwnersTheRegistryAlreadyRecords() {
        check.check(2, List.of("新华小区", "1栋", "1单元", "101", "王业主", "", "是", "30"));
        check.check(3, List.of("新华小区", "1栋", "1单元", "101", "李业主", "", "是", "20"));
        check.check(4, List.of("新华小区", "1栋", "1单元", "102", "赵业主", "", "是", "100"));
        check.check(5, List.of("新华小区", "1栋", "1单元", "103", "钱业主", "", "是", "50"));
        check.check(6, List.of("新华小区", "1栋", "1单元", "101", "孙家人", "", "否", ""));
        assertThat(check.problems()).isEmpty();
        // Home 101 already has owners holding 60 % (one recorded online, one by an earlier import); 102 has one
        // at 100 %; 103 has none recorded.
        check.refuseBeyondRecordedShares(Map.of(String.join("\u0000", "新华小区", "1栋", "1单元", "101"),
                6000, String.join("\u0000", "新华小区", "1栋", "1单元", "102"), 10000));
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(3, "ownership_share", "ownership_share_exceeded"),
                        tuple(4, "ownership_share", "ownership_share_exceeded"));
        assertThat(check.valid()).extracting(ImportRow::name).containsExactly("王业主", "钱业主", "孙家人");
        assertThat(check.invalid()).isEqualTo(2);
    }

    @Test
    void badValuesAreRefusedNotGuessed() {
        check.check(2, List.of("新华小区", "1栋", "1单元", "101", "甲", "-3", "也许", "120"));
        check.check(3, List.of("新华小区", "1栋", "1单元", "102", "乙", "80", "是", ""));
        check.check(4, List.of("新华小区", "1栋", "1单元", "103", "丙", "80", "否", "30"));
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(2, "floor_area", "floor_area_format"), tuple(2, "owner", "one_of"),
                        tuple(2, "ownership_share", "ownership_share_format"),
                        tuple(3, "ownership_share", "required"),
                        tuple(4, "owner", "ownership_share_without_owner"));
        assertThat(check.valid()).isEmpty();
    }

    @Test
    void sharesFitAHomeUpToExactlyOneHundredPercent() {
        assertThat(Ownership.fits(List.of(5000, 5000))).isTrue();
        assertThat(Ownership.fits(List.of(3333, 3333, 3333))).isTrue();
        assertThat(Ownership.fits(List.of(5000, 5001))).isFalse();
        assertThat(Ownership.fits(List.of(0))).isFalse();
    }
}
