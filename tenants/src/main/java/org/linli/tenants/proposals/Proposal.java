package org.linli.tenants.proposals;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A proposal (议题) put to a community: by an operator, open at once; or by a resident as a {@code DRAFT} that
 * opens when enough households have co-signed it. While {@code OPEN} it is discussed until {@code votingFrom}, voted
 * on until {@code votingUntil}, then closed with its tally (by the sweep or an operator) and finally published.
 *
 * <p>Invariants: {@code votingFrom < votingUntil}; the dates change only before the vote begins; a simple poll
 * has 2-10 options of the proposer's, an owners' decision the fixed three (for, against, abstain) plus a counting
 * and a matter; the electorate (who may vote, and their floor area) is fixed once, when the proposal opens and its
 * vote is announced, so that later changes to the registry do not move the thresholds; the tally is written once,
 * at the close.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends TenantOwned implements AuditSubject {

    /** The options of an owners' decision, by index: 0 for, 1 against, 2 abstain. */
    public static final List<String> DECISION_OPTIONS = List.of("FOR", "AGAINST", "ABSTAIN");
    public static final int FOR = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ProposalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "counting", length = 20)
    private Counting counting;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter", length = 20)
    private Matter matter;

    @Column(name = "options", nullable = false, length = 1100)
    private String options;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProposalStatus status;

    @Column(name = "proposer_account", nullable = false)
    private long proposerAccount;

    @Column(name = "proposer_name", nullable = false, length = 100)
    private String proposerName;

    @Column(name = "proposer_household")
    private Long proposerHousehold;

    @Column(name = "co_signatures", nullable = false)
    private int coSignatures;

    @Column(name = "voting_from", nullable = false)
    private Instant votingFrom;

    @Column(name = "voting_until", nullable = false)
    private Instant votingUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "electorate_area")
    private Long electorateArea;

    @Column(name = "electorate_voters")
    private Long electorateVoters;

    @Column(name = "electorate_at")
    private Instant electorateAt;

    @Column(name = "eligible_area")
    private Long eligibleArea;

    @Column(name = "eligible_voters")
    private Long eligibleVoters;

    @Column(name = "participating_area")
    private Long participatingArea;

    @Column(name = "participating_voters")
    private Long participatingVoters;

    @Column(name = "for_area")
    private Long forArea;

    @Column(name = "for_voters")
    private Long forVoters;

    @Column(name = "option_counts", length = 400)
    private String optionCounts;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", length = 20)
    private TallyResult result;

    protected Proposal() {
    }

    Proposal(long communityId, ProposalCommands.NewProposal details, long proposerAccount, String proposerName,
             Long proposerHousehold, boolean open, Instant now) {
        this.communityId = communityId;
        this.title = details.title().strip();
        this.body = details.body().strip();
        this.kind = details.kind();
        if (kind == ProposalKind.OWNERS_DECISION) {
            if (details.counting() == null || details.matter() == null) {
                throw DomainException.conflict("proposal_decision_incomplete");
            }
            this.counting = details.counting();
            this.matter = details.matter();
            this.options = String.join("\n", DECISION_OPTIONS);
        } else {
            List<String> given = details.options() == null ? List.of()
                    : details.options().stream().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
            if (given.size() < 2 || given.size() > 10 || given.stream().anyMatch(o -> o.length() > 100)) {
                throw DomainException.conflict("proposal_options_invalid");
            }
            this.options = String.join("\n", given);
        }
        this.proposerAccount = proposerAccount;
        this.proposerName = proposerName;
        this.proposerHousehold = proposerHousehold;
        reschedule(details.votingFrom(), details.votingUntil(), now);
        this.createdAt = now;
        this.status = open ? ProposalStatus.OPEN : ProposalStatus.DRAFT;
        this.openedAt = open ? now : null;
    }

    /** Where the proposal stands at {@code now}. */
    public Phase phase(Instant now) {
        return switch (status) {
            case DRAFT -> Phase.DRAFT;
            case CLOSED -> Phase.CLOSED;
            case PUBLISHED -> Phase.PUBLISHED;
            case OPEN -> now.isBefore(votingFrom) ? Phase.DISCUSSION
                    : now.isBefore(votingUntil) ? Phase.VOTING : Phase.COUNTING;
        };
    }

    /** Records the number of households that co-signed; a draft opens once {@code needed} is reached. */
    void coSigned(int households, int needed, Instant now) {
        if (status != ProposalStatus.DRAFT) {
            throw DomainException.invalidTransition(status, "co-sign");
        }
        this.coSignatures = households;
        if (households >= needed) {
            status = ProposalStatus.OPEN;
            openedAt = now;
        }
    }

    /**
     * Fixes the electorate as the registry has it now: the homes with an owner (or their owners) and their floor
     * area for an owners' decision, the verified residents for a poll. Once, and only for an open proposal.
     */
    void fixElectorate(long area, long voters, Instant now) {
        if (status == ProposalStatus.DRAFT || electorateAt != null) {
            throw DomainException.invalidTransition(status, "fix-electorate");
        }
        this.electorateArea = area;
        this.electorateVoters = voters;
        this.electorateAt = now;
    }

    /** Sets the voting period; only before the vote has begun. */
    void schedule(Instant from, Instant until, Instant now) {
        Phase phase = phase(now);
        if (phase != Phase.DRAFT && phase != Phase.DISCUSSION) {
            throw DomainException.invalidTransition(phase, "schedule");
        }
        reschedule(from, until, now);
    }

    private void reschedule(Instant from, Instant until, Instant now) {
        if (from == null || until == null || !from.isBefore(until) || !until.isAfter(now)) {
            throw DomainException.conflict("proposal_dates_invalid");
        }
        this.votingFrom = from;
        this.votingUntil = until;
    }

    /** Refuses unless the vote is running at {@code now}: 409 {@code proposal_not_voting}. */
    void requireVoting(Instant now) {
        if (phase(now) != Phase.VOTING) {
            throw DomainException.conflict("proposal_not_voting");
        }
    }

    /** Refuses comments once the vote has ended. */
    void requireDiscussable(Instant now) {
        Phase phase = phase(now);
        if (phase != Phase.DRAFT && phase != Phase.DISCUSSION && phase != Phase.VOTING) {
            throw DomainException.conflict("proposal_discussion_over");
        }
    }

    /** Writes the tally of an owners' decision, once its vote has ended. */
    void close(Art278Tally tally, long[] counts, Instant now) {
        requireCounting(now);
        this.eligibleArea = tally.eligibleArea();
        this.eligibleVoters = tally.eligibleOwners();
        this.participatingArea = tally.participatingArea();
        this.participatingVoters = tally.participatingOwners();
        this.forArea = tally.forArea();
        this.forVoters = tally.forOwners();
        this.result = tally.result();
        finish(counts, now);
    }

    /** Writes the tally of a poll, once its vote has ended. */
    void close(long eligible, long[] counts, Instant now) {
        requireCounting(now);
        this.eligibleVoters = eligible;
        this.participatingVoters = Arrays.stream(counts).sum();
        this.result = TallyResult.COUNTED;
        finish(counts, now);
    }

    private void requireCounting(Instant now) {
        if (phase(now) != Phase.COUNTING) {
            throw DomainException.invalidTransition(phase(now), "close");
        }
    }

    private void finish(long[] counts, Instant now) {
        this.optionCounts = String.join(",", Arrays.stream(counts).mapToObj(Long::toString).toList());
        this.status = ProposalStatus.CLOSED;
        this.closedAt = now;
    }

    /** Makes the tally public to the tenant. */
    void publish(Instant now) {
        if (status != ProposalStatus.CLOSED) {
            throw DomainException.invalidTransition(status, "publish");
        }
        status = ProposalStatus.PUBLISHED;
        publishedAt = now;
    }

    @Override
    public String auditName() {
        return "proposal:" + id;
    }

    public long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public ProposalKind kind() {
        return kind;
    }

    public Counting counting() {
        return counting;
    }

    public Matter matter() {
        return matter;
    }

    public List<String> options() {
        return List.of(options.split("\n"));
    }

    public ProposalStatus status() {
        return status;
    }

    public long proposerAccount() {
        return proposerAccount;
    }

    public String proposerName() {
        return proposerName;
    }

    public Long proposerHousehold() {
        return proposerHousehold;
    }

    public int coSignatures() {
        return coSignatures;
    }

    public Instant votingFrom() {
        return votingFrom;
    }

    public Instant votingUntil() {
        return votingUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The floor area (m² × 100 × share basis points) of the electorate fixed at opening; null before. */
    public Long electorateArea() {
        return electorateArea;
    }

    /** The electorate's floor area in square metres (two decimals), as fixed at opening; null before. */
    public BigDecimal electorateSquareMetres() {
        return Tally.squareMetres(electorateArea);
    }

    /** How many homes, owners or residents may vote, as fixed at opening; null before. */
    public Long electorateVoters() {
        return electorateVoters;
    }

    /** When the electorate was fixed: when the proposal opened. */
    public Instant electorateAt() {
        return electorateAt;
    }

    public Long eligibleArea() {
        return eligibleArea;
    }

    public Long eligibleVoters() {
        return eligibleVoters;
    }

    public Long participatingArea() {
        return participatingArea;
    }

    public Long participatingVoters() {
        return participatingVoters;
    }

    public Long forArea() {
        return forArea;
    }

    public Long forVoters() {
        return forVoters;
    }

    /** Ballots per option, by index, once closed. */
    public List<Long> optionCounts() {
        return optionCounts == null ? List.of()
                : Arrays.stream(optionCounts.split(",")).map(Long::valueOf).toList();
    }

    public TallyResult result() {
        return result;
    }

    public boolean isClosed() {
        return status == ProposalStatus.CLOSED || status == ProposalStatus.PUBLISHED;
    }
}
