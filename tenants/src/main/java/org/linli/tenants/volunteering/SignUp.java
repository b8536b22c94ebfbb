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
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Instant;

/**
 * One resident's place on an activity (at most one per resident and activity; cancelling and signing up again reuse
 * it). {@code SIGNED_UP} → {@code ATTENDED} on check-in, or → {@code CANCELLED} before the start, or →
 * {@code NO_SHOW} when the organiser verifies an attendance it never checked in to. Checking in or out twice is
 * harmless: the first time counts. Check-out never precedes check-in. The minutes credited are kept while the credit
 * stands and cleared when it is reversed.
 */
@Entity
@Table(name = "volunteer_sign_up")
public class SignUp extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_sign_up_seq")
    @SequenceGenerator(name = "volunteer_sign_up_seq", sequenceName = "volunteer_sign_up_seq", allocationSize = 50)
    private Long id;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SignUpStatus status;

    @Column(name = "signed_up_at", nullable = false)
    private Instant signedUpAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_out_at")
    private Instant checkedOutAt;

    @Column(name = "credited_minutes")
    private Long creditedMinutes;

    protected SignUp() {
    }

    SignUp(ActivityId activity, ResidentId resident, Instant now) {
        this.activityId = activity.value();
        this.residentId = resident.value();
        this.status = SignUpStatus.SIGNED_UP;
        this.signedUpAt = now;
    }

    /** True while it holds a place on the activity. */
    boolean holdsPlace() {
        return status != SignUpStatus.CANCELLED;
    }

    /** Signing up again after cancelling. */
    void rejoin(Instant now) {
        if (holdsPlace()) {
            throw DomainException.conflict("volunteer_already_signed_up");
        }
        status = SignUpStatus.SIGNED_UP;
        signedUpAt = now;
    }

    void cancel() {
        if (status != SignUpStatus.SIGNED_UP) {
            throw DomainException.conflict("volunteer_sign_up_not_cancellable", status.name());
        }
        status = SignUpStatus.CANCELLED;
    }

    /** Arrival; false (and nothing changes) when already checked in. */
    boolean checkIn(Instant at) {
        if (status == SignUpStatus.CANCELLED) {
            throw DomainException.conflict("volunteer_sign_up_cancelled");
        }
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = at;
        status = SignUpStatus.ATTENDED;
        return true;
    }

    /** Departure; false (and nothing changes) when already checked out. */
    boolean checkOut(Instant at) {
        if (checkedInAt == null) {
            throw DomainException.conflict("volunteer_not_checked_in");
        }
        if (checkedOutAt != null) {
            return false;
        }
        checkedOutAt = at.isBefore(checkedInAt) ? checkedInAt : at;
        return true;
    }

    /** The organiser's correction of the times, which also records a forgotten check-in. */
    void correct(Instant in, Instant out) {
        if (status == SignUpStatus.CANCELLED) {
            throw DomainException.conflict("volunteer_sign_up_cancelled");
        }
        if (out != null && out.isBefore(in)) {
            throw DomainException.invalid(FieldError.of("checkedOutAt", "after_check_in"));
        }
        checkedInAt = in;
        checkedOutAt = out;
        status = SignUpStatus.ATTENDED;
    }

    /** At verification: who never came is a no-show; who forgot to check out stayed until the scheduled end. */
    void close(Instant scheduledEnd) {
        if (status == SignUpStatus.SIGNED_UP) {
            status = SignUpStatus.NO_SHOW;
        } else if (status == SignUpStatus.ATTENDED && checkedOutAt == null) {
            checkedOutAt = scheduledEnd.isBefore(checkedInAt) ? checkedInAt : scheduledEnd;
        }
    }

    void credit(long minutes) {
        creditedMinutes = minutes;
    }

    void uncredit() {
        creditedMinutes = null;
    }

    public long id() {
        return id;
    }

    public ActivityId activity() {
        return new ActivityId(activityId);
    }

    public ResidentId resident() {
        return new ResidentId(residentId);
    }

    public SignUpStatus status() {
        return status;
    }

    public Instant signedUpAt() {
        return signedUpAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant checkedOutAt() {
        return checkedOutAt;
    }

    public Long creditedMinutes() {
        return creditedMinutes;
    }

    @Override
    public String auditName() {
        return "volunteer-sign-up:" + id;
    }
}
