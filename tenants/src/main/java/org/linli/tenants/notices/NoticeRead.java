package org.linli.tenants.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One resident's reading of one notice: when they first opened it and, apart from that, when they acknowledged it.
 * At most one per notice and resident (a unique key); later openings change nothing, so the first time is kept.
 */
@Entity
@Table(name = "notice_read")
public class NoticeRead extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_read_seq")
    @SequenceGenerator(name = "notice_read_seq", sequenceName = "notice_read_seq", allocationSize = 50)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected NoticeRead() {
    }

    NoticeRead(long noticeId, long residentId, Instant now) {
        this.noticeId = noticeId;
        this.residentId = residentId;
        this.readAt = stored(now);
    }

    /** Records the acknowledgement, once: the first one is kept. */
    void acknowledge(Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = stored(now);
        }
    }

    /**
     * The time as the database keeps it (microseconds), so that the answer of the request that records a reading
     * shows the same time as every later one.
     */
    private static Instant stored(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }

    public long noticeId() {
        return noticeId;
    }

    public long residentId() {
        return residentId;
    }

    public Instant readAt() {
        return readAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
