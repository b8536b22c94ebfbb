package org.linli.tenants.volunteering;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.CommunityId;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Volunteer activities and sign-ups: organisers publish and cancel activities; verified residents browse the
 * tenant's upcoming ones, sign up while places remain, cancel before the start and list their own. Every change of
 * an activity's places happens with its row locked, so concurrent sign-ups never overbook it.
 */
@ApplicationService
public class VolunteeringService {

    /** A resident's upcoming activities: nobody attends more than this many at once. */
    static final int MAX_MINE = 100;
    /** A tenant's communities: a district has dozens. */
    static final int MAX_COMMUNITIES = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Organisers organisers;

    @Inject
    ResidentDirectory residents;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /** One of the signed-in resident's sign-ups with its activity. */
    public record MySignUp(Activity activity, SignUp signUp) {
    }

    /**
     * Publishes an activity. Staff of a volunteer organisation publish for their own organisation whatever they ask;
     * operators name the organisation ({@code organiserId}) or none for the tenant.
     */
    @Audited("volunteer.activity.publish")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public Activity publish(ActivityCommands.NewActivity command) {
        TenantContext.require();
        validator.validate(command);
        Organisers.Scope scope = organisers.scope();
        Long organiser = scope.everything() ? command.organiserId() : scope.organisation();
        if (scope.everything() && organiser != null) {
            Provider provider = em.find(Provider.class, organiser);
            if (provider == null || provider.kind() != ProviderKind.VOLUNTEER_ORGANISATION) {
                throw DomainException.invalid(FieldError.of("organiserId", "volunteer_not_organisation"));
            }
        }
        if (em.find(Community.class, command.communityId()) == null) {
            throw DomainException.invalid(FieldError.of("communityId", "community_not_found"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Activity activity = new Activity(command, organiser, secret, clock.instant(),
                CurrentUser.require().username());
        em.persist(activity);
        return activity;
    }

    /** The organiser calls an activity off before it starts; its sign-ups simply lapse with it. */
    @Audited("volunteer.activity.cancel")
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public Activity cancel(@AuditTarget ActivityId id) {
        Activity activity = organisers.organised(id, true);
        activity.cancel(clock.instant());
        return activity;
    }

    /** The tenant's communities, by name, for organisers to place an activity in (staff cannot read the registry). */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public List<Community> communities() {
        TenantContext.require();
        return em.createQuery("select c from Community c order by c.name, c.id", Community.class)
                .setMaxResults(MAX_COMMUNITIES).getResultList();
    }

    /** The tenant's published activities that have not ended yet, soonest first; optionally of one community. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_JOIN)
    public Page<Activity> upcoming(CommunityId community, PageRequest page) {
        TenantContext.require();
        PagedQuery<Activity> query = PagedQuery.of(em, Activity.class, "a")
                .filter("a.status = :status", "status", ActivityStatus.PUBLISHED)
                .filter("a.endsAt > :now", "now", clock.instant());
        if (community != null) {
            query.filter("a.communityId = :community", "community", community.value());
        }
        return query.page("a.startsAt, a.id", page);
    }

    /** A published, cancelled or finished activity of the tenant, as residents and operators see it. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_JOIN)
    public Activity get(ActivityId id) {
        TenantContext.require();
        return organisers.find(id, false);
    }

    /** The activities the caller organises, newest start first, in every state. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public Page<Activity> organised(PageRequest page) {
        TenantContext.require();
        Organisers.Scope scope = organisers.scope();
        PagedQuery<Activity> query = PagedQuery.of(em, Activity.class, "a");
        if (!scope.everything()) {
            query.filter("a.organiserId = :organiser", "organiser", scope.organisation());
        }
        return query.page("a.startsAt desc, a.id desc", page);
    }

    /** One activity the caller organises. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_ORGANISE)
    public Activity organisedActivity(ActivityId id) {
        TenantContext.require();
        return organisers.organised(id, false);
    }

    /**
     * The signed-in verified resident signs up: while the activity is published, before its start and while a place
     * remains. Signing up again while holding a place is {@code volunteer_already_signed_up}.
     */
    @Audited("volunteer.sign-up")
    @RequiresPermission(Permissions.VOLUNTEER_JOIN)
    public MySignUp signUp(@AuditTarget ActivityId id) {
        var me = residents.me();
        Activity activity = organisers.find(id, true);
        Instant now = clock.instant();
        Optional<SignUp> earlier = signUpOf(activity, me.id().value());
        if (earlier.isPresent() && earlier.get().holdsPlace()) {
            throw DomainException.conflict("volunteer_already_signed_up");
        }
        activity.holdPlace(now);
        SignUp signUp = earlier.orElse(null);
        if (signUp == null) {
            signUp = new SignUp(activity.id(), me.id(), now);
            em.persist(signUp);
        } else {
            signUp.rejoin(now);
        }
        return new MySignUp(activity, signUp);
    }

    /** The resident gives their place back, before the start. */
    @Audited("volunteer.sign-up.cancel")
    @RequiresPermission(Permissions.VOLUNTEER_JOIN)
    public MySignUp cancelSignUp(@AuditTarget ActivityId id) {
        var me = residents.me();
        Activity activity = organisers.find(id, true);
        SignUp signUp = signUpOf(activity, me.id().value()).filter(SignUp::holdsPlace)
                .orElseThrow(() -> DomainException.conflict("volunteer_not_signed_up"));
        signUp.cancel();
        activity.releasePlace(clock.instant());
        return new MySignUp(activity, signUp);
    }

    /** The signed-in resident's activities still to come or running, soonest first. */
    @Query
    @RequiresPermission(Permissions.VOLUNTEER_JOIN)
    public List<MySignUp> mine() {
        var me = residents.me();
        List<Object[]> rows = em.createQuery("select a, s from Activity a, SignUp s where s.activityId = a.id"
                        + " and s.residentId = :me and s.status <> :cancelled and a.status = :published"
                        + " and a.endsAt > :now order by a.startsAt, a.id", Object[].class)
                .setParameter("me", me.id().value()).setParameter("cancelled", SignUpStatus.CANCELLED)
                .setParameter("published", ActivityStatus.PUBLISHED).setParameter("now", clock.instant())
                .setMaxResults(MAX_MINE).getResultList();
        return rows.stream().map(row -> new MySignUp((Activity) row[0], (SignUp) row[1])).toList();
    }

    private Optional<SignUp> signUpOf(Activity activity, long resident) {
        return em.createQuery("select s from SignUp s where s.activityId = :activity and s.residentId = :resident",
                        SignUp.class).setParameter("activity", activity.id().value())
                .setParameter("resident", resident).getResultStream().findFirst();
    }
}
