package org.linli.tenants.inbox.rest;

import org.linli.tenants.inbox.InboxMessage;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link InboxResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class InboxApi {

    private InboxApi() {
    }

    public record MessageResponse(long id, String topic, String key, List<String> args, String link, Instant sentAt,
                                  Instant readAt) {

        static MessageResponse of(InboxMessage m) {
            return new MessageResponse(m.id(), m.topic(), m.key(), m.args(), m.link(), m.sentAt(), m.readAt());
        }
    }

    public record UnreadResponse(long unread) {
    }

    public record ReadAllResponse(int marked) {
    }
}
