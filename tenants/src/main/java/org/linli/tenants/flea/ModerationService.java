package org.linli.tenants.flea;

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
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeping the flea market clean: residents report listings they can see; operators work through the queue of open
 * reports and hide a listing (upholding its reports) or restore it (dismissing them), always with a note. A seller
 * with as many listings hidden upon reports as the tenant's setting is suspended from listing. The tenant's
 * category list and settings are kept here too.
 */
@ApplicationService
public class ModerationService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    Shelf shelf;

    @Inject
    Clock clock;

    /** An open report in the queue, with the listing it concerns and the seller's card. */
    public record QueueEntry(FleaReport report, Listing listing, SellerCard seller, long upheldAgainstSeller) {
    }

    /** The signed-in resident reports a listing they can see (once while their report is open). */
    @Audited("flea.report")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public FleaReport report(@AuditTarget long listingId, ListingCommands.Report report) {
        validator.validate(report);
        ResidentRecord me = residents.me();
        long reporter = me.id().value();
        Listing listing = shelf.visibleListing(listingId, reporter, me.community().value(), false);
        if (listing.sellerId() == reporter) {
            throw DomainException.conflict("flea_own_listing");
        }
        boolean open = !em.createQuery("select r.id from FleaReport r where r.listingId = :listing"
                        + " and r.reporterId = :reporter and r.status = :open", Long.class)
                .setParameter("listing", listingId).setParameter("reporter", reporter)
                .setParameter("open", ReportStatus.OPEN).getResultList().isEmpty();
        if (open) {
            throw DomainException.conflict("flea_already_reported");
        }
        FleaReport entry = new FleaReport(listing, reporter, report.reason(), clock.instant());
        em.persist(entry);
        return entry;
    }

    /** A page of the reports in {@code status} (open ones by default), oldest first. */
    @Query
    @RequiresPermission(Permissions.FLEA_MODERATE)
    public Page<QueueEntry> queue(ReportStatus status, PageRequest page) {
        Page<FleaReport> reports = PagedQuery.of(em, FleaReport.class, "r")
                .filter("r.status = :status", "status", status == null ? ReportStatus.OPEN : status)
                .page("r.createdAt, r.id", page);
        Map<Long, SellerCard> cards = shelf.cards(reports.items().stream().map(FleaReport::sellerId).toList());
        return reports.map(r -> new QueueEntry(r, shelf.listing(r.listingId(), false), cards.get(r.sellerId()),
                shelf.upheldAgainst(r.sellerId())));
    }

    /** Hides a listing and upholds its open reports, with the operator's note. */
    @Audited("flea.listing.hide")
    @RequiresPermission(Permissions.FLEA_MODERATE)
    public Listing hide(@AuditTarget long listingId, ListingCommands.ModerationNote note) {
        validator.validate(note);
        Listing listing = shelf.listing(listingId, true);
        Instant now = clock.instant();
        listing.hide(now);
        decideOpenReports(listingId, true, note.note().strip(), now);
        return listing;
    }

    /** Shows a hidden listing again (or keeps a reported one), dismissing its open reports, with a note. */
    @Audited("flea.listing.restore")
    @RequiresPermission(Permissions.FLEA_MODERATE)
    public Listing restore(@AuditTarget long listingId, ListingCommands.ModerationNote note) {
        validator.validate(note);
        Listing listing = shelf.listing(listingId, true);
        Instant now = clock.instant();
        listing.restore(now);
        decideOpenReports(listingId, false, note.note().strip(), now);
        return listing;
    }

    /** Adds a category to the tenant's list. */
    @Audited("flea.category.add")
    @RequiresPermission(Permissions.FLEA_MANAGE)
    public FleaCategory addCategory(ListingCommands.CategoryDetails details) {
        validator.validate(details);
        shelf.categories();
        FleaCategory category = new FleaCategory(details);
        em.persist(category);
        em.flush();
        return category;
    }

    /** Renames, reorders, forbids or allows a category; listings already filed keep it. */
    @Audited("flea.category.change")
    @RequiresPermission(Permissions.FLEA_MANAGE)
    public FleaCategory changeCategory(@AuditTarget long id, ListingCommands.CategoryDetails details) {
        validator.validate(details);
        FleaCategory category = shelf.categories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound("flea_category_not_found"));
        category.change(details);
        return category;
    }

    @Query
    @RequiresPermission(Permissions.FLEA_MANAGE)
    public FleaSettings settings() {
        return shelf.settings();
    }

    @Audited("flea.settings.change")
    @RequiresPermission(Permissions.FLEA_MANAGE)
    public FleaSettings changeSettings(ListingCommands.Settings settings) {
        validator.validate(settings);
        FleaSettings current = em.find(FleaSettings.class, FleaSettings.SINGLE);
        if (current == null) {
            current = new FleaSettings(settings.suspendAfterUpheldReports(), clock.instant());
            em.persist(current);
        } else {
            current.change(settings.suspendAfterUpheldReports(), clock.instant());
        }
        return current;
    }

    private void decideOpenReports(long listingId, boolean upheld, String note, Instant now) {
        List<FleaReport> open = em.createQuery("select r from FleaReport r where r.listingId = :listing"
                        + " and r.status = :open", FleaReport.class).setParameter("listing", listingId)
                .setParameter("open", ReportStatus.OPEN).getResultList();
        String operator = CurrentUser.require().username();
        open.forEach(report -> report.decide(upheld, note, operator, now));
    }
}
