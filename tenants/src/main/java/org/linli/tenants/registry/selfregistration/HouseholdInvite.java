package org.linli.tenants.registry.selfregistration;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.Instant;
import java.util.Optional;

/**
 * An invite code for one household, handed to its residents so that they can register themselves. Codes are looked
 * up before anyone is signed in (the code tells which tenant), so this small table is not tenant-scoped; it holds
 * no personal data. A code is valid until it expires.
 */
@Entity
@Cacheable(false)
@Table(name = "household_invite")
public class HouseholdInvite {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "tenant_id", nullable = false)
    private long tenantId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by", length = 100)
    private String usedBy;

    protected HouseholdInvite() {
    }

    HouseholdInvite(String code, TenantId tenant, HouseholdId household, String createdBy, Instant createdAt,
                    Instant expiresAt) {
        this.code = code;
        this.tenantId = tenant.value();
        this.householdId = household.value();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String code() {
        return code;
    }

    public TenantId tenant() {
        return TenantId.of(tenantId);
    }

    public HouseholdId household() {
        return new HouseholdId(householdId);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Usable: not expired and not yet used to register an account. */
    public boolean isValidAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the code on the account {@code username}; a code registers one account only. */
    void use(String username, Instant at) {
        if (!isValidAt(at)) {
            throw DomainException.invalid(FieldError.of("inviteCode", "invite_invalid"));
        }
        this.usedAt = at;
        this.usedBy = username;
    }

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }
}
