package org.linli.tenants.points;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How residents earn points in the tenant acted for: operators define versioned earning rules per event kind;
 * events (minutes credited, orders reviewed, forms answered, check-ins) are awarded by the rule version in force,
 * within its daily cap and active period, as lots of the {@link PointsWallet}. No rule in force, no points.
 */
@ApplicationService
public class EarningService {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    PointsWallet wallet;

    @Inject
    ResidentDirectory residents;

    @Inject
    Clock clock;

    /** What a check-in earned: the lot, or none when no rule is in force or the daily cap is reached. */
    public record CheckIn(ResidentId resident, String topic, long points, Long lotId, Integer ruleVersion) {
    }

    /** A page of every version of every rule: active first, then by kind and topic, newest version first. */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Page<EarningRule> rules(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, EarningRule.class, "r").page("r.status, r.kind, r.topic, r.version desc", page);
    }

    /**
     * Puts {@code terms} in force for {@code kind} (and {@code topic}, which check-ins need and other kinds must not
     * have): the active version, if any, is retired and the new one numbered after every earlier version.
     */
    @Audited("points.rule.define")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public EarningRule define(@AuditTarget EventKind kind, String topic, EarningTerms terms) {
        TenantContext.require();
        if (kind == null) {
            throw DomainException.invalid(FieldError.of("kind", "required"));
        }
        if (!kind.earnedByRules()) {
            throw DomainException.invalid(FieldError.of("kind", "points_kind_not_earned"));
        }
        if (terms == null) {
            throw DomainException.invalid(FieldError.of("points", "required"));
        }
        String clean = topic(kind, topic);
        List<EarningRule> versions = versions(kind, clean);
        versions.stream().filter(rule -> rule.status() == EarningRuleStatus.ACTIVE)
                .forEach(rule -> rule.retire(clock.instant()));
        em.flush();
        int version = versions.stream().mapToInt(EarningRule::version).max().orElse(0) + 1;
        EarningRule rule = new EarningRule(kind, clean, version, terms, clock.instant());
        em.persist(rule);
        return rule;
    }

    /** Ends a rule version: its events earn nothing from now on. */
    @Audited("points.rule.retire")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public EarningRule retire(@AuditTarget long ruleId) {
        TenantContext.require();
        EarningRule rule = em.find(EarningRule.class, ruleId);
        if (rule == null) {
            throw DomainException.notFound("points_rule_not_found");
        }
        rule.retire(clock.instant());
        return rule;
    }

    /**
     * Awards {@code event} by the rule version in force today, within its daily cap; once per event source. Empty
     * when no rule is in force, the event is worth nothing, or the cap is reached. Runs as the tenant's system job,
     * in the transaction of the event.
     */
    @Audited("points.earn")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Optional<PointsLot> earn(EarningEvent event) {
        TenantContext.require();
        Optional<EarningRule> rule = EarningRule.inForce(versions(event.kind(), event.topic()),
                MemberBalances.today(clock));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        EarningTerms terms = rule.get().terms();
        long points = terms.pointsFor(event.kind(), event.quantity());
        if (points <= 0) {
            return Optional.empty();
        }
        return wallet.award(new Award(event.resident(), points, event.source(), event.kind(), event.topic(),
                rule.get().id(), rule.get().version(), event.memo(), terms.dailyCap()));
    }

    /**
     * Records that {@code resident} checked in for {@code topic} (e.g. garbage sorting at a station) and awards the
     * check-in rule of that topic. A resident of another tenant is not found.
     */
    @Audited("points.check-in")
    @RequiresPermission(Permissions.POINTS_CHECK_IN)
    public CheckIn checkIn(@AuditTarget ResidentId resident, String topic) {
        TenantContext.require();
        if (resident == null) {
            throw DomainException.invalid(FieldError.of("residentId", "required"));
        }
        String clean = topic(EventKind.CHECK_IN, topic);
        CallerContext job = CallerContext.system("points-check-in", TenantContext.require());
        job.call(() -> residents.get(resident));
        Optional<PointsLot> lot = job.call(() -> earn(new EarningEvent(EventKind.CHECK_IN, clean, resident, 1,
                "check-in:" + UUID.randomUUID(), clean)));
        return new CheckIn(resident, clean, lot.map(PointsLot::points).orElse(0L), lot.map(PointsLot::id).orElse(null),
                lot.map(PointsLot::ruleVersion).orElse(null));
    }

    private static String topic(EventKind kind, String topic) {
        String clean = topic == null || topic.isBlank() ? null : topic.strip();
        if (kind == EventKind.CHECK_IN) {
            if (clean == null || !TOPIC.matcher(clean).matches()) {
                throw DomainException.invalid(FieldError.of("topic", clean == null ? "required" : "format"));
            }
            return clean;
        }
        if (clean != null) {
            throw DomainException.invalid(FieldError.of("topic", "only_check_in"));
        }
        return null;
    }

    private List<EarningRule> versions(EventKind kind, String topic) {
        String which = topic == null ? "r.topic is null" : "r.topic = :topic";
        var query = em.createQuery("select r from EarningRule r where r.kind = :kind and " + which
                + " order by r.version", EarningRule.class).setParameter("kind", kind);
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        return query.getResultList();
    }
}
