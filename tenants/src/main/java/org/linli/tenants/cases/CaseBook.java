package org.linli.tenants.cases;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.inbox.MessagePort;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.structure.Building;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case services' shared reads and writes: a plain bean, so that calls between the services' own steps do not
 * pass their permission checks again. Categories (seeded on first use), the tenant's calendar and deadlines, cases
 * with their steps and photos, and messages to users.
 */
@Dependent
class CaseBook {

    /** A timeline is answered whole up to this many steps. */
    static final int MAX_STEPS = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    MessagePort messages;

    @Inject
    Clock clock;

    List<CaseCategory> categories() {
        List<CaseCategory> all = em.createQuery("select c from CaseCategory c order by c.position, c.id",
                CaseCategory.class).getResultList();
        if (!all.isEmpty()) {
            return all;
        }
        int position = 0;
        Map<String, Long> parents = new HashMap<>();
        for (Object[] entry : CaseCategory.DEFAULTS) {
            Long parent = entry[4] == null ? null : parents.get((String) entry[4]);
            CaseCategory category = new CaseCategory(parent, new CaseCommands.CategoryDetails(parent,
                    (String) entry[0], (String) entry[1], (Long) entry[2], (Long) entry[3], position, true));
            em.persist(category);
            em.flush();
            parents.put(category.name(), category.id());
            position += 10;
        }
        return em.createQuery("select c from CaseCategory c order by c.position, c.id", CaseCategory.class)
                .getResultList();
    }

    CaseCategory category(long id) {
        return categories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound("case_category_not_found"));
    }

    CaseSettings settings() {
        CaseSettings settings = em.find(CaseSettings.class, CaseSettings.SINGLE);
        if (settings == null) {
            settings = new CaseSettings(clock.instant());
            em.persist(settings);
        }
        return settings;
    }

    List<CalendarDay> specialDays() {
        return em.createQuery("select d from CalendarDay d order by d.day", CalendarDay.class)
                .setMaxResults(CaseCategories.MAX_SPECIAL_DAYS).getResultList();
    }

    WorkingCalendar calendar() {
        List<CalendarDay> days = specialDays();
        return settings().calendar(dates(days, DayKind.HOLIDAY), dates(days, DayKind.WORKDAY));
    }

    private static Set<LocalDate> dates(List<CalendarDay> days, DayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::day).collect(Collectors.toSet());
    }

    /**
     * The grid of a place: its building's grid (a household is always in its building's grid); for a common area,
     * the grid that holds most of the community's buildings (the lowest id on a tie), or none when no building of
     * it is in a grid.
     */
    Long gridOf(CivicCase.Place place) {
        if (place.buildingId() != null) {
            return em.find(Building.class, place.buildingId()).gridId();
        }
        return em.createQuery("select b.gridId, count(b) from Building b where b.communityId = :community"
                        + " and b.gridId is not null group by b.gridId order by count(b) desc, b.gridId",
                        Object[].class).setParameter("community", place.communityId()).setMaxResults(1)
                .getResultStream().findFirst().map(row -> (Long) row[0]).orElse(null);
    }

    Deadlines deadlines(CaseCategory category, Instant from) {
        CaseSettings settings = settings();
        return Deadlines.of(calendar(), from, category.acceptMinutes(), category.resolveMinutes(),
                settings.warnPercent(), settings.districtPercent());
    }

    /** A case the caller's grid scope lets them see, or {@code case_not_found}. */
    CivicCase civicCase(long id, boolean lock) {
        CivicCase found = lock ? em.find(CivicCase.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CivicCase.class, id);
        if (found == null) {
            throw DomainException.notFound("case_not_found");
        }
        return found;
    }

    /** The caller's own case (they reported it); another's looks as if it did not exist. */
    CivicCase ownCase(long id, boolean lock) {
        CivicCase found = civicCase(id, lock);
        if (found.reporterUserId() == null || found.reporterUserId() != CurrentUser.require().accountId()) {
            throw DomainException.notFound("case_not_found");
        }
        return found;
    }

    CaseStep step(CivicCase civicCase, StepKind kind, StepVisibility visibility, String body) {
        Actor actor = CurrentUser.require();
        return step(civicCase, kind, visibility, body, actor.system() ? null : actor.accountId(), actor.displayName());
    }

    CaseStep step(CivicCase civicCase, StepKind kind, StepVisibility visibility, String body, Long authorId,
                  String authorName) {
        Instant now = clock.instant();
        CaseStep step = new CaseStep(civicCase.id(), kind, visibility, body, authorId, authorName, now);
        em.persist(step);
        civicCase.touched(now);
        em.flush();
        return step;
    }

    /** A case's timeline in order (at most {@link #MAX_STEPS} entries), only the public steps if asked. */
    List<CaseStep> steps(long caseId, boolean publicOnly) {
        TypedQuery<CaseStep> query = em.createQuery("select s from CaseStep s"
                + " where s.caseId = :case" + (publicOnly ? " and s.visibility = :public" : "")
                + " order by s.createdAt, s.id", CaseStep.class).setParameter("case", caseId);
        if (publicOnly) {
            query.setParameter("public", StepVisibility.PUBLIC);
        }
        return query.setMaxResults(MAX_STEPS).getResultList();
    }

    /** Photo ids per step of a case. */
    Map<Long, List<Long>> photoIds(long caseId) {
        return em.createQuery("select p.stepId, p.id from CasePhoto p where p.caseId = :case order by p.id",
                        Object[].class).setParameter("case", caseId).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], LinkedHashMap::new,
                        Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
    }

    void addPhoto(CivicCase civicCase, CaseStep step, UploadedFile file) {
        FileType type = file.accept(CasePhoto.TYPES, UploadedFile.MAX_IMAGE_BYTES);
        long count = em.createQuery("select count(p) from CasePhoto p where p.stepId = :step", Long.class)
                .setParameter("step", step.id()).getSingleResult();
        if (count >= CasePhoto.MAX_PER_STEP) {
            throw DomainException.conflict("case_photos_full", CasePhoto.MAX_PER_STEP);
        }
        em.persist(new CasePhoto(civicCase.id(), step.id(), type, file.bytes(), file.sha256(), clock.instant()));
        em.flush();
    }

    CaseStep stepOf(CivicCase civicCase, long stepId) {
        CaseStep step = em.find(CaseStep.class, stepId);
        if (step == null || step.caseId() != civicCase.id()) {
            throw DomainException.notFound("case_step_not_found");
        }
        return step;
    }

    /** The step the report's photos belong to. */
    CaseStep reportStep(CivicCase civicCase) {
        return em.createQuery("select s from CaseStep s where s.caseId = :case and s.kind = :kind order by s.id",
                        CaseStep.class).setParameter("case", civicCase.id())
                .setParameter("kind", StepKind.REPORTED).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("case_step_not_found"));
    }

    StoredFile photo(CivicCase civicCase, long photoId, boolean publicOnly) {
        CasePhoto photo = em.find(CasePhoto.class, photoId);
        if (photo == null || photo.caseId() != civicCase.id()) {
            throw DomainException.notFound("case_photo_not_found");
        }
        if (publicOnly && !em.find(CaseStep.class, photo.stepId()).isPublic()) {
            throw DomainException.notFound("case_photo_not_found");
        }
        return new StoredFile("case-" + civicCase.id() + "-" + photo.id() + "." + photo.type().extension(),
                photo.type(), photo.data(), photo.sha256());
    }

    /** Tells one user about a case, in the caller's transaction. */
    void tell(long userId, String topic, String key, CivicCase civicCase, String link, String... args) {
        List<String> all = new ArrayList<>();
        all.add("#" + civicCase.id());
        all.add(category(civicCase.categoryId()).name());
        all.addAll(List.of(args));
        messages.send(new MessagePort.Message(userId, topic, key, all, link + civicCase.id()));
    }

    /** The tenant's operators (who are told when a case is overdue). */
    List<Long> operators() {
        return em.createQuery("select u.id from UserAccount u where u.details.role ="
                        + " org.linli.platform.security.Role.TENANT_OPERATOR", Long.class).getResultList();
    }

    Optional<UserAccount> user(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** A case as its reader sees it: the timeline (public steps only for the reporter) with photo ids. */
    CaseView view(CivicCase civicCase, boolean publicOnly) {
        Map<Long, List<Long>> photos = photoIds(civicCase.id());
        List<CaseView.StepView> steps = steps(civicCase.id(), publicOnly).stream()
                .map(s -> new CaseView.StepView(s, photos.getOrDefault(s.id(), List.of()))).toList();
        String reporter = civicCase.reporterId() == null ? null
                : Optional.ofNullable(em.find(Resident.class, civicCase.reporterId()))
                .map(r -> publicOnly ? r.name() : masked(r.name())).orElse(null);
        return new CaseView(civicCase, category(civicCase.categoryId()), reporter, steps, clock.instant());
    }

    /** A handler's step: text shown to the reporter or kept internal; an assigned case is now in progress. */
    CaseStep progress(CivicCase civicCase, CaseCommands.Step step) {
        Instant now = clock.instant();
        if (civicCase.state().isFinal()) {
            throw DomainException.invalidTransition(civicCase.state(), "step");
        }
        if (civicCase.startIfAssigned(now)) {
            step(civicCase, StepKind.STARTED, StepVisibility.PUBLIC, null);
        }
        return step(civicCase, StepKind.PROGRESS, step.internal() ? StepVisibility.INTERNAL : StepVisibility.PUBLIC,
                step.text());
    }

    /** The handler's result: the reporter is told and may rate the case or reopen it. */
    void resolve(CivicCase civicCase, CaseCommands.Resolution resolution) {
        Instant now = clock.instant();
        if (civicCase.startIfAssigned(now)) {
            step(civicCase, StepKind.STARTED, StepVisibility.PUBLIC, null);
        }
        civicCase.resolve(resolution.result(), now);
        step(civicCase, StepKind.RESOLVED, StepVisibility.PUBLIC, resolution.result());
        if (civicCase.reporterUserId() != null) {
            tell(civicCase.reporterUserId(), "case.resolved", "inbox.case.resolved", civicCase, "/my-cases/case/");
        }
    }

    /** The staff of a provider (told when a case is assigned to it). */
    List<Long> staffOf(long providerId) {
        return em.createQuery("select s.userAccountId from ProviderStaff s where s.providerId = :provider",
                Long.class).setParameter("provider", providerId).getResultList();
    }

    /** The provider the signed-in staff member works for, or {@code provider_not_linked}. */
    long myProvider() {
        return em.createQuery("select s.providerId from ProviderStaff s where s.userAccountId = :me", Long.class)
                .setParameter("me", CurrentUser.require().accountId()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.forbidden("provider_not_linked"));
    }

    /** A deadline as messages show it, in the tenant's zone. */
    String formatted(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(at.atZone(ZoneId.of(settings().zone())));
    }

    /** "张*" for 张三: enough for a supervisor to speak of the reporter, not to find them. */
    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first,
                trimmed.length())));
    }
}
