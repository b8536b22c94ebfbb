package org.linli.tenants.inbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void keepsTheArgumentsOfItsTextInOrderEmptyOnesIncluded() {
        InboxMessage message = new InboxMessage(new MessagePort.Message(7, "notice.reminder", "inbox.notice.reminder",
                List.of("停水通知", "", "3号楼"), "/notices/12"), NOW);

        assertThat(message.args()).containsExactly("停水通知", "", "3号楼");
        assertThat(message.key()).isEqualTo("inbox.notice.reminder");
        assertThat(message.link()).isEqualTo("/notices/12");
    }

    @Test
    void aMessageWithoutArgumentsHasNone() {
        InboxMessage message = new InboxMessage(new MessagePort.Message(7, "case.warning", "inbox.case.due",
                List.of(), null), NOW);

        assertThat(message.args()).isEmpty();
    }

    @Test
    void isReadOnceAndKeepsTheFirstReading() {
        InboxMessage message = new InboxMessage(new MessagePort.Message(7, "t", "k", List.of("a"), null), NOW);

        assertThat(message.isRead()).isFalse();
        message.read(NOW.plusSeconds(60));
        message.read(NOW.plusSeconds(120));

        assertThat(message.readAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
