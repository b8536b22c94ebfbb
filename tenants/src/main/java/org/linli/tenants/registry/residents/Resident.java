package org.linli.tenants.registry.residents;

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
import org.linli.tenants.registry.structure.BuildingId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;

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

    /** A new resident of {@code household}, written by the resident service and by the import. */
    public Resident(Household household, String name, ResidentStatus status, Instant createdAt) {
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

    /** Moves the resident to another active household; merging households moves everyone along. */
    public void moveTo(Household household) {
        if (status == ResidentStatus.INACTIVE || !household.isActive()) {
            throw DomainException.invalidTransition(status, "move");
        }
        if (household.id().value() != householdId) {
            // Owning the old home says nothing about the new one.
            recordOwnership(null);
        }
        placeIn(household);
    }

    /** Name, gender and relation to the head of household. */
    public void describe(String newName, Gender newGender, Relation newRelation) {
        this.name = newName;
        this.gender = newGender;
        this.relation = newRelation;
    }

    /** The mobile number as sealed at rest, with the blind index that finds it again. */
    public void sealContact(String sealedMobile, String mobileBlindIndex) {
        this.mobileSealed = sealedMobile;
        this.mobileIndex = mobileBlindIndex;
    }

    /** The ID number as sealed at rest with its blind index, and the birth date it carries, sealed too. */
    public void sealIdentity(String sealedIdNumber, String idNumberBlindIndex, String sealedBirthDate) {
        this.idNumberSealed = sealedIdNumber;
        this.idNumberIndex = idNumberBlindIndex;
        this.birthDateSealed = sealedBirthDate;
    }

    /** The personal fields sealed again under the active key; only the registry's resealing writes them. */
    public void resealed(String mobile, String idNumber, String birthDate) {
        this.mobileSealed = mobile;
        this.idNumberSealed = idNumber;
        this.birthDateSealed = birthDate;
    }

    /** Records the resident as an owner with {@code share} basis points of the home, or as no owner (null). */
    public void recordOwnership(Integer share) {
        if (share != null && (share <= 0 || share > Ownership.WHOLE)) {
            throw new IllegalArgumentException("share " + share);
        }
        this.owner = share != null;
        this.ownershipShare = share;
    }

    /** The import that wrote the resident, so that a failed import takes its rows back. */
    public void importedIn(long batch) {
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

    /** As sealed at rest, for the registry's resealing; readers get it opened by the vault. */
    public String birthDateSealed() {
        return birthDateSealed;
    }

    /** As sealed at rest, for the registry's resealing; readers get it opened by the vault. */
    public String mobileSealed() {
        return mobileSealed;
    }

    /** As sealed at rest, for the registry's resealing; readers get it opened by the vault. */
    public String idNumberSealed() {
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
