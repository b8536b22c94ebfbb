package org.linli.tenants.registry;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;

import java.time.Instant;

/**
 * A person in the registry, collected once and used by every module. Sensitive values are held only sealed (see
 * {@link org.linli.tenants.privacy.PersonalField}): mobile, ID number and birth date; mobile and ID number also as
 * blind indexes, so duplicates are found without opening them.
 *
 * <p>Lifecycle: {@code PENDING} after self-registration until an operator verifies, {@code ACTIVE}, and
 * {@code INACTIVE} when moved away or deceased. Moving to another household keeps the person and records the move.
 */
@Entity
@Table(name = "resident")
@AdditionalCriteria(GridScope.CRITERIA)
public class Resident extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 10)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", length = 20)
    private Relation relation;

    @Column(name = "birth_date_sealed", length = 200)
    private String birthDateSealed;

    @Column(name = "mobile_sealed", length = 200)
    private String mobileSealed;

    @Column(name = "mobile_index", length = 40)
    private String mobileIndex;

    @Column(name = "id_number_sealed", length = 200)
    private String idNumberSealed;

    @Column(name = "id_number_index", length = 40)
    private String idNumberIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ResidentStatus status;

    @Column(name = "user_account_id")
    private Long userAccountId;

    @Column(name = "import_batch")
    private Long importBatch;

    /** Whether the resident owns (业主) their household's home; see {@link Ownership}. */
    @Column(name = "owner", nullable = false)
    private boolean owner;

    /** An owner's share of the home in basis points (10000 = 100 %); null for residents who are not owners. */
    @Column(name = "ownership_share")
    private Integer ownershipShare;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Resident() {
    }

    Resident(Household household, String name, ResidentStatus status, Instant createdAt) {
        placeIn(household);
        this.name = name;
        this.status = status;
        this.createdAt = createdAt;
    }

    private void placeIn(Household household) {
        this.householdId = household.id().value();
        this.buildingId = household.building().value();
        this.communityId = household.community().value();
        this.gridId = household.gridId();
    }

    void moveTo(Household household) {
        if (status == ResidentStatus.INACTIVE || !household.isActive()) {
            throw DomainException.invalidTransition(status, "move");
        }
        if (household.id().value() != householdId) {
            // Owning the old home says nothing about the new one.
            recordOwnership(null);
        }
        placeIn(household);
    }

    void describe(String newName, Gender newGender, Relation newRelation) {
        this.name = newName;
        this.gender = newGender;
        this.relation = newRelation;
    }

    void sealContact(String sealedMobile, String mobileBlindIndex) {
        this.mobileSealed = sealedMobile;
        this.mobileIndex = mobileBlindIndex;
    }

    void sealIdentity(String sealedIdNumber, String idNumberBlindIndex, String sealedBirthDate) {
        this.idNumberSealed = sealedIdNumber;
        this.idNumberIndex = idNumberBlindIndex;
        this.birthDateSealed = sealedBirthDate;
    }

    void resealed(String mobile, String idNumber, String birthDate) {
        this.mobileSealed = mobile;
        this.idNumberSealed = idNumber;
        this.birthDateSealed = birthDate;
    }

    /** Records the resident as an owner with {@code share} basis points of the home, or as no owner (null). */
    void recordOwnership(Integer share) {
        if (share != null && (share <= 0 || share > Ownership.WHOLE)) {
            throw new IllegalArgumentException("share " + share);
        }
        this.owner = share != null;
        this.ownershipShare = share;
    }

    void importedIn(long batch) {
        this.importBatch = batch;
    }

    void linkAccount(long account) {
        this.userAccountId = account;
    }

    void verify() {
        if (status != ResidentStatus.PENDING) {
            throw DomainException.invalidTransition(status, "verify");
        }
        status = ResidentStatus.ACTIVE;
    }

    void deactivate() {
        if (status == ResidentStatus.INACTIVE) {
            throw DomainException.invalidTransition(status, "deactivate");
        }
        status = ResidentStatus.INACTIVE;
    }

    void reactivate() {
        if (status != ResidentStatus.INACTIVE) {
            throw DomainException.invalidTransition(status, "reactivate");
        }
        status = ResidentStatus.ACTIVE;
    }

    public ResidentId id() {
        return new ResidentId(id);
    }

    public HouseholdId household() {
        return new HouseholdId(householdId);
    }

    public CommunityId community() {
        return new CommunityId(communityId);
    }

    public BuildingId building() {
        return new BuildingId(buildingId);
    }

    public Long gridId() {
        return gridId;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public Relation relation() {
        return relation;
    }

    String birthDateSealed() {
        return birthDateSealed;
    }

    String mobileSealed() {
        return mobileSealed;
    }

    String idNumberSealed() {
        return idNumberSealed;
    }

    public boolean isOwner() {
        return owner;
    }

    /** Basis points of the home this owner holds; null when not an owner. */
    public Integer ownershipShare() {
        return ownershipShare;
    }

    public ResidentStatus status() {
        return status;
    }

    public Long userAccountId() {
        return userAccountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
