package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/** A community a provider serves. A provider serving no community in particular serves the whole tenant. */
@Entity
@Table(name = "provider_community")
public class ProviderCommunity extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_community_seq")
    @SequenceGenerator(name = "provider_community_seq", sequenceName = "provider_community_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    protected ProviderCommunity() {
    }

    ProviderCommunity(ProviderId provider, long communityId) {
        this.providerId = provider.value();
        this.communityId = communityId;
    }

    public long communityId() {
        return communityId;
    }
}
