package org.linli.tenants.proposals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Civil Code's double majority (art. 278) on a table of cases at its boundaries. The electorate is 300 m² held
 * by 30 owners (areas in any integer unit), so exactly 2/3 is 200 m² and 20 owners.
 */
class Art278TallyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case | partArea | partOwners | forArea | forOwners | matter | quorate | result
            exactly 2/3 of area and owners take part | 200 | 20 | 101 | 11 | ORDINARY | true | PASSED
            area one short of 2/3 | 199 | 20 | 199 | 20 | ORDINARY | false | NOT_QUORATE
            owners one short of 2/3 | 200 | 19 | 200 | 19 | ORDINARY | false | NOT_QUORATE
            exactly 1/2 of participating area fails | 200 | 20 | 100 | 20 | ORDINARY | true | REJECTED
            exactly 1/2 of participating owners fails | 200 | 20 | 200 | 10 | ORDINARY | true | REJECTED
            just over 1/2 of both passes | 200 | 20 | 101 | 11 | ORDINARY | true | PASSED
            area majority without owner majority fails | 300 | 30 | 290 | 15 | ORDINARY | true | REJECTED
            everyone for | 300 | 30 | 300 | 30 | ORDINARY | true | PASSED
            major: exactly 3/4 of both passes | 200 | 20 | 150 | 15 | MAJOR | true | PASSED
            major: area just under 3/4 fails | 200 | 20 | 149 | 15 | MAJOR | true | REJECTED
            major: owners just under 3/4 fails | 200 | 20 | 150 | 14 | MAJOR | true | REJECTED
            major: a simple majority is not enough | 300 | 30 | 200 | 20 | MAJOR | true | REJECTED
            major: 3/4 but no quorum is not valid | 100 | 10 | 100 | 10 | MAJOR | false | NOT_QUORATE
            nobody takes part | 0 | 0 | 0 | 0 | ORDINARY | false | NOT_QUORATE
            """)
    void decides(String description, long partArea, long partOwners, long forArea, long forOwners, Matter matter,
                 boolean quorate, TallyResult result) {
        Art278Tally tally = new Art278Tally(300, 30, partArea, partOwners, forArea, forOwners, matter);
        assertThat(tally.quorate()).as(description).isEqualTo(quorate);
        assertThat(tally.result()).as(description).isEqualTo(result);
    }

    @Test
    void thirdsThatDoNotDivideEvenlyAreComparedExactly() {
        // 2/3 of 1,000,000,001 is 666,666,667.33…: 666,666,667 is short, 666,666,668 is enough.
        assertThat(new Art278Tally(1_000_000_001L, 3, 666_666_667L, 3, 0, 0, Matter.ORDINARY).quorate()).isFalse();
        assertThat(new Art278Tally(1_000_000_001L, 3, 666_666_668L, 3, 0, 0, Matter.ORDINARY).quorate()).isTrue();
    }

    @Test
    void realisticWeightsDoNotOverflow() {
        // 100,000 homes of 150 m² in hundredths of m² times basis points.
        long area = 100_000L * 15_000L * 10_000L;
        Art278Tally tally = new Art278Tally(area, 100_000, area, 100_000, area / 2 + 1, 50_001, Matter.ORDINARY);
        assertThat(tally.result()).isEqualTo(TallyResult.PASSED);
    }

    @Test
    void aPartCannotExceedItsWhole() {
        assertThatThrownBy(() -> new Art278Tally(300, 30, 301, 30, 0, 0, Matter.ORDINARY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Art278Tally(300, 30, 200, 20, 0, 21, Matter.ORDINARY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
