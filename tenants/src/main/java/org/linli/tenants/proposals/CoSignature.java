package org.linli.tenants.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A household's co-signature of a resident's draft. Its key is proposal and household together, so a household
 * signs once however many of its residents try, even at the same moment.
 */
@Entity
@Table(name = "proposal_co_signature")
public class CoSignature extends TenantOwned {

    @Id
    @Column(name = "signature_key", length = 60)
    private String key;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected CoSignature() {
    }

    CoSignature(long proposalId, long householdId, long accountId, Instant signedAt) {
        this.key = key(proposalId, householdId);
        this.proposalId = proposalId;
        this.householdId = householdId;
        this.accountId = accountId;
        this.signedAt = signedAt;
    }

    static String key(long proposalId, long householdId) {
        return proposalId + ":" + householdId;
    }

    public long householdId() {
        return householdId;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
