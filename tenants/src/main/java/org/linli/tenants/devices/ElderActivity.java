package org.linli.tenants.devices;

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
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.inbox.MessagePort;
import org.linli.tenants.registry.structure.Household;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The no-activity rule for elders living alone (独居老人): residents tagged ELDERLY_ALONE whose home has a door sensor
 * or water meter are watched. When the home has been still too long in the daytime ({@link DaytimeSilence}) a
 * concern is raised and the elder's circle ({@link ActivityCircle}: family, the elder, the elder-care provider's
 * staff) is told in the inbox; if nobody acknowledges it within the rule's time, a case (source DEVICE) is opened
 * in the home's grid. The home's next door or water event ends the concern. {@link DeviceWatch} sweeps every five
 * minutes; one current concern per elder at a time.
 */
@ApplicationService
public class ElderActivity {

    static final String TOPIC = "device.activity";
    private static final String STOREFRONT_LINK = "/family-care";
    private static final String CONSOLE_LINK = "/activity-concerns";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    DeviceBook book;

    @Inject
    ActivityCircle circle;

    @Inject
    CaseDesk cases;

    @Inject
    CaseCategories categories;

    @Inject
    MessagePort messages;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** An elder being watched: where they live, since when devices watch the home, its last activity (or null). */
    record Watched(long residentId, String name, long householdId, Long gridId, long communityId,
                   Instant watchedFrom, Instant lastActivity) {

        /** The same elder watched by one more device: watched since the first, active as of the latest. */
        Watched with(Watched other) {
            Instant from = other.watchedFrom.isBefore(watchedFrom) ? other.watchedFrom : watchedFrom;
            Instant last = lastActivity == null || (other.lastActivity != null
                    && other.lastActivity.isAfter(lastActivity)) ? other.lastActivity : lastActivity;
            return new Watched(residentId, name, householdId, gridId, communityId, from, last);
        }
    }

    /** What a sweep did. */
    public record Sweep(int watched, int raised, int escalated, int resolved) {
    }

    /** A concern as its readers see it: the elder by name and the home's address (they know both already). */
    public record ConcernView(ActivityConcern concern, String elderName, String address, Instant acknowledgeBy) {
    }

    @Query
    @RequiresPermission(Permissions.DEVICE_READ)
    public DeviceCommands.ActivitySettings rule() {
        return current().settings();
    }

    @Audited("device.activity.rule")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public DeviceCommands.ActivitySettings changeRule(DeviceCommands.ActivitySettings settings) {
        validator.validate(settings);
        if (settings.categoryId() != null && categories.list().stream()
                .noneMatch(category -> category.id() == settings.categoryId())) {
            throw DomainException.invalid(FieldError.of("categoryId", "case_category_not_found"));
        }
        ActivityRule rule = stored().orElseGet(() -> {
            ActivityRule created = ActivityRule.defaults();
            em.persist(created);
            return created;
        });
        rule.change(settings);
        return rule.settings();
    }

    /** Raises, escalates and ends the tenant's concerns as of now (see the class description). */
    @Audited("device.activity.sweep")
    @RequiresPermission(Permissions.DEVICE_MANAGE)
    public Sweep sweep() {
        TenantContext.require();
        Instant now = clock.instant();
        ActivityRule rule = current();
        DaytimeSilence silence = rule.silence(book.zone());
        Map<Long, ActivityConcern> open = new HashMap<>();
        em.createQuery("select c from ActivityConcern c where c.state <> :resolved", ActivityConcern.class)
                .setParameter("resolved", ConcernState.RESOLVED).getResultList()
                .forEach(concern -> open.put(concern.elderId(), concern));
        List<Watched> watched = watched();
        int raised = 0;
        int escalated = 0;
        int resolved = 0;
        for (Watched elder : watched) {
            ActivityConcern concern = open.remove(elder.residentId());
            if (concern != null && endsAt(concern, elder, silence, now)) {
                end(concern, elder, now);
                resolved++;
                concern = null;
            }
            if (concern == null) {
                Optional<Instant> since = rule.enabled()
                        ? silence.concernAt(now, elder.lastActivity(), elder.watchedFrom()) : Optional.empty();
                if (since.isPresent()) {
                    raise(elder, since.get(), now);
                    raised++;
                }
            } else if (concern.state() == ConcernState.OPEN
                    && !concern.raisedAt().plus(rule.acknowledgeWithin()).isAfter(now)) {
                escalate(concern, elder, rule);
                escalated++;
            }
        }
        for (ActivityConcern unwatched : open.values()) {
            unwatched.resolve(now);
            resolved++;
        }
        return new Sweep(watched.size(), raised, escalated, resolved);
    }

    /** Concerns the caller may see, the newest first. */
    @Query
    @RequiresPermission(Permissions.DEVICE_ACKNOWLEDGE)
    public Page<ConcernView> concerns(boolean currentOnly, PageRequest page) {
        TenantContext.require();
        Actor actor = CurrentUser.require();
        PagedQuery<ActivityConcern> query = PagedQuery.of(em, ActivityConcern.class, "c");
        circle.limitFor(actor).ifPresent(limit -> query.filter(limit, "me", actor.accountId()));
        if (currentOnly) {
            query.filter("c.state <> :resolved", "resolved", ConcernState.RESOLVED);
        }
        Page<ActivityConcern> found = query.page("c.raisedAt desc, c.id desc", page);
        Map<Long, String> names = names(found.items().stream().map(ActivityConcern::elderId).toList());
        Duration within = current().acknowledgeWithin();
        return found.map(concern -> view(concern, names.get(concern.elderId()), within));
    }

    /** One concern, if the caller may see it. */
    @Query
    @RequiresPermission(Permissions.DEVICE_ACKNOWLEDGE)
    public ConcernView concern(long id) {
        ActivityConcern concern = visible(id);
        return view(concern, names(List.of(concern.elderId())).get(concern.elderId()),
                current().acknowledgeWithin());
    }

    /**
     * Someone of the elder's circle (or the tenant's device staff) saw to it, with what they say ("called her, she is
     * fine"). An open concern is then acknowledged and no case will be opened; an escalated one's case is told.
     */
    @Audited("device.activity.acknowledge")
    @RequiresPermission(Permissions.DEVICE_ACKNOWLEDGE)
    public ConcernView acknowledge(@AuditTarget long id, String note) {
        if (note != null && note.strip().length() > 200) {
            throw DomainException.invalid(FieldError.of("note", "size", 0, 200));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        ActivityConcern concern = visible(id);
        Actor actor = CurrentUser.require();
        concern.acknowledge(actor.accountId(), actor.displayName(), text, clock.instant());
        String name = names(List.of(concern.elderId())).get(concern.elderId());
        if (concern.caseId() != null) {
            // The circle may not touch cases; Linli notes it on their behalf, as it noted the escalation.
            CallerContext.system("device-activity", TenantContext.require()).run(() -> cases.noteFromDevice(
                    concern.caseId(), text == null ? DeviceCaseTexts.of("elder-acknowledged", actor.displayName())
                            : DeviceCaseTexts.of("elder-acknowledged.note", actor.displayName(), text)));
        }
        for (long account : circle.of(concern.elderId())) {
            if (account != actor.accountId()) {
                tell(account, "inbox.activity.acknowledged", name, actor.displayName());
            }
        }
        return view(concern, name, current().acknowledgeWithin());
    }

    private boolean endsAt(ActivityConcern concern, Watched elder, DaytimeSilence silence, Instant now) {
        boolean active = elder.lastActivity() != null && elder.lastActivity().isAfter(concern.silentSince());
        // An acknowledged concern covers its own day; the next day's stillness is judged afresh.
        boolean newDay = concern.state() == ConcernState.ACKNOWLEDGED
                && concern.silentSince().isBefore(silence.startOfDayAt(now));
        return active || newDay;
    }

    private void raise(Watched elder, Instant since, Instant now) {
        em.persist(new ActivityConcern(elder, since, now));
        String at = TIME.format(since.atZone(book.zone()));
        circle.of(elder.residentId()).forEach(account -> tell(account, "inbox.activity.raised", elder.name(), at));
    }

    private void escalate(ActivityConcern concern, Watched elder, ActivityRule rule) {
        long category = rule.categoryId() != null ? rule.categoryId()
                : book.category(AlertPolicy.DefaultCategory.ELDER_INACTIVE);
        String since = TIME.format(concern.silentSince().atZone(book.zone()));
        long caseId = cases.fileForDevice(new CaseCommands.DeviceReport(category, DeviceCaseTexts.of("elder-still",
                since, rule.acknowledgeWithin().toMinutes(), elder.name()), PlaceKind.HOUSEHOLD,
                elder.communityId(), null, elder.householdId(), null)).civicCase().id();
        concern.escalate(caseId);
        circle.of(elder.residentId()).forEach(account -> tell(account, "inbox.activity.escalated", elder.name(),
                "#" + caseId));
    }

    private void end(ActivityConcern concern, Watched elder, Instant now) {
        ConcernState was = concern.state();
        concern.resolve(now);
        boolean active = elder.lastActivity() != null && elder.lastActivity().isAfter(concern.silentSince());
        if (!active) {
            return;
        }
        if (concern.caseId() != null) {
            cases.noteFromDevice(concern.caseId(), DeviceCaseTexts.of("elder-active",
                    TIME.format(elder.lastActivity().atZone(book.zone()))));
        }
        if (was != ConcernState.ACKNOWLEDGED) {
            circle.of(elder.residentId()).forEach(account -> tell(account, "inbox.activity.resumed", elder.name(),
                    TIME.format(elder.lastActivity().atZone(book.zone()))));
        }
    }

    private void tell(long account, String key, String... args) {
        boolean staff = em.createQuery("select count(s) from ProviderStaff s where s.userAccountId = :account",
                Long.class).setParameter("account", account).getSingleResult() > 0;
        messages.send(new MessagePort.Message(account, TOPIC, key, List.of(args),
                staff ? CONSOLE_LINK : STOREFRONT_LINK));
    }

    /** Active residents tagged as elders living alone with a home device that shows activity, as of now. */
    private List<Watched> watched() {
        // A row per device, folded here: PostgreSQL answers min/max of a timestamp column past the Instant converter.
        Map<Long, Watched> byElder = new LinkedHashMap<>();
        em.createQuery("select r.id, r.name, r.householdId, r.gridId, r.communityId, d.createdAt, d.lastActivityAt"
                        + " from Resident r, ResidentTag t, Device d"
                        + " where t.residentId = r.id"
                        + " and t.tag = org.linli.tenants.registry.residents.Tag.ELDERLY_ALONE"
                        + " and r.status = org.linli.tenants.registry.residents.ResidentStatus.ACTIVE"
                        + " and d.householdId = r.householdId and d.kind in :kinds and d.state <> :retired"
                        + " order by r.id", Object[].class)
                .setParameter("kinds", List.of(DeviceKind.DOOR_SENSOR, DeviceKind.WATER_METER))
                .setParameter("retired", DeviceState.RETIRED).getResultList()
                .forEach(row -> byElder.merge((Long) row[0], new Watched((Long) row[0], (String) row[1],
                        (Long) row[2], (Long) row[3], (Long) row[4], (Instant) row[5], (Instant) row[6]),
                        Watched::with));
        return List.copyOf(byElder.values());
    }

    private Map<Long, String> names(List<Long> residentIds) {
        Map<Long, String> names = new HashMap<>();
        if (!residentIds.isEmpty()) {
            em.createQuery("select r.id, r.name from Resident r where r.id in :ids", Object[].class)
                    .setParameter("ids", residentIds).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private ConcernView view(ActivityConcern concern, String name, Duration within) {
        Household home = em.find(Household.class, concern.householdId());
        return new ConcernView(concern, name, home == null ? null : home.address(),
                concern.state() == ConcernState.OPEN ? concern.raisedAt().plus(within) : null);
    }

    private ActivityConcern visible(long id) {
        TenantContext.require();
        ActivityConcern concern = em.find(ActivityConcern.class, id);
        if (concern == null || !circle.includes(CurrentUser.require(), concern.elderId())) {
            throw DomainException.notFound("activity_concern_not_found");
        }
        return concern;
    }

    private Optional<ActivityRule> stored() {
        return em.createQuery("select r from ActivityRule r", ActivityRule.class).getResultStream().findFirst();
    }

    private ActivityRule current() {
        return stored().orElseGet(ActivityRule::defaults);
    }
}
