package org.linli.ui.storefront;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopViewTest {

    @Test
    void aCardsWordsAreShownAsTextNeverAsMarkupWhoeverWroteThem() {
        assertThat(ShopView.span("offering-title", "<img src=x onerror=alert(1)> & \"擦玻璃\" 'A'"))
                .isEqualTo("<span class=\"offering-title\">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;擦玻璃&quot;"
                        + " &#39;A&#39;</span>");
    }

    @Test
    void plainWordsStayAsTheyAre() {
        assertThat(ShopView.escaped("日常保洁（按小时） · ★ 4.8")).isEqualTo("日常保洁（按小时） · ★ 4.8");
    }
}
