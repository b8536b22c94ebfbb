package org.linli.tenants.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/**
 * A secret ballot: the choice and what it weighs, under its random receipt code — and nothing else. No voter, no
 * household, no time, no sequence number: see the package documentation for why a ballot cannot be joined to the
 * {@link VoterMark} written in the same transaction.
 */
@Entity
@Table(name = "proposal_ballot")
public class Ballot extends TenantOwned {

    @Id
    @Column(name = "receipt", length = 20)
    private String receipt;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "choice", nullable = false)
    private int choice;

    /** Floor area in hundredths of m² times basis points of ownership (0 in a poll). */
    @Column(name = "area_weight", nullable = false)
    private long areaWeight;

    /** Owners (or homes) this ballot counts as: 1. */
    @Column(name = "voters", nullable = false)
    private int voters;

    protected Ballot() {
    }

    Ballot(String receipt, long proposalId, int choice, long areaWeight) {
        this.receipt = receipt;
        this.proposalId = proposalId;
        this.choice = choice;
        this.areaWeight = areaWeight;
        this.voters = 1;
    }

    public String receipt() {
        return receipt;
    }

    public long proposalId() {
        return proposalId;
    }

    public int choice() {
        return choice;
    }

    public long areaWeight() {
        return areaWeight;
    }
}
