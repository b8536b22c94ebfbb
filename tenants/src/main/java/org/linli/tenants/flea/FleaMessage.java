package org.linli.tenants.flea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Duration;
import java.time.Instant;

/** A plain-text message between the buyer and the seller of one reservation; purged {@link #KEPT} after sending. */
@Entity
@Table(name = "flea_message")
public class FleaMessage extends TenantOwned {

    /** How long messages are kept. */
    public static final Duration KEPT = Duration.ofDays(90);
    /** The longest message. */
    public static final int MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flea_message_seq")
    @SequenceGenerator(name = "flea_message_seq", sequenceName = "flea_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "reservation_id", nullable = false)
    private long reservationId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected FleaMessage() {
    }

    FleaMessage(long reservationId, long authorId, String body, Instant now) {
        this.reservationId = reservationId;
        this.authorId = authorId;
        this.body = body;
        this.sentAt = now;
    }

    public long id() {
        return id;
    }

    public long reservationId() {
        return reservationId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
