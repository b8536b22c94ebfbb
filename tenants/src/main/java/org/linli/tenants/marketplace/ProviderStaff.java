package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/** A provider-staff user account working for a provider; an account works for at most one provider. */
@Entity
@Table(name = "provider_staff")
public class ProviderStaff extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_staff_seq")
    @SequenceGenerator(name = "provider_staff_seq", sequenceName = "provider_staff_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "user_account_id", nullable = false)
    private long userAccountId;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    protected ProviderStaff() {
    }

    ProviderStaff(ProviderId provider, long userAccountId, String displayName) {
        this.providerId = provider.value();
        this.userAccountId = userAccountId;
        this.displayName = displayName;
    }

    public long id() {
        return id;
    }

    public ProviderId provider() {
        return new ProviderId(providerId);
    }

    public long userAccountId() {
        return userAccountId;
    }

    public String displayName() {
        return displayName;
    }
}
