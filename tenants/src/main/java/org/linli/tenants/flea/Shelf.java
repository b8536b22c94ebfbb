package org.linli.tenants.flea;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.structure.Building;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flea market's reads shared by its services: a plain bean, so that calls between the services' own steps do
 * not pass their permission checks again. Who may see what is decided here once.
 */
@Dependent
class Shelf {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    Listing listing(long id, boolean lock) {
        Listing listing = lock ? em.find(Listing.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Listing.class, id);
        if (listing == null) {
            throw DomainException.notFound("flea_listing_not_found");
        }
        return listing;
    }

    /** A listing {@code viewer} may see: their own, or one on show in their community or tenant-wide. */
    Listing visibleListing(long id, long viewer, long viewerCommunity, boolean lock) {
        Listing listing = listing(id, lock);
        if (!visible(listing, viewer, viewerCommunity)) {
            throw DomainException.notFound("flea_listing_not_found");
        }
        return listing;
    }

    static boolean visible(Listing listing, long viewer, long viewerCommunity) {
        return listing.sellerId() == viewer || listing.isOnShow()
                && (listing.reach() == Reach.TENANT || listing.communityId() == viewerCommunity);
    }

    /** A listing of {@code seller}'s own. */
    Listing ownListing(long id, long seller, boolean lock) {
        Listing listing = listing(id, lock);
        if (listing.sellerId() != seller) {
            throw DomainException.notFound("flea_listing_not_found");
        }
        return listing;
    }

    /** A reservation {@code resident} is a party to. */
    Reservation reservation(long id, long resident, boolean lock) {
        Reservation reservation = reservation(id, lock);
        if (!reservation.isParty(new ResidentId(resident))) {
            throw DomainException.notFound("flea_reservation_not_found");
        }
        return reservation;
    }

    Reservation reservation(long id, boolean lock) {
        Reservation reservation = lock ? em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Reservation.class, id);
        if (reservation == null) {
            throw DomainException.notFound("flea_reservation_not_found");
        }
        return reservation;
    }

    /** The tenant's categories in their order, seeded with the defaults on first use. */
    List<FleaCategory> categories() {
        List<FleaCategory> all = em.createQuery("select c from FleaCategory c order by c.position, c.id",
                FleaCategory.class).getResultList();
        if (!all.isEmpty()) {
            return all;
        }
        int position = 0;
        for (String[] entry : FleaCategory.DEFAULTS) {
            em.persist(new FleaCategory(new ListingCommands.CategoryDetails(entry[0], entry[1],
                    CategoryUse.valueOf(entry[2]) == CategoryUse.FORBIDDEN, position)));
            position += 10;
        }
        em.flush();
        return em.createQuery("select c from FleaCategory c order by c.position, c.id", FleaCategory.class)
                .getResultList();
    }

    /** A category a listing may be filed under: known, and not forbidden (409 {@code flea_category_forbidden}). */
    FleaCategory allowedCategory(long id) {
        FleaCategory category = categories().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound("flea_category_not_found"));
        if (category.use() == CategoryUse.FORBIDDEN) {
            throw DomainException.conflict("flea_category_forbidden", category.name());
        }
        return category;
    }

    FleaSettings settings() {
        FleaSettings settings = em.find(FleaSettings.class, FleaSettings.SINGLE);
        return settings == null ? new FleaSettings(FleaSettings.DEFAULT_SUSPEND_AFTER, Instant.EPOCH)
                : settings;
    }

    /**
     * How many of the seller's listings operators hid upon reports: repeated offences, not repeated reporters of
     * one listing, count towards a suspension.
     */
    long upheldAgainst(long seller) {
        return em.createQuery("select count(distinct r.listingId) from FleaReport r where r.sellerId = :seller"
                        + " and r.status = :upheld", Long.class).setParameter("seller", seller)
                .setParameter("upheld", ReportStatus.UPHELD).getSingleResult();
    }

    /** Refuses a suspended seller (409 {@code flea_seller_suspended}). */
    void requireNotSuspended(long seller) {
        int limit = settings().suspendAfterReports();
        if (upheldAgainst(seller) >= limit) {
            throw DomainException.conflict("flea_seller_suspended", limit);
        }
    }

    /** Cards of the residents, by id: masked name and building name. */
    Map<Long, SellerCard> cards(Collection<Long> residents) {
        Map<Long, SellerCard> cards = new HashMap<>();
        if (residents.isEmpty()) {
            return cards;
        }
        List<Object[]> rows = em.createQuery("select r.id, r.name, b.name from Resident r, Building b"
                        + " where b.id = r.buildingId and r.id in :ids", Object[].class)
                .setParameter("ids", residents.stream().distinct().toList()).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            cards.put(id, new SellerCard(id, PersonalField.NAME.mask((String) row[1]), (String) row[2]));
        }
        return cards;
    }

    SellerCard card(long resident) {
        SellerCard card = cards(List.of(resident)).get(resident);
        if (card == null) {
            throw DomainException.notFound("flea_seller_not_found");
        }
        return card;
    }

    /** The building a resident lives in (where their listings say they are). */
    long buildingOf(long resident) {
        Resident entity = em.find(Resident.class, resident);
        if (entity == null) {
            throw DomainException.notFound("flea_seller_not_found");
        }
        return entity.building().value();
    }

    /** Ids of the listing's photos in display order. */
    List<Long> photoIds(long listing) {
        return em.createQuery("select p.id from FleaPhoto p where p.listingId = :listing order by p.position, p.id",
                Long.class).setParameter("listing", listing).getResultList();
    }

    /** The first photo of each listing, by listing id. */
    Map<Long, Long> covers(Collection<Long> listings) {
        Map<Long, Long> covers = new HashMap<>();
        if (listings.isEmpty()) {
            return covers;
        }
        em.createQuery("select p.listingId, p.id from FleaPhoto p where p.listingId in :ids"
                        + " order by p.position desc, p.id desc", Object[].class)
                .setParameter("ids", List.copyOf(listings)).getResultList()
                .forEach(row -> covers.put((Long) row[0], (Long) row[1]));
        return covers;
    }

    Building building(long id) {
        return em.find(Building.class, id);
    }
}
