package org.linli.platform.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {

    @Test
    void nonsenseIsCorrectedAndSizesAreCapped() {
        assertThat(new PageRequest(-1, 0)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(new PageRequest(3, 100_000).size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void aPageMapsItsItemsAndKeepsItsPosition() {
        Page<Integer> page = Page.of(List.of(1, 2), 12, new PageRequest(2, 2));
        assertThat(page.map(i -> "#" + i)).isEqualTo(new Page<>(List.of("#1", "#2"), 12, 2, 2));
    }
}
