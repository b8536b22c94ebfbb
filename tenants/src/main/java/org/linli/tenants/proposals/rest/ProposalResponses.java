package org.linli.tenants.proposals.rest;

import org.linli.tenants.proposals.Counting;
import org.linli.tenants.proposals.Matter;
import org.linli.tenants.proposals.Phase;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalComment;
import org.linli.tenants.proposals.ProposalKind;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.proposals.ProposalStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The response bodies of the proposals' resources. */
final class ProposalResponses {

    private ProposalResponses() {
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
}
