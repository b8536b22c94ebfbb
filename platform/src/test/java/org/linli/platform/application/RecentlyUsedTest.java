package org.linli.platform.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentlyUsedTest {

    private final RecentlyUsed<String, Integer> kept = new RecentlyUsed<>(3);

    @Test
    void keepsWhatWasPutUntilRemoved() {
        kept.put("a", 1);

        assertThat(kept.get("a")).contains(1);
        assertThat(kept.get("b")).isEmpty();
        kept.remove("a");
        assertThat(kept.get("a")).isEmpty();
    }

    @Test
    void beyondItsCapacityItForgetsTheLeastRecentlyUsedFirst() {
        kept.put("a", 1);
        kept.put("b", 2);
        kept.put("c", 3);
        kept.get("a");

        kept.put("d", 4);

        assertThat(kept.get("b")).isEmpty();
        assertThat(kept.get("a")).contains(1);
        assertThat(kept.get("c")).contains(3);
        assertThat(kept.get("d")).contains(4);
        assertThat(kept.size()).isEqualTo(3);
    }

    @Test
    void aPutAgainReplacesWithoutGrowing() {
        kept.put("a", 1);
        kept.put("a", 2);

        assertThat(kept.get("a")).contains(2);
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void keepsAtLeastOne() {
        assertThatThrownBy(() -> new RecentlyUsed<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
