package org.linli.tenants.volunteering;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.timebank.TimeBankAccounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Attendance and crediting of an activity. The organiser checks attendees in and out, or shows the rotating
 * {@link AttendanceCode} that attendees scan; once the activity has ended the organiser verifies the list (who never
 * came becomes a no-show) and credits it: one ledger posting debits the time bank's issuing account and credits each
 * attendee's time account, under a key per activity and credit round, and {@link MinutesCredited} is fired per
 * attendee. Corrections are reversals, which reopen the attendance for a new round.
 *
 * <p>Walk-ins: a verified resident who did not sign up may check in by scanning while the activity has a place left;
 * the walk-in takes that place. When none is left the scan is refused ({@code volunteer_activity_full}).
 */
@ApplicationService
public class AttendanceService {

    static final String CREDIT_KIND = "volunteer-credit";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Organisers organisers;

    @Inject
    ResidentDirectory residents;

    @Inject
    VolunteerNames names;

    @Inject
    Ledger ledger;

    @Inject
    Event<MinutesCredited> credits;

    @Inject
    Clock clock;

    /** One line of the attendance list: the sign-up, the volunteer's name as the caller may see it, the minutes. */
    public record Attendee(SignUp signUp, String name, long minutes) {
    }

    /** A code to show, the storefront address that carries it, and when it stops being accepted. */
    public record ShownCode(String code, String path, Direction direction, Instant expiresAt) {
    }

    /** What a scan did: {@code counted} false when the same direction had been recorded already. */
    public record ScanOutcome(Activity activity, Direction direction, boolean counted, boolean walkIn, Instant at) {
    }

    /** The activity's sign-ups (cancelled ones included) in the order they came, with the minutes they earn. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public List<Attendee> attendance(ActivityId id) {
        Activity activity = organisers.organised(id, false);
        List<SignUp> signUps = signUps(activity);
        var shown = names.of(signUps.stream().map(SignUp::resident).toList());
        return signUps.stream().map(s -> new Attendee(s, shown.get(s.resident().value()),
                s.creditedMinutes() != null ? s.creditedMinutes() : activity.minutesFor(s))).toList();
    }

    /** The organiser enrols a verified resident who signed up another way (by phone, on paper), taking a place. */
    @Audited("volunteer.attendance.enrol")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public SignUp enrol(@AuditTarget ActivityId id, ResidentId resident) {
        Activity activity = organisers.organised(id, true);
        Resident person = resident == null ? null : em.find(Resident.class, resident.value());
        if (person == null || person.status() != ResidentStatus.ACTIVE) {
            throw DomainException.invalid(FieldError.of("residentId", "resident_not_found"));
        }
        return takePlace(activity, resident);
    }

    /** The organiser checks an attendee in (now); doing it twice changes nothing. */
    @Audited("volunteer.attendance.check-in")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public SignUp checkIn(@AuditTarget ActivityId id, long signUpId) {
        Activity activity = organisers.organised(id, true);
        activity.requireOpen();
        SignUp signUp = signUp(activity, signUpId);
        signUp.checkIn(clock.instant());
        return signUp;
    }

    /** The organiser checks an attendee out (now); doing it twice changes nothing. */
    @Audited("volunteer.attendance.check-out")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public SignUp checkOut(@AuditTarget ActivityId id, long signUpId) {
        Activity activity = organisers.organised(id, true);
        activity.requireOpen();
        SignUp signUp = signUp(activity, signUpId);
        signUp.checkOut(clock.instant());
        return signUp;
    }

    /** The organiser corrects an attendee's times before verifying (a forgotten scan, a wrong button). */
    @Audited("volunteer.attendance.correct")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public SignUp correct(@AuditTarget ActivityId id, long signUpId, ActivityCommands.AttendanceTimes times) {
        validator.validate(times);
        Activity activity = organisers.organised(id, true);
        activity.requireOpen();
        SignUp signUp = signUp(activity, signUpId);
        signUp.correct(times.checkedInAt(), times.checkedOutAt());
        return signUp;
    }

    /** The code the organiser's screen shows now for arrivals or departures. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public ShownCode code(ActivityId id, Direction direction) {
        Activity activity = organisers.organised(id, false);
        activity.requireOpen();
        if (direction == null) {
            throw DomainException.invalid(FieldError.of("direction", "required"));
        }
        Instant now = clock.instant();
        String code = AttendanceCode.issue(activity.secret(), TenantContext.require().value(), activity.id().value(),
                direction, now);
        return new ShownCode(code, "volunteer/scan?code=" + code, direction, AttendanceCode.expiresAt(now));
    }

    /**
     * The signed-in resident scanned an activity's code. A code of another tenant, of an unknown activity, altered
     * or expired is {@code volunteer_code_invalid} alike; arriving without a sign-up is a walk-in (see above).
     */
    @Audited("volunteer.attendance.scan")
    @RequiresPermission(Permissions.VOLUNTEER_JOIN)
    public ScanOutcome scan(String code) {
        var me = residents.me();
        Instant now = clock.instant();
        AttendanceCode.Parsed parsed = AttendanceCode.parse(code)
                .orElseThrow(() -> DomainException.conflict("volunteer_code_invalid"));
        Activity activity = em.find(Activity.class, parsed.activity(),
                LockModeType.PESSIMISTIC_WRITE);
        if (activity == null || !AttendanceCode.accepts(activity.secret(), TenantContext.require().value(), parsed,
                now)) {
            throw DomainException.conflict("volunteer_code_invalid");
        }
        activity.requireOpen();
        Optional<SignUp> existing = signUpOf(activity, me.id().value()).filter(SignUp::holdsPlace);
        if (parsed.direction() == Direction.IN) {
            SignUp signUp = existing.orElseGet(() -> takePlace(activity, me.id()));
            boolean counted = signUp.checkIn(now);
            return new ScanOutcome(activity, Direction.IN, counted, existing.isEmpty(), now);
        }
        SignUp signUp = existing.orElseThrow(() -> DomainException.conflict("volunteer_not_checked_in"));
        return new ScanOutcome(activity, Direction.OUT, signUp.checkOut(now), false, now);
    }

    /**
     * The organiser fixes the attendance once the activity has ended: sign-ups never checked in become no-shows,
     * attendees who forgot to check out are taken to have stayed until the scheduled end.
     */
    @Audited("volunteer.activity.verify")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public List<Attendee> verify(@AuditTarget ActivityId id) {
        Activity activity = organisers.organised(id, true);
        activity.verify(clock.instant());
        signUps(activity).forEach(s -> s.close(activity.endsAt()));
        return attendance(id);
    }

    /**
     * Credits a verified activity in one posting; calling it again answers the posting already written. Nothing to
     * credit (nobody attended) is {@code volunteer_nothing_to_credit}.
     */
    @Audited("volunteer.activity.credit")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public LedgerPosting credit(@AuditTarget ActivityId id) {
        Activity activity = organisers.organised(id, true);
        if (activity.status() == ActivityStatus.CREDITED) {
            return posting(activity.creditPostingId());
        }
        if (activity.status() != ActivityStatus.VERIFIED) {
            throw DomainException.conflict("volunteer_activity_not_verified");
        }
        List<SignUp> attendees = signUps(activity);
        PostingDraft.Builder draft = PostingDraft.of(CREDIT_KIND, activity.creditKey(), activity.reference())
                .memo(activity.title());
        long total = 0;
        for (SignUp signUp : attendees) {
            long minutes = activity.minutesFor(signUp);
            if (minutes > 0) {
                draft.credit(TimeBankAccounts.member(signUp.resident()), Asset.MINUTES, minutes);
                total = Math.addExact(total, minutes);
            }
        }
        if (total == 0) {
            throw DomainException.conflict("volunteer_nothing_to_credit");
        }
        PostingDraft built = draft.debit(TimeBankAccounts.ISSUE, Asset.MINUTES, total).build();
        TenantId tenant = TenantContext.require();
        LedgerPosting posting = CallerContext.system("volunteer-credit", tenant).call(() -> ledger.post(built));
        activity.credited(posting.id());
        for (SignUp signUp : attendees) {
            long minutes = activity.minutesFor(signUp);
            if (minutes > 0) {
                signUp.credit(minutes);
                credits.fire(new MinutesCredited(tenant, signUp.resident(), minutes, activity.id().value(),
                        activity.reference()));
            }
        }
        return posting;
    }

    /** Takes a credit back by a reversing posting and reopens the attendance for correction and a new round. */
    @Audited("volunteer.activity.reverse")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public LedgerPosting reverse(@AuditTarget ActivityId id, @AuditDetail String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw DomainException.invalid(FieldError.of("reason", "size", 1, 200));
        }
        Activity activity = organisers.organised(id, true);
        if (activity.status() != ActivityStatus.CREDITED) {
            throw DomainException.conflict("volunteer_activity_not_credited");
        }
        long original = activity.creditPostingId();
        String key = activity.reversalKey();
        LedgerPosting reversal = CallerContext.system("volunteer-credit", TenantContext.require())
                .call(() -> ledger.reverse(original, key, reason.strip()));
        activity.reopen();
        signUps(activity).forEach(SignUp::uncredit);
        return reversal;
    }

    private SignUp takePlace(Activity activity, ResidentId resident) {
        Optional<SignUp> earlier = signUpOf(activity, resident.value());
        if (earlier.isPresent() && earlier.get().holdsPlace()) {
            throw DomainException.conflict("volunteer_already_signed_up");
        }
        activity.holdAnyPlace();
        if (earlier.isPresent()) {
            earlier.get().rejoin(clock.instant());
            return earlier.get();
        }
        SignUp signUp = new SignUp(activity.id(), resident, clock.instant());
        em.persist(signUp);
        return signUp;
    }

    private LedgerPosting posting(long id) {
        return em.find(LedgerPosting.class, id);
    }

    private SignUp signUp(Activity activity, long signUpId) {
        SignUp signUp = em.find(SignUp.class, signUpId);
        if (signUp == null || signUp.activity().value() != activity.id().value()) {
            throw DomainException.notFound("volunteer_sign_up_not_found");
        }
        return signUp;
    }

    private List<SignUp> signUps(Activity activity) {
        return em.createQuery("select s from SignUp s where s.activityId = :activity order by s.signedUpAt, s.id",
                SignUp.class).setParameter("activity", activity.id().value())
                .setMaxResults(ActivityCommands.MAX_PLACES * 4).getResultList();
    }

    private Optional<SignUp> signUpOf(Activity activity, long resident) {
        return em.createQuery("select s from SignUp s where s.activityId = :activity and s.residentId = :resident",
                        SignUp.class).setParameter("activity", activity.id().value())
                .setParameter("resident", resident).getResultStream().findFirst();
    }
}
