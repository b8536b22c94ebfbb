package org.linli.tenants.notices;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's notices come pinned first, then unread, then newest. */
class NoticeCardTest {

    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");

    private static Notice published(String title, boolean pinned, int hoursAfterT) {
        Notice notice = new Notice(new NoticeCommands.Draft(title, "<p>" + title + "</p>", pinned, null, null,
                AudienceKind.TENANT, null, null, null, false), Audience.tenant(), 1, T);
        notice.publish(T.plus(Duration.ofHours(hoursAfterT)));
        return notice;
    }

    @Test
    void pinnedComeFirstThenUnreadThenNewest() {
        NoticeCard pinnedRead = new NoticeCard(published("置顶已读", true, 1), T, null);
        NoticeCard unread = new NoticeCard(published("未读", false, 2), null, null);
        NoticeCard newestRead = new NoticeCard(published("最新已读", false, 3), T, null);
        NoticeCard pinnedUnread = new NoticeCard(published("置顶未读", true, 0), null, null);
        NoticeCard olderUnread = new NoticeCard(published("较早未读", false, 1), null, null);

        List<NoticeCard> sorted = List.of(pinnedRead, unread, newestRead, pinnedUnread, olderUnread).stream()
                .sorted(NoticeCard.READING_ORDER).toList();

        assertThat(sorted).extracting(card -> card.notice().title())
                .containsExactly("置顶未读", "置顶已读", "未读", "较早未读", "最新已读");
    }

    @Test
    void aReaderOwesAnAcknowledgementOnlyWhenTheNoticeAsksForIt() {
        Notice asks = new Notice(new NoticeCommands.Draft("确认", "<p>请确认</p>", false, null, null,
                AudienceKind.TENANT, null, null, null, true), Audience.tenant(), 1, T);

        assertThat(new NoticeCard(asks, T, null).awaitsAcknowledgement()).isTrue();
        assertThat(new NoticeCard(asks, T, T).awaitsAcknowledgement()).isFalse();
        assertThat(new NoticeCard(published("不需确认", false, 0), T, null).awaitsAcknowledgement()).isFalse();
    }
}
