package org.linli.tenants.proposals.rest;

import org.linli.platform.problem.EnumValues;
import org.linli.tenants.proposals.Counting;
import org.linli.tenants.proposals.Matter;
import org.linli.tenants.proposals.Phase;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.ProposalComment;
import org.linli.tenants.proposals.ProposalKind;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.proposals.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link ProposalCommentResource} and {@link ProposalResource}, as records;
 * requests carry their Bean Validation constraints.
 */
final class ProposalsApi {

    private ProposalsApi() {
    }

    public record CommentRequest(String body) {
    }

    public record ReportRequest(String reason) {
    }

    public record ModerationRequest(String note) {
    }

    /**
     * A proposal as the caller sees it: {@code ballotsCast} is the only number of the vote shown before the close;
     * {@code votedByMe} and {@code signedByMyHousehold} concern the caller (a resident) alone.
     */
    public record ProposalResponse(long id, long communityId, String title, String body, ProposalKind kind,
                                   Counting counting, Matter matter, List<String> options, ProposalStatus status,
                                   Phase phase, String proposerName, int coSignatures, int coSignaturesNeeded,
                                   Instant votingFrom, Instant votingUntil, Instant createdAt, Instant closedAt,
                                   Instant publishedAt, long ballotsCast, boolean signedByMyHousehold,
                                   boolean votedByMe, boolean mine, Long electorateVoters,
                                   BigDecimal electorateArea, Instant electorateFixedAt) {

        static ProposalResponse of(ProposalService.ProposalView view) {
            Proposal p = view.proposal();
            return new ProposalResponse(p.id(), p.communityId(), p.title(), p.body(), p.kind(), p.counting(),
                    p.matter(), p.options(), p.status(), view.phase(), p.proposerName(), p.coSignatures(),
                    view.coSignaturesNeeded(), p.votingFrom(), p.votingUntil(), p.createdAt(), p.closedAt(),
                    p.publishedAt(), view.ballotsCast(), view.signedByMyHousehold(), view.votedByMe(), view.mine(),
                    p.electorateVoters(), p.electorateSquareMetres(), p.electorateAt());
        }
    }

    /** A comment; moderation fields are filled for operators' eyes (hidden comments reach only them). */
    public record CommentResponse(long id, long proposalId, String authorName, String body, String status,
                                  int reports, Instant createdAt, String moderatedBy, String moderationNote) {

        static CommentResponse of(ProposalComment c) {
            return new CommentResponse(c.id(), c.proposalId(), c.authorName(), c.body(), c.status().name(),
                    c.reports(), c.createdAt(), c.moderatedBy(), c.moderationNote());
        }
    }

    /** {@code options} for a poll; {@code counting} ({@code PER_HOME}/{@code PER_OWNER}) and {@code matter}
     * ({@code ORDINARY}/{@code MAJOR}) for an owners' decision. */
    public record ProposalRequest(Long communityId, String title, String body, String kind, List<String> options,
                                  String counting, String matter, Instant votingFrom, Instant votingUntil) {

        ProposalCommands.NewProposal command() {
            return new ProposalCommands.NewProposal(communityId, title, body,
                    EnumValues.parse(ProposalKind.class, kind, "kind"), options,
                    EnumValues.parse(Counting.class, counting, "counting"),
                    EnumValues.parse(Matter.class, matter, "matter"), votingFrom, votingUntil);
        }
    }

    public record ScheduleRequest(Instant votingFrom, Instant votingUntil) {
    }

    public record VoteRequest(Integer choice) {
    }

    /** The receipt code is shown this once: the server keeps no link from the voter to it. */
    public record ReceiptResponse(long proposalId, String receipt, int choice, String option) {
    }

    public record ReceiptCheckResponse(String receipt, long proposalId, String title, int choice, String option,
                                       boolean counted) {
    }

    public record VotesResponse(long proposalId, long ballotsCast, boolean votedByMe) {
    }

    public record SettingsRequest(Integer coSignaturesNeeded) {
    }

    public record SettingsResponse(int coSignaturesNeeded) {
    }
}
