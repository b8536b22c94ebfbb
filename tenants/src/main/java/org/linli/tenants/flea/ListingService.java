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
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Listings of verified residents: written as drafts, published for 30 days, renewed, withdrawn, with up to six
 * photos; browsed by neighbours of the same community (and tenant-wide listings), newest first. Sellers appear by
 * their {@link SellerCard} only. A seller suspended after upheld reports can neither publish nor renew.
 */
@ApplicationService
public class ListingService {

    private static final EnumSet<FileType> PHOTO_TYPES = EnumSet.of(FileType.PNG, FileType.JPEG, FileType.WEBP);

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

    /** A listing as a viewer sees it: seller card, category, photo ids (the first is the cover). */
    public record ListingView(Listing listing, SellerCard seller, FleaCategory category, List<Long> photos) {
    }

    /** A listing in a list: with its seller card and cover photo (if any). */
    public record ListingCard(Listing listing, SellerCard seller, Long cover) {
    }

    /** Writes a draft of the signed-in verified resident, in their community and building. */
    @Audited("flea.listing.create")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView create(ListingCommands.Details details) {
        validator.validate(details);
        ResidentRecord me = residents.me();
        shelf.requireNotSuspended(me.id().value());
        shelf.allowedCategory(details.categoryId());
        Listing listing = new Listing(me.id().value(), me.community().value(), shelf.buildingOf(me.id().value()),
                details, clock.instant());
        em.persist(listing);
        em.flush();
        return view(listing);
    }

    /** The seller changes a draft, published or expired listing. */
    @Audited("flea.listing.edit")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView edit(@AuditTarget long id, ListingCommands.Details details) {
        validator.validate(details);
        Listing listing = shelf.ownListing(id, residents.me().id().value(), true);
        shelf.allowedCategory(details.categoryId());
        listing.describe(details, clock.instant());
        return view(listing);
    }

    /** The seller publishes a draft for {@link Listing#LIFETIME}. */
    @Audited("flea.listing.publish")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView publish(@AuditTarget long id) {
        long me = residents.me().id().value();
        Listing listing = shelf.ownListing(id, me, true);
        shelf.requireNotSuspended(me);
        shelf.allowedCategory(listing.categoryId());
        listing.publish(clock.instant());
        return view(listing);
    }

    /** The seller renews a published or expired listing for another period. */
    @Audited("flea.listing.renew")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView renew(@AuditTarget long id) {
        long me = residents.me().id().value();
        Listing listing = shelf.ownListing(id, me, true);
        shelf.requireNotSuspended(me);
        listing.renew(clock.instant());
        return view(listing);
    }

    /** The seller takes a listing off the market (not while it is reserved). */
    @Audited("flea.listing.withdraw")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView withdraw(@AuditTarget long id) {
        Listing listing = shelf.ownListing(id, residents.me().id().value(), true);
        listing.withdraw(clock.instant());
        return view(listing);
    }

    /**
     * A page of the listings the signed-in resident may see, newest first: on show, not hidden, of their community
     * or tenant-wide, narrowed by community, category, price kind and words of title or description.
     */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public Page<ListingCard> browse(ListingCommands.Search search, PageRequest page) {
        validator.validate(search);
        ResidentRecord me = residents.me();
        PagedQuery<Listing> query = PagedQuery.of(em, Listing.class, "l")
                .filter("l.status in :shown", "shown", List.of(ListingStatus.PUBLISHED, ListingStatus.RESERVED))
                .filter("l.moderation = :moderation", "moderation", Moderation.SHOWN)
                .filter("(l.communityId = :mine or l.reach = org.linli.tenants.flea.Reach.TENANT)", "mine",
                        me.community().value())
                .filter("l.communityId = :community", "community", search.communityId())
                .filter("l.categoryId = :category", "category", search.categoryId())
                .filter("l.priceKind = :priceKind", "priceKind", search.priceKind())
                .filter("l.searchText like :text", "text", PagedQuery.contains(search.text()));
        return cards(query.page("l.publishedAt desc, l.id desc", page));
    }

    /** A page of the signed-in resident's own listings in every state, latest change first. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public Page<ListingCard> mine(PageRequest page) {
        long me = residents.me().id().value();
        return cards(PagedQuery.of(em, Listing.class, "l").filter("l.sellerId = :me", "me", me)
                .page("l.updatedAt desc, l.id desc", page));
    }

    /** One listing the signed-in resident may see (see {@link #browse}) or owns. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView get(long id) {
        ResidentRecord me = residents.me();
        return view(shelf.visibleListing(id, me.id().value(), me.community().value(), false));
    }

    /** One listing in any state, for moderators. */
    @Query
    @RequiresPermission(Permissions.FLEA_MODERATE)
    public ListingView inspect(long id) {
        return view(shelf.listing(id, false));
    }

    /** The tenant's categories in their order (forbidden ones included, marked). */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public List<FleaCategory> categories() {
        return shelf.categories();
    }

    /** Adds a photo (PNG, JPEG or WebP by its bytes, at most 2 MB) to one's listing, up to six. */
    @Audited("flea.photo.add")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView addPhoto(@AuditTarget long id, UploadedFile file) {
        Listing listing = shelf.ownListing(id, residents.me().id().value(), true);
        if (listing.status().isFinal()) {
            throw DomainException.conflict("flea_listing_not_editable");
        }
        FileType type = file.accept(PHOTO_TYPES, UploadedFile.MAX_IMAGE_BYTES);
        List<Long> photos = shelf.photoIds(id);
        if (photos.size() >= FleaPhoto.MAX_PER_LISTING) {
            throw DomainException.conflict("flea_photos_full", FleaPhoto.MAX_PER_LISTING);
        }
        Integer last = em.createQuery("select max(p.position) from FleaPhoto p where p.listingId = :listing",
                Integer.class).setParameter("listing", id).getSingleResult();
        em.persist(new FleaPhoto(id, last == null ? 0 : last + 1, type, file.bytes(), file.sha256(),
                clock.instant()));
        em.flush();
        return view(listing);
    }

    /** Removes a photo of one's listing. */
    @Audited("flea.photo.remove")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public ListingView removePhoto(@AuditTarget long id, long photoId) {
        Listing listing = shelf.ownListing(id, residents.me().id().value(), true);
        em.remove(photoOf(id, photoId));
        em.flush();
        return view(listing);
    }

    /** A photo's bytes, for whoever may see the listing. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public StoredFile photo(long id, long photoId) {
        ResidentRecord me = residents.me();
        shelf.visibleListing(id, me.id().value(), me.community().value(), false);
        return stored(id, photoOf(id, photoId));
    }

    /** A photo's bytes of any listing, for moderators. */
    @Query
    @RequiresPermission(Permissions.FLEA_MODERATE)
    public StoredFile inspectPhoto(long id, long photoId) {
        return stored(id, photoOf(id, photoId));
    }

    private static StoredFile stored(long listing, FleaPhoto photo) {
        return new StoredFile("flea-" + listing + "-" + photo.id() + "." + photo.type().extension(), photo.type(),
                photo.data(), photo.sha256());
    }

    private FleaPhoto photoOf(long listing, long photoId) {
        FleaPhoto photo = em.find(FleaPhoto.class, photoId);
        if (photo == null || photo.listingId() != listing) {
            throw DomainException.notFound("flea_photo_not_found");
        }
        return photo;
    }

    private ListingView view(Listing listing) {
        FleaCategory category = shelf.categories().stream().filter(c -> c.id() == listing.categoryId())
                .findFirst().orElse(null);
        return new ListingView(listing, shelf.card(listing.sellerId()), category, shelf.photoIds(listing.id()));
    }

    private Page<ListingCard> cards(Page<Listing> page) {
        List<Long> ids = page.items().stream().map(Listing::id).toList();
        Map<Long, SellerCard> sellers = shelf.cards(page.items().stream().map(Listing::sellerId).toList());
        Map<Long, Long> covers = shelf.covers(ids);
        return page.map(l -> new ListingCard(l, sellers.get(l.sellerId()), covers.get(l.id())));
    }
}
