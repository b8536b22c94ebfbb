package org.linli.tenants.devices;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What devices write into cases reads in Chinese, with no code names, for every kind of event. */
class DeviceCaseTextsTest {

    @Test
    void anAlertNamesItsEventInWordsAndMarksItsSeverity() {
        String text = DeviceCaseTexts.severity(Severity.CRITICAL) + DeviceCaseTexts.of("alert",
                DeviceCaseTexts.event(EventKind.SMOKE), "3栋烟感", "新华小区 3栋");
        assertThat(text).isEqualTo("【紧急】设备告警：烟雾 · 3栋烟感 · 新华小区 3栋");
        assertThat(DeviceCaseTexts.severity(Severity.NORMAL)).isEmpty();
    }

    @Test
    void everyEventKindAndSeverityHasItsChineseName() {
        for (EventKind kind : EventKind.values()) {
            assertThat(DeviceCaseTexts.event(kind)).as(kind.name()).doesNotContain("!").doesNotMatch(".*[A-Z_]{3,}.*");
        }
        for (Severity severity : Severity.values()) {
            assertThat(DeviceCaseTexts.severity(severity)).doesNotContain("!");
        }
        assertThat(DeviceCaseTexts.of("silent", "2026-12-04 09:30", 30)).isEqualTo(
                "心跳超时：自 2026-12-04 09:30 起无上报（心跳间隔 30 分钟）");
    }
}
