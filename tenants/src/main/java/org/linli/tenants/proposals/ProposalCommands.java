package org.linli.tenants.proposals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** What callers send to the proposals' services, checked by Bean Validation before anything else. */
public final class ProposalCommands {

    private ProposalCommands() {
    }

    /**
     * A new proposal in a community. {@code options} only for a simple poll (2-10); {@code counting} and
     * {@code matter} only for an owners' decision.
     */
    public record NewProposal(@NotNull Long communityId, @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 4000) String body, @NotNull ProposalKind kind,
                              @Size(max = 10) List<@Size(max = 100) String> options, Counting counting,
                              Matter matter, @NotNull Instant votingFrom, @NotNull Instant votingUntil) {
    }

    /** A voting period. */
    public record Schedule(@NotNull Instant votingFrom, @NotNull Instant votingUntil) {
    }

    /** A comment in the discussion. */
    public record Comment(@NotBlank @Size(max = 2000) String body) {
    }

    /** A report of a comment, with why. */
    public record Report(@NotBlank @Size(max = 500) String reason) {
    }

    /** An operator's decision on a comment, with a note. */
    public record Moderation(@NotBlank @Size(max = 500) String note) {
    }

    /** A ballot: the index of the chosen option. */
    public record Vote(@NotNull @Min(0) @Max(9) Integer choice) {
    }

    /** The tenant's deliberation settings. */
    public record Settings(@NotNull @Min(1) @Max(1000) Integer coSignaturesNeeded) {
    }
}
