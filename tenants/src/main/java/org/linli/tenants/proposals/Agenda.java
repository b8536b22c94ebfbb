package org.linli.tenants.proposals;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.residents.Ownership;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.structure.CommunityId;

import java.time.Instant;

/**
 * The proposals' reads shared by their services: a plain bean, so that calls between the services' own steps do
 * not pass their permission checks again. Who may see which proposal is decided here once: operators every one of
 * the tenant, residents those of their own community.
 */
@Dependent
class Agenda {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    OwnershipService ownership;

    Proposal proposal(long id, boolean lock) {
        Proposal proposal = lock ? em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Proposal.class, id);
        if (proposal == null) {
            throw DomainException.notFound("proposal_not_found");
        }
        return proposal;
    }

    /** A proposal the caller may see: any for operators ({@code community} null), else one of their community. */
    Proposal visible(long id, Long community, boolean lock) {
        Proposal proposal = proposal(id, lock);
        if (community != null && proposal.communityId() != community) {
            throw DomainException.notFound("proposal_not_found");
        }
        return proposal;
    }

    /**
     * Fixes an open proposal's electorate as the registry has it now (see {@link Proposal#fixElectorate}): the
     * tally counts against it, so owners recorded or removed afterwards do not move its thresholds.
     */
    void fixElectorate(Proposal proposal, Instant now) {
        CommunityId community = new CommunityId(proposal.communityId());
        if (proposal.kind() == ProposalKind.SIMPLE_POLL) {
            proposal.fixElectorate(0, ownership.verifiedResidents(community), now);
            return;
        }
        long area = 0;
        long voters = 0;
        for (OwnershipService.OwnedHome home : ownership.electorate(community)) {
            area = Math.addExact(area, Math.multiplyExact(home.areaCentiSquareMetres(), (long) Ownership.WHOLE));
            voters += proposal.counting() == Counting.PER_HOME ? 1 : home.owners().size();
        }
        proposal.fixElectorate(area, voters, now);
    }

    int coSignaturesNeeded() {
        ProposalSettings settings = em.find(ProposalSettings.class, ProposalSettings.SINGLE);
        return settings == null ? ProposalSettings.DEFAULT_CO_SIGNATURES : settings.coSignaturesNeeded();
    }

    long ballotsCast(long proposal) {
        return em.createQuery("select count(b) from Ballot b where b.proposalId = :proposal", Long.class)
                .setParameter("proposal", proposal).getSingleResult();
    }

    boolean voted(long proposal, String voter) {
        return em.find(VoterMark.class, VoterMark.key(proposal, voter)) != null;
    }

    static void requireOpenFor(Proposal proposal, Instant now, String action) {
        if (proposal.phase(now) == Phase.CLOSED || proposal.phase(now) == Phase.PUBLISHED) {
            throw DomainException.invalidTransition(proposal.phase(now), action);
        }
    }
}
