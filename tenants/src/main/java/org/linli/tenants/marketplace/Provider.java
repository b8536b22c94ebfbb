package org.linli.tenants.marketplace;

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

import java.time.Instant;

/**
 * A company or person delivering services in a tenant (服务商).
 *
 * <p>Lifecycle: {@code PENDING → VERIFIED ⇄ SUSPENDED}. Only a verified provider's active offerings are sold.
 * Its rating is kept as a count and a sum of review stars, so the average is exact and updates are cheap.
 */
@Entity
@Table(name = "provider")
public class Provider extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
    @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ProviderKind kind;

    @Column(name = "licence_number", nullable = false, length = 40)
    private String licenceNumber;

    @Column(name = "contact_name", nullable = false, length = 50)
    private String contactName;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "description", length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProviderStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "rating_count", nullable = false)
    private long ratingCount;

    @Column(name = "rating_sum", nullable = false)
    private long ratingSum;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected Provider() {
    }

    Provider(ProviderCommands.NewProvider command, Instant createdAt) {
        this.name = command.name().strip();
        this.kind = command.kind();
        this.licenceNumber = command.licenceNumber().strip();
        this.contactName = command.contactName().strip();
        this.contactPhone = command.contactPhone().strip();
        this.description = command.description();
        this.status = ProviderStatus.PENDING;
        this.createdAt = createdAt;
    }

    void verify(Instant at) {
        if (status != ProviderStatus.PENDING) {
            throw DomainException.invalidTransition(status, "verify");
        }
        status = ProviderStatus.VERIFIED;
        statusReason = null;
        verifiedAt = at;
    }

    void suspend(String reason) {
        if (status != ProviderStatus.VERIFIED) {
            throw DomainException.invalidTransition(status, "suspend");
        }
        status = ProviderStatus.SUSPENDED;
        statusReason = reason;
    }

    void reinstate() {
        if (status != ProviderStatus.SUSPENDED) {
            throw DomainException.invalidTransition(status, "reinstate");
        }
        status = ProviderStatus.VERIFIED;
        statusReason = null;
    }

    void update(ProviderCommands.NewProvider command) {
        this.name = command.name().strip();
        this.licenceNumber = command.licenceNumber().strip();
        this.contactName = command.contactName().strip();
        this.contactPhone = command.contactPhone().strip();
        this.description = command.description();
    }

    /** Counts a review of {@code stars} (1–5) into the rating. */
    void rate(int stars) {
        ratingCount++;
        ratingSum += stars;
    }

    public ProviderId id() {
        return new ProviderId(id);
    }

    public String name() {
        return name;
    }

    public ProviderKind kind() {
        return kind;
    }

    public String licenceNumber() {
        return licenceNumber;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String description() {
        return description;
    }

    public ProviderStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public long ratingCount() {
        return ratingCount;
    }

    /**
     * What the catalogue ranks the provider's offerings by: the stars summed over one review more than there are, so
     * that one five-star review does not outrank many good ones, and a provider without reviews ranks 0.
     */
    public double catalogueScore() {
        return ratingSum / (ratingCount + 1.0);
    }

    /** The average rating with one decimal, or null before the first review. */
    public Double rating() {
        return ratingCount == 0 ? null : Math.round(ratingSum * 10.0 / ratingCount) / 10.0;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public boolean isSelling() {
        return status == ProviderStatus.VERIFIED;
    }

    @Override
    public String auditName() {
        return "provider:" + id;
    }
}
