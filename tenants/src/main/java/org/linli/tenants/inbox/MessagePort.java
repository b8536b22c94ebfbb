package org.linli.tenants.inbox;

import java.util.List;

/**
 * Sends a message to one user of the tenant bound to the caller, in the transaction of the change that caused it.
 * The text is an i18n key with arguments, so that each recipient reads it in their own language; the link is an
 * application path (e.g. {@code /cases/42}) that opens what the message is about.
 */
public interface MessagePort {

    void send(Message message);

    /**
     * @param recipientUserId the user account told
     * @param topic           what kind of message it is, for filtering and muting (e.g. {@code notice.reminder})
     * @param key             the i18n key of the text, in the ui bundles
     * @param args            the key's arguments, already formatted
     * @param link            the application path the message opens, or null
     */
    record Message(long recipientUserId, String topic, String key, List<String> args, String link) {
        public Message {
            args = List.copyOf(args);
        }
    }
}
