package org.linli.tenants.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.util.Base64;

/**
 * A volunteer activity (志愿活动) of a community, run by the tenant or by a volunteer organisation.
 *
 * <p>Lifecycle: {@code PUBLISHED} → {@code CANCELLED} (by the organiser, before the start); {@code PUBLISHED} →
 * {@code VERIFIED} (the organiser fixes the attendance once the activity has ended) → {@code CREDITED} (one ledger
 * posting pays every attendee); a reversed credit goes back to {@code PUBLISHED} with a new credit round, so that the
 * attendance can be corrected, verified and credited again under a new idempotency key.
 *
 * <p>Invariants: it ends after it starts; {@code 0 ≤ taken ≤ places}, where {@code taken} counts the sign-ups holding
 * a place (signed up, attended or no-show, walk-ins included) — every change of it happens with this row locked, so
 * that concurrent sign-ups never overbook; residents sign up and cancel only before the start; attendance changes
 * only while it is {@code PUBLISHED}; the QR secret never leaves the server.
 */
@Entity
@Table(name = "volunteer_activity")
public class Activity extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_activity_seq")
    @SequenceGenerator(name = "volunteer_activity_seq", sequenceName = "volunteer_activity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    /** The volunteer organisation (a provider) that runs it; null when the tenant itself does. */
    @Column(name = "organiser_id")
    private Long organiserId;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "taken", nullable = false)
    private int taken;

    @Column(name = "skills", length = 200)
    private String skills;

    @Column(name = "minutes_per_attendee")
    private Long minutesPerAttendee;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActivityStatus status;

    @Column(name = "qr_secret", nullable = false, length = 64)
    private String qrSecret;

    @Column(name = "credit_round", nullable = false)
    private int creditRound;

    @Column(name = "credit_posting_id")
    private Long creditPostingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected Activity() {
    }

    Activity(ActivityCommands.NewActivity command, Long organiserId, byte[] secret, Instant now, String createdBy) {
        if (!command.endsAt().isAfter(command.startsAt())) {
            throw DomainException.invalid(FieldError.of("endsAt", "after_start"));
        }
        this.communityId = command.communityId();
        this.organiserId = organiserId;
        this.title = command.title().strip();
        this.description = command.description();
        this.place = command.place().strip();
        this.startsAt = command.startsAt();
        this.endsAt = command.endsAt();
        this.places = command.places();
        this.skills = command.skills() == null || command.skills().isBlank() ? null : command.skills().strip();
        this.minutesPerAttendee = command.minutesPerAttendee();
        this.status = ActivityStatus.PUBLISHED;
        this.qrSecret = Base64.getEncoder().encodeToString(secret);
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** A resident takes a place: only while published, before the start, and while places remain. */
    void holdPlace(Instant now) {
        if (!now.isBefore(startsAt)) {
            throw DomainException.conflict("volunteer_activity_started");
        }
        holdAnyPlace();
    }

    /**
     * A walk-in (scanned in without signing up) or a volunteer the organiser enrols takes a place: allowed after the
     * start too, while the activity is open and places remain.
     */
    void holdAnyPlace() {
        requireOpen();
        if (taken >= places) {
            throw DomainException.conflict("volunteer_activity_full");
        }
        taken++;
    }

    /** A sign-up cancelled before the start gives its place back. */
    void releasePlace(Instant now) {
        requireOpen();
        if (!now.isBefore(startsAt)) {
            throw DomainException.conflict("volunteer_activity_started");
        }
        if (taken > 0) {
            taken--;
        }
    }

    void cancel(Instant now) {
        requireOpen();
        if (!now.isBefore(startsAt)) {
            throw DomainException.conflict("volunteer_activity_started");
        }
        status = ActivityStatus.CANCELLED;
    }

    /** Attendance is recorded and corrected only while the activity is open. */
    void requireOpen() {
        if (status != ActivityStatus.PUBLISHED) {
            throw DomainException.conflict("volunteer_activity_closed", status.name());
        }
    }

    /** The organiser fixes the attendance, once the activity has ended. */
    void verify(Instant now) {
        requireOpen();
        if (now.isBefore(endsAt)) {
            throw DomainException.conflict("volunteer_activity_not_ended");
        }
        status = ActivityStatus.VERIFIED;
    }

    void credited(long postingId) {
        if (status != ActivityStatus.VERIFIED) {
            throw DomainException.conflict("volunteer_activity_not_verified");
        }
        creditPostingId = postingId;
        status = ActivityStatus.CREDITED;
    }

    /** A reversed credit reopens the attendance; the next credit is a new round under a new key. */
    void reopen() {
        if (status != ActivityStatus.CREDITED) {
            throw DomainException.conflict("volunteer_activity_not_credited");
        }
        creditPostingId = null;
        creditRound++;
        status = ActivityStatus.PUBLISHED;
    }

    /** The idempotency key of this round's credit posting: a retry of it writes nothing new. */
    String creditKey() {
        return "volunteer-credit:activity:" + id + ":" + creditRound;
    }

    String reversalKey() {
        return "volunteer-credit-reversal:activity:" + id + ":" + creditRound;
    }

    /** The business reference of the activity's postings. */
    public String reference() {
        return "activity:" + id;
    }

    /** What {@code signUp} earns by {@link Crediting}'s rule. */
    long minutesFor(SignUp signUp) {
        if (signUp.status() != SignUpStatus.ATTENDED) {
            return 0;
        }
        return Crediting.minutes(minutesPerAttendee, startsAt, endsAt, signUp.checkedInAt(), signUp.checkedOutAt());
    }

    byte[] secret() {
        return Base64.getDecoder().decode(qrSecret);
    }

    public ActivityId id() {
        return new ActivityId(id);
    }

    public long communityId() {
        return communityId;
    }

    public Long organiserId() {
        return organiserId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String place() {
        return place;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int places() {
        return places;
    }

    public int taken() {
        return taken;
    }

    public int placesLeft() {
        return Math.max(0, places - taken);
    }

    public String skills() {
        return skills;
    }

    public Long minutesPerAttendee() {
        return minutesPerAttendee;
    }

    public ActivityStatus status() {
        return status;
    }

    public Long creditPostingId() {
        return creditPostingId;
    }

    public int creditRound() {
        return creditRound;
    }

    @Override
    public String auditName() {
        return "volunteer-activity:" + id;
    }
}
