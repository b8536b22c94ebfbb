package org.linli.tenants.notices;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A reading keeps its first times, at the database's precision. */
class NoticeReadTest {

    @Test
    void theFirstReadingAndAcknowledgementAreKeptInMicroseconds() {
        Instant first = Instant.parse("2026-12-04T05:45:59.737059714Z");
        NoticeRead read = new NoticeRead(1, 2, first);

        read.acknowledge(first.plusSeconds(5));
        read.acknowledge(first.plusSeconds(60));

        assertThat(read.readAt()).isEqualTo(Instant.parse("2026-12-04T05:45:59.737059Z"));
        assertThat(read.acknowledgedAt()).isEqualTo(Instant.parse("2026-12-04T06:46:04.737059Z").minusSeconds(3600));
    }
}
