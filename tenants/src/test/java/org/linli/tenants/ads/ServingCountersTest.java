package org.linli.tenants.ads;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as an impression or a click, and how the report reads. */
class ServingCountersTest {

    private static final AdBookingId SEVEN = new AdBookingId(7);
    private static final AdBookingId EIGHT = new AdBookingId(8);
    private static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    @Test
    void crawlersScriptsAndMissingAgentsAreBots() {
        assertThat(BotFilter.isBot("Mozilla/5.0 (compatible; Baiduspider/2.0)")).isTrue();
        assertThat(BotFilter.isBot("Googlebot/2.1 (+http://www.google.com/bot.html)")).isTrue();
        assertThat(BotFilter.isBot("curl/8.5.0")).isTrue();
        assertThat(BotFilter.isBot("python-requests/2.31")).isTrue();
        assertThat(BotFilter.isBot("Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0")).isTrue();
        assertThat(BotFilter.isBot(null)).isTrue();
        assertThat(BotFilter.isBot(" ")).isTrue();
        assertThat(BotFilter.isBot(PHONE)).isFalse();
        assertThat(BotFilter.isBot("Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0")).isFalse();
    }

    @Test
    void aSessionSeeingTheSameCreativeAgainWithinAMinuteCountsOnce() {
        TestClock clock = new TestClock(Instant.parse("2026-12-03T02:00:00Z"));
        ImpressionGate gate = new ImpressionGate(clock);
        assertThat(gate.admits("session-1", SEVEN, PHONE)).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(gate.admits("session-1", SEVEN, PHONE)).isFalse();
        assertThat(gate.admits("session-1", EIGHT, PHONE)).as("another creative").isTrue();
        assertThat(gate.admits("session-2", SEVEN, PHONE)).as("another session").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(gate.admits("session-1", SEVEN, PHONE)).as("a minute later").isTrue();
    }

    @Test
    void botsAreNeverAdmitted() {
        ImpressionGate gate = new ImpressionGate(new TestClock(Instant.parse("2026-12-03T02:00:00Z")));
        assertThat(gate.admits("session-1", SEVEN, "Bytespider")).isFalse();
        assertThat(gate.admits("session-1", SEVEN, PHONE)).as("the bot's view was not remembered either").isTrue();
    }

    @Test
    void ctrIsClicksPerImpressionInPercentWithTwoDecimals() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(new DailyFigures(day, 300, 7).ctrPercent()).isEqualTo(2.33);
        assertThat(new DailyFigures(day, 0, 0).ctrPercent()).isZero();
        assertThat(new DailyFigures(day, 0, 2).ctrPercent()).as("clicks without counted impressions").isZero();
        assertThat(new DailyFigures(day, 1000, 1000).ctrPercent()).isEqualTo(100.0);
    }

    @Test
    void theCsvExportHasAHeaderAndOneLinePerDay() {
        String csv = ReportCsv.of(List.of(new DailyFigures(LocalDate.of(2026, 12, 1), 200, 3),
                new DailyFigures(LocalDate.of(2026, 12, 2), 0, 0)));
        assertThat(csv).isEqualTo("day,impressions,clicks,ctr_percent\r\n2026-12-01,200,3,1.50\r\n"
                + "2026-12-02,0,0,0.00\r\n");
    }

    @Test
    void onlyHttpAndHttpsLinksWithAHostAreAccepted() {
        assertThat(AdBookingService.safeLink(" https://shop.example.cn/a?b=1 ")).isEqualTo(
                "https://shop.example.cn/a?b=1");
        for (String bad : List.of("javascript:alert(1)", "data:text/html,x", "ftp://x.cn", "https:///nohost",
                "//x.cn", "http://")) {
            Assertions.assertThatThrownBy(() -> AdBookingService.safeLink(bad))
                    .as(bad).isInstanceOf(DomainException.class);
        }
    }

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {

        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
