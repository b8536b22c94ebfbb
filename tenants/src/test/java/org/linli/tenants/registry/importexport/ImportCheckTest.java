package org.linli.tenants.registry.importexport;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.linli.tenants.registry.residents.IdNumber;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.Tag;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How one row of a resident list is judged before anything is written. */
class ImportCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String ELDER = IdNumber.of("320102", LocalDate.of(1950, 3, 14), 123);
    private static final String CHILD = IdNumber.of("320102", LocalDate.of(2012, 6, 1), 124);

    private final ImportCheck check = new ImportCheck(List.of("小区", "楼栋", "单元", "房号", "姓名", "手机号",
            "身份证号", "出生日期", "性别", "与户主关系", "标签"), TODAY);

    @Test
    void chineseHeadersAreUnderstoodAndAGoodRowIsNormalised() {
        assertThat(check.headerOk()).isTrue();
        check.check(2, row("新华小区", "3栋", "2单元", "501", "张三", "138 1234 5678", ELDER, "1950/3/14", "男",
                "户主", "独居老人、志愿者"));
        assertThat(check.problems()).isEmpty();
        ImportRow row = check.valid().get(0);
        assertThat(row.mobile()).isEqualTo("13812345678");
        assertThat(row.birthDate()).isEqualTo(LocalDate.of(1950, 3, 14));
        assertThat(row.relation()).isEqualTo(Relation.HEAD);
        assertThat(row.tags()).containsExactlyInAnyOrder(Tag.ELDERLY_ALONE, Tag.VOLUNTEER);
    }

    @Test
    void eachProblemNamesItsRowColumnAndCode() {
        check.check(2, row("新华小区", "3栋", "2单元", "501", "", "12345", ELDER.substring(0, 17) + "0", "", "X",
                "朋友", "外星人"));
        assertThat(check.valid()).isEmpty();
        assertThat(check.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .contains(Tuple.tuple(2, "name", "required"),
                        Tuple.tuple(2, "mobile", "mobile_format"),
                        Tuple.tuple(2, "gender", "one_of"),
                        Tuple.tuple(2, "relation", "one_of"),
                        Tuple.tuple(2, "tags", "one_of"));
        assertThat(check.invalid()).isEqualTo(1);
    }

    @Test
    void theIdNumberMustAgreeWithBirthDateAndGender() {
        check.check(2, row("新华小区", "3栋", "2单元", "501", "张三", "", ELDER, "1951-01-01", "", "", ""));
        assertThat(check.problems()).extracting(ImportProblem::code).containsExactly("birth_date_mismatch");
    }

    @Test
    void theSecondRowWithTheSameIdNumberOrMobileIsADuplicate() {
        check.check(2, row("新华小区", "3栋", "2单元", "501", "张三", "13812345678", ELDER, "", "", "", ""));
        check.check(3, row("新华小区", "3栋", "2单元", "502", "张三", "", ELDER, "", "", "", ""));
        check.check(4, row("新华小区", "3栋", "2单元", "503", "李四", "13812345678", CHILD, "", "", "", ""));
        assertThat(check.valid()).extracting(ImportRow::row).containsExactly(2);
        assertThat(check.duplicates()).isEqualTo(2);
        assertThat(check.problems()).extracting(ImportProblem::code, ImportProblem::args)
                .containsExactly(Tuple.tuple("duplicate_in_file", List.of(2)),
                        Tuple.tuple("duplicate_in_file", List.of(2)));
    }

    @Test
    void missingRequiredColumnsStopTheCheck() {
        ImportCheck incomplete = new ImportCheck(List.of("name", "mobile"), TODAY);
        assertThat(incomplete.headerOk()).isFalse();
        assertThat(incomplete.problems()).extracting(ImportProblem::code).containsOnly("column_missing");
        assertThat(incomplete.problems()).extracting(ImportProblem::column)
                .containsExactly("community", "building", "unit", "room");
    }

    @Test
    void birthDatesInTheFutureAreRefused() {
        check.check(2, row("新华小区", "3栋", "2单元", "501", "未来", "", "", "2030-01-01", "", "", ""));
        assertThat(check.problems()).extracting(ImportProblem::code).containsExactly("birth_date_future");
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
