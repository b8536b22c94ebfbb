package org.linli.tenants.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One message in a user's in-app inbox: an i18n key and its arguments (rendered in the reader's language), the path
 * it opens, when it was sent and read.
 */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends TenantOwned {

    /** Arguments are joined with this separator, which no formatted argument contains. */
    static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "topic", nullable = false, length = 60)
    private String topic;

    @Column(name = "text_key", nullable = false, length = 120)
    private String textKey;

    @Column(name = "text_args", nullable = false, length = 2000)
    private String textArgs;

    @Column(name = "link", length = 300)
    private String link;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    InboxMessage(MessagePort.Message message, Instant now) {
        this.recipientId = message.recipientUserId();
        this.topic = message.topic();
        this.textKey = message.key();
        this.textArgs = String.join(SEPARATOR, message.args().stream()
                .map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
        this.link = message.link();
        this.sentAt = now;
    }

    /** Marks the message read, once: the first reading is the one kept. */
    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return textKey;
    }

    public List<String> args() {
        return textArgs.isEmpty() ? List.of() : Arrays.asList(textArgs.split(SEPARATOR, -1));
    }

    public String link() {
        return link;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
