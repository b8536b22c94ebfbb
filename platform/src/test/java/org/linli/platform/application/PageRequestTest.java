package org.linli.platform.application;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PageRequestTest {

    @Test
    void nonsenseIsCorrectedAndSizesAreCapped() {
        assertThat(new PageRequest(-1, 0)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(new PageRequest(3, 100_000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void theLastPossiblePageHasACappedOffsetInsteadOfANegativeOne() {
        assertThat(new PageRequest(Integer.MAX_VALUE, 50).offset()).isEqualTo(Integer.MAX_VALUE);
        assertThat(new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE).offset()).isEqualTo(Integer.MAX_VALUE);
        assertThat(new PageRequest(Integer.MAX_VALUE / 50, 50).offset()).isPositive();
    }

    @Test
    void pageParametersAreClampedWhateverTheirSize() {
        assertThat(PageRequest.parse("2147483647", "-1")).isEqualTo(new PageRequest(Integer.MAX_VALUE, 50));
        assertThat(PageRequest.parse("99999999999999999999", "99999999999")).isEqualTo(
                new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE));
        assertThat(PageRequest.parse("-9223372036854775809", "0")).isEqualTo(new PageRequest(0, 50));
        assertThat(PageRequest.parse(null, " ")).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(PageRequest.parse(" 3 ", "+20")).isEqualTo(new PageRequest(3, 20));
    }

    @Test
    void pageParametersThatAreNoNumberAreAFormatError() {
        assertThatThrownBy(() -> PageRequest.parse("two", null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("page", "format")));
        assertThatThrownBy(() -> PageRequest.parse("1", "1e3")).isInstanceOf(DomainException.class);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPosition() {
        Page<Integer> page = Page.of(List.of(1, 2), 12, new PageRequest(2, 2));
        assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 12, 2, 2));
    }
}
