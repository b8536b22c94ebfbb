package org.linli.tenants.proposals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.time.Instant;

/**
 * Proposals from their start to the vote: operators put one to a community, open at once; a verified resident
 * drafts one for their own community, which opens for discussion when the tenant's number of households (default
 * {@value ProposalSettings#DEFAULT_CO_SIGNATURES}) have co-signed it — one signature per household, the proposer's
 * own household not counting. The voting period is set by the proposer and can be moved by them (while a draft) or
 * by an operator until the vote begins.
 */
@ApplicationService
public class ProposalService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    StructureService structure;

    @Inject
    Agenda agenda;

    @Inject
    Clock clock;

    /** A proposal as the caller sees it at this moment, with whether they (or their home) signed and voted. */
    public record ProposalView(Proposal proposal, Phase phase, int coSignaturesNeeded, long ballotsCast,
                               boolean signedByMyHousehold, boolean votedByMe, boolean mine) {
    }

    /**
     * Puts a proposal to a community: an operator's opens at once (for discussion until its vote begins); a
     * resident's is a draft of their own community, waiting for co-signatures.
     */
    @Audited("proposal.submit")
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Proposal submit(ProposalCommands.NewProposal command) {
        validator.validate(command);
        Actor actor = CurrentUser.require();
        Instant now = clock.instant();
        Proposal proposal;
        if (operator()) {
            structure.community(new CommunityId(command.communityId()));
            proposal = new Proposal(command.communityId(), command, actor.accountId(), actor.displayName(), null,
                    true, now);
        } else {
            ResidentRecord me = residents.me();
            if (me.community().value() != command.communityId()) {
                throw DomainException.forbidden("proposal_other_community");
            }
            proposal = new Proposal(command.communityId(), command, actor.accountId(), me.name(),
                    me.household().value(), false, now);
        }
        if (proposal.status() == ProposalStatus.OPEN) {
            agenda.fixElectorate(proposal, now);
        }
        em.persist(proposal);
        em.flush();
        return proposal;
    }

    /**
     * The caller's household co-signs a resident's draft of their community (once per household; the proposer's
     * household does not count). The draft opens for discussion when the tenant's threshold is reached.
     */
    @Audited("proposal.co-sign")
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public ProposalView coSign(@AuditTarget long id) {
        ResidentRecord me = residents.me();
        Proposal proposal = agenda.visible(id, me.community().value(), true);
        if (proposal.phase(clock.instant()) != Phase.DRAFT) {
            throw DomainException.invalidTransition(proposal.phase(clock.instant()), "co-sign");
        }
        long household = me.household().value();
        if (proposal.proposerHousehold() != null && proposal.proposerHousehold() == household) {
            throw DomainException.conflict("proposal_own_household");
        }
        if (em.find(CoSignature.class, CoSignature.key(id, household)) != null) {
            throw DomainException.conflict("already_co_signed");
        }
        em.persist(new CoSignature(id, household, CurrentUser.require().accountId(), clock.instant()));
        try {
            em.flush();
        } catch (PersistenceException sameHouseholdMeanwhile) {
            throw DomainException.conflict("already_co_signed");
        }
        long signed = em.createQuery("select count(s) from CoSignature s where s.proposalId = :proposal",
                Long.class).setParameter("proposal", id).getSingleResult();
        proposal.coSigned((int) signed, agenda.coSignaturesNeeded(), clock.instant());
        if (proposal.status() == ProposalStatus.OPEN) {
            agenda.fixElectorate(proposal, clock.instant());
        }
        return view(proposal, me);
    }

    /** Moves the voting period: operators until the vote begins, the proposer while it is a draft. */
    @Audited("proposal.schedule")
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Proposal schedule(@AuditTarget long id, ProposalCommands.Schedule schedule) {
        validator.validate(schedule);
        Proposal proposal;
        if (operator()) {
            proposal = agenda.proposal(id, true);
        } else {
            ResidentRecord me = residents.me();
            proposal = agenda.visible(id, me.community().value(), true);
            if (proposal.proposerAccount() != CurrentUser.require().accountId()
                    || proposal.status() != ProposalStatus.DRAFT) {
                throw DomainException.forbidden("proposal_not_yours");
            }
        }
        if (agenda.ballotsCast(id) > 0) {
            throw DomainException.invalidTransition(proposal.phase(clock.instant()), "schedule");
        }
        proposal.schedule(schedule.votingFrom(), schedule.votingUntil(), clock.instant());
        return proposal;
    }

    /** A page of the proposals the caller may see (operators: all, optionally of one community), newest first. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Page<ProposalView> list(CommunityId community, ProposalStatus status, PageRequest page) {
        ResidentRecord me = operator() ? null : residents.me();
        // Boxed on both sides: a mixed Long/long conditional would unbox the operators' "all communities" null.
        Long scope = me == null ? (community == null ? null : Long.valueOf(community.value()))
                : Long.valueOf(me.community().value());
        return PagedQuery.of(em, Proposal.class, "p").filter("p.communityId = :community", "community", scope)
                .filter("p.status = :status", "status", status).page("p.createdAt desc, p.id desc", page)
                .map(p -> view(p, me));
    }

    /** One proposal the caller may see. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public ProposalView get(long id) {
        ResidentRecord me = operator() ? null : residents.me();
        return view(agenda.visible(id, me == null ? null : me.community().value(), false), me);
    }

    /** The tenant's settings. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public int coSignaturesNeeded() {
        return agenda.coSignaturesNeeded();
    }

    /** Changes how many households must co-sign a resident's proposal (drafts already open stay open). */
    @Audited("proposal.settings")
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public int changeSettings(ProposalCommands.Settings settings) {
        validator.validate(settings);
        ProposalSettings row = em.find(ProposalSettings.class, ProposalSettings.SINGLE);
        if (row == null) {
            em.persist(new ProposalSettings(settings.coSignaturesNeeded(), clock.instant()));
        } else {
            row.change(settings.coSignaturesNeeded(), clock.instant());
        }
        return settings.coSignaturesNeeded();
    }

    private ProposalView view(Proposal proposal, ResidentRecord me) {
        long id = proposal.id();
        boolean signed = me != null && em.find(CoSignature.class, CoSignature.key(id, me.household().value())) != null;
        boolean voted = me != null && (agenda.voted(id, VoterMark.person(me.id().value()))
                || proposal.counting() == Counting.PER_HOME
                && agenda.voted(id, VoterMark.home(me.household().value())));
        boolean mine = proposal.proposerAccount() == CurrentUser.require().accountId();
        return new ProposalView(proposal, proposal.phase(clock.instant()), agenda.coSignaturesNeeded(),
                agenda.ballotsCast(id), signed, voted, mine);
    }

    private static boolean operator() {
        return CurrentUser.isPermitted(Permissions.PROPOSAL_MANAGE);
    }
}
