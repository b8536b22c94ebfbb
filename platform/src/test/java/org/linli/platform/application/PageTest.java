package org.linli.platform.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    private final AtomicInteger counted = new AtomicInteger();

    private LongSupplier count(long total) {
        return () -> {
            counted.incrementAndGet();
            return total;
        };
    }

    @Test
    void aPageThatIsNotFullEndsTheListSoItsTotalNeedsNoCount() {
        assertThat(Page.of(List.of("a", "b"), count(99), new PageRequest(0, 20)).total()).isEqualTo(2);
        assertThat(Page.of(List.of("u", "v", "w"), count(99), new PageRequest(2, 20)).total()).isEqualTo(43);
        assertThat(counted).hasValue(0);
    }

    @Test
    void aFullPageOrAnEmptyOneIsCounted() {
        assertThat(Page.of(List.of("a", "b"), count(7), new PageRequest(0, 2)).total()).isEqualTo(7);
        assertThat(Page.of(List.of(), count(7), new PageRequest(5, 2)).total()).isEqualTo(7);
        assertThat(Page.of(List.of(), count(0), new PageRequest(0, 20)).total()).isZero();
        assertThat(counted).hasValue(3);
    }

    @Test
    void theTotalOfTheLastPossiblePageDoesNotOverflow() {
        assertThat(Page.of(List.of("z"), count(0), new PageRequest(Integer.MAX_VALUE, 50)).total())
                .isEqualTo(Integer.MAX_VALUE + 1L);
    }
}
