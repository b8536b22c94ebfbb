package org.linli.tenants.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/**
 * That someone has voted on a proposal: a home ({@code H}) in an owners' decision counted per home, an owner or a
 * resident ({@code R}) otherwise. The primary key is proposal and voter together, so a second ballot of the same
 * home or person — even sent at the same instant — fails on the database and is answered 409 {@code already_voted}.
 * It names no ballot.
 */
@Entity
@Table(name = "proposal_voter")
public class VoterMark extends TenantOwned {

    @Id
    @Column(name = "voter_key", length = 60)
    private String key;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    protected VoterMark() {
    }

    VoterMark(long proposalId, String voter) {
        this.key = key(proposalId, voter);
        this.proposalId = proposalId;
    }

    static String key(long proposalId, String voter) {
        return proposalId + ":" + voter;
    }

    static String home(long household) {
        return "H" + household;
    }

    static String person(long resident) {
        return "R" + resident;
    }
}
