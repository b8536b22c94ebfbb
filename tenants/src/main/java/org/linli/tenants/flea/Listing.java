package org.linli.tenants.flea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Something a verified resident offers their neighbours.
 *
 * <p>Lifecycle ({@link ListingLifecycle}): written as a {@code DRAFT}, {@code PUBLISHED} for {@link #LIFETIME}
 * (renewing starts the period again), {@code RESERVED} while one reservation is open, back to {@code PUBLISHED} when
 * that reservation is declined, cancelled or lapses, {@code SOLD} at its handover; the seller may withdraw it unless
 * it is reserved, and the job expires it at the end of its period. Operators hide and restore it apart from its
 * state ({@link Moderation}).
 *
 * <p>Invariants: the price is one of the four shapes of {@link Price}; a published or reserved listing has an expiry
 * {@link #LIFETIME} after its last publishing or renewal; title and description change only before the sale; the
 * seller, their community and building never change; {@code searchText} is the lower-cased title and description.
 */
@Entity
@Table(name = "flea_listing")
public class Listing extends TenantOwned implements AuditSubject {

    /** How long a listing stays published unless renewed. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flea_listing_seq")
    @SequenceGenerator(name = "flea_listing_seq", sequenceName = "flea_listing_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "seller_id", nullable = false)
    private long sellerId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "search_text", nullable = false, length = 2101)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition", nullable = false, length = 20)
    private ItemCondition condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "reach", nullable = false, length = 20)
    private Reach reach;

    @Column(name = "pickup_place", nullable = false, length = 200)
    private String pickupPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_kind", nullable = false, length = 20)
    private PriceKind priceKind;

    @Column(name = "price_fen")
    private Long priceFen;

    @Column(name = "price_points")
    private Long pricePoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ListingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "moderation", nullable = false, length = 20)
    private Moderation moderation;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Listing() {
    }

    /** A new draft of {@code seller}, placed in their community and building. */
    public Listing(long sellerId, long communityId, long buildingId, ListingCommands.Details details,
                   Instant now) {
        this.sellerId = sellerId;
        this.communityId = communityId;
        this.buildingId = buildingId;
        this.status = ListingStatus.DRAFT;
        this.moderation = Moderation.SHOWN;
        this.createdAt = now;
        describe(details, now);
    }

    /** New words, category, price or place: only before a reservation or sale. */
    public void describe(ListingCommands.Details details, Instant now) {
        if (status != ListingStatus.DRAFT && status != ListingStatus.PUBLISHED && status != ListingStatus.EXPIRED) {
            throw DomainException.conflict("flea_listing_not_editable");
        }
        Price price = details.price();
        this.title = details.title().strip();
        this.description = details.description() == null ? null : details.description().strip();
        this.searchText = (title + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
        this.categoryId = details.categoryId();
        this.condition = details.condition();
        this.reach = details.reach();
        this.pickupPlace = details.pickupPlace().strip();
        this.priceKind = price.kind();
        this.priceFen = price.fen();
        this.pricePoints = price.points();
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        status = ListingLifecycle.next(status, ListingAction.PUBLISH);
        startPeriod(now);
    }

    public void renew(Instant now) {
        status = ListingLifecycle.next(status, ListingAction.RENEW);
        startPeriod(now);
    }

    public void withdraw(Instant now) {
        status = ListingLifecycle.next(status, ListingAction.WITHDRAW);
        updatedAt = now;
    }

    /** The job's act at the end of the period. */
    public void expire(Instant now) {
        if (expiresAt == null || now.isBefore(expiresAt)) {
            throw DomainException.conflict("flea_listing_not_due");
        }
        status = ListingLifecycle.next(status, ListingAction.EXPIRE);
        updatedAt = now;
    }

    void reserve(Instant now) {
        status = ListingLifecycle.next(status, ListingAction.RESERVE);
        updatedAt = now;
    }

    void release(Instant now) {
        status = ListingLifecycle.next(status, ListingAction.RELEASE);
        updatedAt = now;
    }

    void sell(Instant now) {
        status = ListingLifecycle.next(status, ListingAction.SELL);
        updatedAt = now;
    }

    void hide(Instant now) {
        moderation = Moderation.HIDDEN;
        updatedAt = now;
    }

    void restore(Instant now) {
        moderation = Moderation.SHOWN;
        updatedAt = now;
    }

    private void startPeriod(Instant now) {
        publishedAt = now;
        expiresAt = now.plus(LIFETIME);
        updatedAt = now;
    }

    /** Whether a neighbour may find and reserve it: on show, not hidden. */
    public boolean isOnShow() {
        return status.isOnShow() && moderation == Moderation.SHOWN;
    }

    public Price price() {
        return new Price(priceKind, priceFen, pricePoints);
    }

    @Override
    public String auditName() {
        return "flea-listing:" + id;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long sellerId() {
        return sellerId;
    }

    public long communityId() {
        return communityId;
    }

    public long buildingId() {
        return buildingId;
    }

    public long categoryId() {
        return categoryId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ItemCondition condition() {
        return condition;
    }

    public Reach reach() {
        return reach;
    }

    public String pickupPlace() {
        return pickupPlace;
    }

    public ListingStatus status() {
        return status;
    }

    public Moderation moderation() {
        return moderation;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
