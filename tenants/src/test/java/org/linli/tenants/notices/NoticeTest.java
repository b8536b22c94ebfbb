package org.linli.tenants.notices;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A notice's life: draft, published within its period, withdrawn or expired; reminders an hour apart. */
class NoticeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static NoticeCommands.Draft draft(String body, Instant from, Instant until) {
        return new NoticeCommands.Draft("停水通知", body, false, from, until, AudienceKind.TENANT, null, null, null,
                true);
    }

    private static Notice notice(Instant from, Instant until) {
        return new Notice(draft("<p>明天停水</p>", from, until), Audience.tenant(), 1, NOW);
    }

    @Test
    void theBodyIsKeptCleaned() {
        Notice notice = new Notice(draft("<p onclick=\"x()\">明天停水</p><script>x()</script>", null, null),
                Audience.tenant(), 1, NOW);

        assertThat(notice.body()).isEqualTo("<p>明天停水</p>");
    }

    @Test
    void aBodyWithNothingLeftToReadIsRefused() {
        assertThatThrownBy(() -> new Notice(draft("<script>x()</script>", null, null), Audience.tenant(), 1, NOW))
                .isInstanceOf(DomainException.class).hasMessage("validation_failed");
    }

    @Test
    void validUntilMustFollowValidFrom() {
        assertThatThrownBy(() -> notice(NOW, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aPublishedNoticeIsShownWithinItsPeriodThenExpires() {
        Notice notice = notice(NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(2)));
        assertThat(notice.isShownAt(NOW)).isFalse();

        notice.publish(NOW);

        assertThat(notice.stateAt(NOW)).isEqualTo(NoticeState.PUBLISHED);
        assertThat(notice.isShownAt(NOW)).isFalse();
        assertThat(notice.isShownAt(NOW.plus(Duration.ofHours(1)))).isTrue();
        assertThat(notice.stateAt(NOW.plus(Duration.ofDays(2)))).isEqualTo(NoticeState.EXPIRED);
        assertThat(notice.isShownAt(NOW.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void onlyDraftsAreRevisedAndPublished() {
        Notice notice = notice(null, null);
        notice.publish(NOW);

        assertThatThrownBy(() -> notice.revise(draft("<p>改</p>", null, null), Audience.tenant(), NOW))
                .isInstanceOf(DomainException.class).hasMessage("notice_not_editable");
        assertThatThrownBy(() -> notice.publish(NOW)).isInstanceOf(DomainException.class)
                .hasMessage("invalid_transition");
    }

    @Test
    void aNoticePastItsValidUntilCannotBePublished() {
        Notice notice = notice(null, NOW.minusSeconds(1).plus(Duration.ofSeconds(1)));

        assertThatThrownBy(() -> notice.publish(NOW)).isInstanceOf(DomainException.class)
                .hasMessage("notice_valid_until_past");
    }

    @Test
    void withdrawingEndsItForGood() {
        Notice notice = notice(null, null);
        assertThatThrownBy(() -> notice.withdraw(NOW)).hasMessage("invalid_transition");
        notice.publish(NOW);

        notice.withdraw(NOW);

        assertThat(notice.stateAt(NOW)).isEqualTo(NoticeState.WITHDRAWN);
        assertThat(notice.isShownAt(NOW)).isFalse();
        assertThatThrownBy(() -> notice.pin(true, NOW)).hasMessage("invalid_transition");
        assertThatThrownBy(() -> notice.withdraw(NOW)).hasMessage("invalid_transition");
    }

    @Test
    void remindersAreAtLeastAnHourApartAndOnlyWhileShown() {
        Notice notice = notice(null, null);
        assertThatThrownBy(() -> notice.remind(NOW)).hasMessage("invalid_transition");
        notice.publish(NOW);

        notice.remind(NOW);

        assertThatThrownBy(() -> notice.remind(NOW.plus(Duration.ofMinutes(59))))
                .isInstanceOf(DomainException.class).hasMessage("notice_reminded_recently");
        notice.remind(NOW.plus(Duration.ofHours(1)));
        assertThat(notice.remindedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }
}
