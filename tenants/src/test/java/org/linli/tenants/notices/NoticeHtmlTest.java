package org.linli.tenants.notices;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice body keeps the documented subset and loses everything that could run or reach out. */
class NoticeHtmlTest {

    @Test
    void scriptsStylesFramesAndImagesAreRemoved() {
        String cleaned = NoticeHtml.clean("<p>停水通知</p><script>alert(1)</script><style>p{color:red}</style>"
                + "<iframe src=\"https://evil.example\"></iframe><img src=\"https://evil.example/t.png\">");

        assertThat(cleaned).isEqualTo("<p>停水通知</p>");
    }

    @Test
    void eventHandlersAndStyleAttributesAreRemoved() {
        String cleaned = NoticeHtml.clean("<p onclick=\"steal()\" style=\"color:red\" class=\"x\">"
                + "<strong onmouseover=\"steal()\">明天</strong> 9:00</p>");

        assertThat(cleaned).isEqualTo("<p><strong>明天</strong> 9:00</p>");
    }

    @Test
    void javascriptAndRelativeLinksLoseTheirTarget() {
        assertThat(NoticeHtml.clean("<a href=\"javascript:alert(1)\">点我</a>")).doesNotContain("javascript")
                .doesNotContain("href");
        assertThat(NoticeHtml.clean("<a href=\"JaVaScRiPt:alert(1)\">点我</a>")).doesNotContain("href");
        assertThat(NoticeHtml.clean("<a href=\"data:text/html,x\">点我</a>")).doesNotContain("href");
        assertThat(NoticeHtml.clean("<a href=\"/admin\">点我</a>")).doesNotContain("href");
    }

    @Test
    void httpLinksOpenApartWithNoopener() {
        String cleaned = NoticeHtml.clean("<a href=\"https://www.gov.cn/notice\" rel=\"opener\" target=\"_self\">"
                + "原文</a>");

        assertThat(cleaned).contains("href=\"https://www.gov.cn/notice\"").contains("rel=\"noopener\"")
                .contains("target=\"_blank\"").doesNotContain("rel=\"opener\"", "_self");
    }

    @Test
    void theAllowedSubsetIsKept() {
        String html = "<h2>停水</h2><h3>范围</h3><p>1栋<br>2栋</p><ul><li><b>一</b></li><li><i>二</i></li></ul>"
                + "<ol><li><em>三</em> <u>四</u> <s>五</s></li></ol><blockquote>物业服务中心</blockquote>";

        assertThat(NoticeHtml.clean(html)).isEqualTo(html);
    }

    @Test
    void textDropsTheMarkup() {
        assertThat(NoticeHtml.text("<p>明天 <strong>停水</strong></p>")).isEqualTo("明天 停水");
        assertThat(NoticeHtml.clean(null)).isNull();
    }
}
