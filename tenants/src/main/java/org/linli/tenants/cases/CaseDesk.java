package org.linli.tenants.cases;

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
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.Household;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reporting a case and following it as its reporter. A verified resident reports for themselves (their household, a
 * building or a common area); grid workers and operators file on a resident's behalf (a phone call, a visit); a
 * system files a device's alert ({@code source} DEVICE, which needs {@code case:manage}). The case is routed to the
 * grid of its place. The reporter sees their cases with every public step, adds photos, rates a resolved case or
 * reopens it within seven days.
 */
@ApplicationService
public class CaseDesk {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    @Audited("case.report")
    @RequiresPermission(Permissions.CASE_REPORT)
    public CaseView report(CaseCommands.Report report) {
        validator.validate(report);
        Actor actor = CurrentUser.require();
        CaseCategory category = book.category(report.categoryId());
        if (!category.isActive()) {
            throw DomainException.invalid(FieldError.of("categoryId", "case_category_inactive"));
        }
        CaseSource source;
        CaseChannel channel;
        Resident reporter = null;
        if (report.source() == CaseSource.DEVICE) {
            if (!CurrentUser.isPermitted(Permissions.CASE_MANAGE)) {
                throw DomainException.forbidden("case_device_forbidden");
            }
            source = CaseSource.DEVICE;
            channel = CaseChannel.DEVICE;
        } else if (report.residentId() != null) {
            if (!CurrentUser.isPermitted(Permissions.CASE_HANDLE)) {
                throw DomainException.forbidden("case_on_behalf_forbidden");
            }
            if (report.channel() != CaseChannel.PHONE && report.channel() != CaseChannel.VISIT) {
                throw DomainException.invalid(FieldError.of("channel", "case_channel_on_behalf"));
            }
            reporter = em.find(Resident.class, report.residentId());
            if (reporter == null || reporter.status() != ResidentStatus.ACTIVE) {
                throw DomainException.invalid(FieldError.of("residentId", "resident_not_found"));
            }
            source = CaseSource.STAFF;
            channel = report.channel();
        } else {
            reporter = own(actor);
            source = CaseSource.RESIDENT;
            channel = CaseChannel.APP;
        }
        CivicCase.Place place = place(report, reporter);
        Instant now = clock.instant();
        CivicCase civicCase = new CivicCase(new CivicCase.Filing(category.id(), source, channel,
                reporter == null ? null : reporter.id().value(),
                reporter == null ? null : reporter.userAccountId(),
                actor.system() ? null : actor.accountId(), report.description(), place, book.gridOf(place)),
                book.deadlines(category, now), now);
        em.persist(civicCase);
        em.flush();
        book.step(civicCase, StepKind.REPORTED, StepVisibility.PUBLIC, null);
        return book.view(civicCase, source == CaseSource.RESIDENT);
    }

    /**
     * A system files a device's alert (source and channel DEVICE) in the category its rule names, at the device's
     * place, routed to that place's grid. Unlike {@link #report}, a household needs no reporting resident.
     */
    @Audited("case.report.device")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public CaseView fileForDevice(CaseCommands.DeviceReport report) {
        validator.validate(report);
        CaseCategory category = book.category(report.categoryId());
        CivicCase.Place place = devicePlace(report);
        Actor actor = CurrentUser.require();
        Instant now = clock.instant();
        CivicCase civicCase = new CivicCase(new CivicCase.Filing(category.id(), CaseSource.DEVICE, CaseChannel.DEVICE,
                null, null, actor.system() ? null : actor.accountId(), report.description(), place, book.gridOf(place)),
                book.deadlines(category, now), now);
        em.persist(civicCase);
        em.flush();
        book.step(civicCase, StepKind.REPORTED, StepVisibility.PUBLIC, null);
        return book.view(civicCase, false);
    }

    /**
     * A system adds what a device reported since to the case it filed, as an internal step; answers false, adding
     * nothing, once the case is no longer open (the device's next alert then files a new one).
     */
    @Audited("case.step.device")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public boolean noteFromDevice(@AuditTarget long id, String text) {
        CivicCase civicCase = book.civicCase(id, true);
        if (!civicCase.state().isOpen()) {
            return false;
        }
        book.step(civicCase, StepKind.PROGRESS, StepVisibility.INTERNAL, text);
        return true;
    }

    /** A page of the signed-in resident's cases, newest first (those filed for them by staff included). */
    @Query
    @RequiresPermission(Permissions.CASE_REPORT)
    public Page<CivicCase> mine(PageRequest page) {
        return PagedQuery.of(em, CivicCase.class, "c")
                .filter("c.reporterUserId = :me", "me", CurrentUser.require().accountId())
                .page("c.reportedAt desc, c.id desc", page);
    }

    /** One of my cases with its public steps. */
    @Query
    @RequiresPermission(Permissions.CASE_REPORT)
    public CaseView mineOne(long id) {
        return book.view(book.ownCase(id, false), true);
    }

    /** Adds a photo to my report (up to six), while the case is open. */
    @Audited("case.photo.report")
    @RequiresPermission(Permissions.CASE_REPORT)
    public CaseView addPhoto(@AuditTarget long id, UploadedFile file) {
        CivicCase civicCase = book.ownCase(id, true);
        if (!civicCase.state().isOpen()) {
            throw DomainException.invalidTransition(civicCase.state(), "photo");
        }
        book.addPhoto(civicCase, book.reportStep(civicCase), file);
        return book.view(civicCase, true);
    }

    /** A photo of a public step of my case. */
    @Query
    @RequiresPermission(Permissions.CASE_REPORT)
    public StoredFile photo(long id, long photoId) {
        return book.photo(book.ownCase(id, false), photoId, true);
    }

    /** I rate my resolved case 1-5, which closes it. */
    @Audited("case.rate")
    @RequiresPermission(Permissions.CASE_REPORT)
    public CaseView rate(@AuditTarget long id, CaseCommands.Rating rating) {
        validator.validate(rating);
        CivicCase civicCase = book.ownCase(id, true);
        civicCase.rate(rating.stars(), rating.comment(), clock.instant());
        book.step(civicCase, StepKind.RATED, StepVisibility.PUBLIC,
                "★".repeat(rating.stars()) + (rating.comment() == null || rating.comment().isBlank() ? ""
                        : " " + rating.comment().strip()));
        return book.view(civicCase, true);
    }

    /** I reopen my resolved case within seven days; its handler is told and its resolve time starts again. */
    @Audited("case.reopen")
    @RequiresPermission(Permissions.CASE_REPORT)
    public CaseView reopen(@AuditTarget long id, CaseCommands.Reopening reopening) {
        validator.validate(reopening);
        CivicCase civicCase = book.ownCase(id, true);
        Instant now = clock.instant();
        civicCase.reopen(book.deadlines(book.category(civicCase.categoryId()), now), now);
        book.step(civicCase, StepKind.REOPENED, StepVisibility.PUBLIC, reopening.reason());
        CivicCase.Assignee assignee = civicCase.assignee();
        List<Long> told = assignee == null ? book.operators() : assignee.userId() != null
                ? List.of(assignee.userId()) : book.staffOf(assignee.providerId());
        told.forEach(user -> book.tell(user, "case.reopened", "inbox.case.reopened", civicCase, "/cases/case/"));
        return book.view(civicCase, true);
    }

    private Resident own(Actor actor) {
        Resident resident = em.createQuery("select r from Resident r where r.userAccountId = :me", Resident.class)
                .setParameter("me", actor.accountId()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.conflict("resident_not_registered"));
        if (resident.status() != ResidentStatus.ACTIVE) {
            throw DomainException.conflict(resident.status() == ResidentStatus.PENDING ? "resident_pending"
                    : "resident_not_registered");
        }
        return resident;
    }

    private CivicCase.Place place(CaseCommands.Report report, Resident reporter) {
        switch (report.placeKind()) {
            case HOUSEHOLD -> {
                if (reporter == null) {
                    throw DomainException.invalid(FieldError.of("placeKind", "case_place_needs_resident"));
                }
                Household home = em.find(Household.class, reporter.household().value());
                return new CivicCase.Place(PlaceKind.HOUSEHOLD, home.community().value(),
                        home.building().value(), home.id().value(), home.address());
            }
            case BUILDING -> {
                Building building = report.buildingId() == null ? null
                        : em.find(Building.class, report.buildingId());
                if (building == null) {
                    throw DomainException.invalid(FieldError.of("buildingId", "building_not_found"));
                }
                Community community = em.find(Community.class, building.community().value());
                return new CivicCase.Place(PlaceKind.BUILDING, community.id().value(), building.id().value(), null,
                        community.name() + " " + building.name());
            }
            default -> {
                Long communityId = report.communityId() != null ? report.communityId()
                        : reporter == null ? null : reporter.community().value();
                Community community = communityId == null ? null : em.find(Community.class, communityId);
                if (community == null) {
                    throw DomainException.invalid(FieldError.of("communityId", "community_not_found"));
                }
                if (report.placeName() == null || report.placeName().isBlank()) {
                    throw DomainException.invalid(FieldError.of("placeName", "required"));
                }
                return new CivicCase.Place(PlaceKind.COMMON_AREA, community.id().value(), null, null,
                        community.name() + " " + report.placeName().strip());
            }
        }
    }

    private CivicCase.Place devicePlace(CaseCommands.DeviceReport report) {
        switch (report.placeKind()) {
            case HOUSEHOLD -> {
                Household home = report.householdId() == null ? null
                        : em.find(Household.class, report.householdId());
                if (home == null) {
                    throw DomainException.invalid(FieldError.of("householdId", "household_not_found"));
                }
                return new CivicCase.Place(PlaceKind.HOUSEHOLD, home.community().value(),
                        home.building().value(), home.id().value(), home.address());
            }
            case BUILDING -> {
                return place(new CaseCommands.Report(report.categoryId(), report.description(), PlaceKind.BUILDING,
                        null, report.buildingId(), null, null, null, CaseSource.DEVICE), null);
            }
            default -> {
                return place(new CaseCommands.Report(report.categoryId(), report.description(),
                        PlaceKind.COMMON_AREA, report.communityId(), null, report.placeName(), null, null,
                        CaseSource.DEVICE), null);
            }
        }
    }
}
