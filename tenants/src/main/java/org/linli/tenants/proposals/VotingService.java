package org.linli.tenants.proposals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.residents.Ownership;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Voting, counting and publishing. A verified resident votes once on a poll of their community; an owner votes on
 * an owners' decision for their home (per home: the first of its owners decides for it) or for their share (per
 * owner). The ballot is written apart from the mark that the voter has voted (see the package documentation) and
 * its receipt code is given to the voter once. After the period the sweep or an operator closes the vote with its
 * tally (art. 278 for owners' decisions) against the electorate fixed when the proposal opened, which an operator
 * then publishes to the tenant, also as a PDF.
 */
@ApplicationService
public class VotingService {

    /** At most this many proposals closed per sweep; the next sweep takes the rest. */
    static final int BATCH = 100;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    OwnershipService ownership;

    @Inject
    Agenda agenda;

    @Inject
    Clock clock;

    /** The voter's proof: the code to look the ballot up with, shown this once. */
    public record Receipt(long proposalId, String code, int choice, String option) {
    }

    /**
     * What a receipt code proves: the ballot exists, what it chose, whether it is counted (closed) yet. The
     * {@code kind} tells whether {@code option} is a fixed option of an owners' decision (to be translated).
     */
    public record ReceiptCheck(String code, long proposalId, String title, ProposalKind kind, int choice,
                               String option, boolean counted) {
    }

    /**
     * Casts the caller's ballot. Refused with 409 {@code already_voted} when the caller (or, counting per home,
     * their home) has voted — also when two ballots race: the voter mark's primary key lets one through.
     */
    @Audited("proposal.vote")
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Receipt vote(@AuditTarget long proposalId, ProposalCommands.Vote vote) {
        validator.validate(vote);
        ResidentRecord me = residents.me();
        Proposal proposal = agenda.visible(proposalId, me.community().value(), false);
        proposal.requireVoting(clock.instant());
        if (vote.choice() >= proposal.options().size()) {
            throw DomainException.invalid(FieldError.of("choice", "range", 0, proposal.options().size() - 1));
        }
        String voter = VoterMark.person(me.id().value());
        long weight = 0;
        if (proposal.kind() == ProposalKind.OWNERS_DECISION) {
            OwnershipService.OwnedHome home = ownership.home(me.household())
                    .orElseThrow(() -> DomainException.forbidden("not_an_owner"));
            OwnershipService.Owner owner = home.owners().stream()
                    .filter(o -> o.resident().value() == me.id().value()).findFirst()
                    .orElseThrow(() -> DomainException.forbidden("not_an_owner"));
            if (proposal.counting() == Counting.PER_HOME) {
                voter = VoterMark.home(home.household().value());
                weight = Math.multiplyExact(home.areaCentiSquareMetres(), (long) Ownership.WHOLE);
            } else {
                weight = Math.multiplyExact(home.areaCentiSquareMetres(), (long) owner.share());
            }
        }
        if (agenda.voted(proposalId, voter)) {
            throw DomainException.conflict("already_voted");
        }
        em.persist(new VoterMark(proposalId, voter));
        try {
            em.flush();
        } catch (PersistenceException concurrentBallot) {
            // Another ballot of the same home or person was written first: it counts, this one does not.
            throw DomainException.conflict("already_voted");
        }
        String code = ReceiptCodes.next();
        em.persist(new Ballot(code, proposalId, vote.choice(), weight));
        return new Receipt(proposalId, ReceiptCodes.display(code), vote.choice(),
                proposal.options().get(vote.choice()));
    }

    /** Anyone of the tenant checks a receipt code: the ballot it names, its choice, and whether it is counted. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public ReceiptCheck receipt(String typed) {
        String code = ReceiptCodes.normalise(typed);
        Ballot ballot = code == null ? null : em.find(Ballot.class, code);
        if (ballot == null) {
            throw DomainException.notFound("receipt_not_found");
        }
        Proposal proposal = agenda.proposal(ballot.proposalId(), false);
        return new ReceiptCheck(ReceiptCodes.display(code), proposal.id(), proposal.title(), proposal.kind(),
                ballot.choice(), proposal.options().get(ballot.choice()), proposal.isClosed());
    }

    /** Closes one proposal whose vote has ended, counting its ballots. */
    @Audited("proposal.close")
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public Proposal close(@AuditTarget long proposalId) {
        Proposal proposal = agenda.proposal(proposalId, true);
        count(proposal, clock.instant());
        return proposal;
    }

    /** Closes every proposal whose vote has ended (run by the sweep in each tenant); how many it closed. */
    @Audited("proposal.sweep")
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public int closeDue() {
        Instant now = clock.instant();
        List<Long> due = em.createQuery("select p.id from Proposal p where p.status = :open"
                        + " and p.votingUntil <= :now order by p.id", Long.class)
                .setParameter("open", ProposalStatus.OPEN).setParameter("now", now).setMaxResults(BATCH)
                .getResultList();
        due.forEach(id -> count(agenda.proposal(id, true), now));
        return due.size();
    }

    /** Publishes a closed proposal's tally to the tenant. */
    @Audited("proposal.publish")
    @RequiresPermission(Permissions.PROPOSAL_MANAGE)
    public Proposal publish(@AuditTarget long proposalId) {
        Proposal proposal = agenda.proposal(proposalId, true);
        proposal.publish(clock.instant());
        return proposal;
    }

    /**
     * The tally as the caller may see it: operators every count once closed, residents once published; before
     * that only how many ballots were cast — never who voted what.
     */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Tally tally(long proposalId) {
        boolean operator = CurrentUser.isPermitted(Permissions.PROPOSAL_MANAGE);
        Proposal p = agenda.visible(proposalId, operator ? null : residents.me().community().value(), false);
        Phase phase = p.phase(clock.instant());
        long cast = agenda.ballotsCast(proposalId);
        boolean complete = p.status() == ProposalStatus.PUBLISHED || operator && p.status() == ProposalStatus.CLOSED;
        if (!complete) {
            return new Tally(p.id(), p.title(), p.kind(), p.counting(), p.matter(), phase, cast, false, null, null,
                    null, null, null, null, null, null, null, List.of());
        }
        List<Long> counts = p.optionCounts();
        long[] areas = areasByOption(p);
        List<Tally.OptionCount> options = new ArrayList<>();
        for (int i = 0; i < p.options().size(); i++) {
            options.add(new Tally.OptionCount(i, p.options().get(i), i < counts.size() ? counts.get(i) : 0,
                    p.kind() == ProposalKind.OWNERS_DECISION ? Tally.squareMetres(areas[i]) : null));
        }
        Art278Tally rule = rule(p);
        return new Tally(p.id(), p.title(), p.kind(), p.counting(), p.matter(), phase, cast, true,
                Tally.squareMetres(p.eligibleArea()), p.eligibleVoters(), Tally.squareMetres(p.participatingArea()),
                p.participatingVoters(), Tally.squareMetres(p.forArea()), p.forVoters(),
                rule == null ? null : rule.quorate(), rule == null ? null : rule.approved(), p.result(), options);
    }

    /** The published (or, for operators, closed) tally as a PDF document. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public byte[] tallyPdf(long proposalId, Locale locale) {
        Tally tally = tally(proposalId);
        if (!tally.complete()) {
            throw DomainException.conflict("tally_not_published");
        }
        return TallyPdf.render(tally, locale);
    }

    private void count(Proposal proposal, Instant now) {
        List<Object[]> rows = em.createQuery("select b.choice, count(b), sum(b.areaWeight) from Ballot b"
                        + " where b.proposalId = :proposal group by b.choice", Object[].class)
                .setParameter("proposal", proposal.id()).getResultList();
        long[] counts = new long[proposal.options().size()];
        long[] areas = new long[proposal.options().size()];
        for (Object[] row : rows) {
            int choice = ((Number) row[0]).intValue();
            counts[choice] = ((Number) row[1]).longValue();
            areas[choice] = row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        long voters = Arrays.stream(counts).sum();
        if (proposal.electorateAt() == null) {
            // Opened before proposals kept their electorate: the registry as it is now is all there is.
            agenda.fixElectorate(proposal, now);
        }
        long eligibleVoters = proposal.electorateVoters();
        if (proposal.kind() == ProposalKind.SIMPLE_POLL) {
            proposal.close(Math.max(eligibleVoters, voters), counts, now);
            return;
        }
        long eligibleArea = proposal.electorateArea();
        long participatingArea = Arrays.stream(areas).sum();
        // A ballot cast by an owner who has since sold or moved stays counted, so the electorate is at least those
        // who voted.
        Art278Tally tally = new Art278Tally(Math.max(eligibleArea, participatingArea),
                Math.max(eligibleVoters, voters), participatingArea, voters, areas[Proposal.FOR],
                counts[Proposal.FOR], proposal.matter());
        proposal.close(tally, counts, now);
    }

    private long[] areasByOption(Proposal proposal) {
        long[] areas = new long[proposal.options().size()];
        em.createQuery("select b.choice, sum(b.areaWeight) from Ballot b where b.proposalId = :proposal"
                        + " group by b.choice", Object[].class).setParameter("proposal", proposal.id())
                .getResultList().forEach(row -> areas[((Number) row[0]).intValue()] =
                        row[1] == null ? 0 : ((Number) row[1]).longValue());
        return areas;
    }

    private static Art278Tally rule(Proposal p) {
        if (p.kind() != ProposalKind.OWNERS_DECISION || p.eligibleArea() == null) {
            return null;
        }
        return new Art278Tally(p.eligibleArea(), p.eligibleVoters(), p.participatingArea(), p.participatingVoters(),
                p.forArea(), p.forVoters(), p.matter());
    }
}
