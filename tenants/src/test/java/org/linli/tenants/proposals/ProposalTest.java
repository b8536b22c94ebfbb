package org.linli.tenants.proposals;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proposal's life: co-signed into discussion, voted between its dates, closed with a tally, published. */
class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant FROM = NOW.plus(Duration.ofDays(7));
    private static final Instant UNTIL = FROM.plus(Duration.ofDays(7));

    private static ProposalCommands.NewProposal poll() {
        return new ProposalCommands.NewProposal(1L, "加装电动车充电桩？", "在 3 栋旁加装", ProposalKind.SIMPLE_POLL,
                List.of("同意", "不同意", " 同意 ", ""), null, null, FROM, UNTIL);
    }

    private static Proposal draft() {
        return new Proposal(1, poll(), 42, "王居民", 7L, false, NOW);
    }

    @Test
    void aResidentsDraftOpensWhenTheThresholdOfHouseholdsIsReached() {
        Proposal proposal = draft();
        for (int households = 1; households < 5; households++) {
            proposal.coSigned(households, 5, NOW);
            assertThat(proposal.phase(NOW)).isEqualTo(Phase.DRAFT);
        }
        proposal.coSigned(5, 5, NOW);
        assertThat(proposal.phase(NOW)).isEqualTo(Phase.DISCUSSION);
        assertThat(proposal.openedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> proposal.coSigned(6, 5, NOW)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo("invalid_transition");
    }

    @Test
    void theTenantsThresholdDecides() {
        Proposal proposal = draft();
        proposal.coSigned(2, 2, NOW);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void anOperatorsProposalIsOpenAtOnceAndItsPhaseFollowsTheDates() {
        Proposal proposal = new Proposal(1, poll(), 9, "运营", null, true, NOW);
        assertThat(proposal.options()).containsExactly("同意", "不同意");
        assertThat(proposal.phase(NOW)).isEqualTo(Phase.DISCUSSION);
        assertThat(proposal.phase(FROM)).isEqualTo(Phase.VOTING);
        assertThat(proposal.phase(UNTIL.minusMillis(1))).isEqualTo(Phase.VOTING);
        assertThat(proposal.phase(UNTIL)).isEqualTo(Phase.COUNTING);
    }

    @Test
    void datesMoveOnlyBeforeTheVoteAndStayInOrder() {
        Proposal proposal = new Proposal(1, poll(), 9, "运营", null, true, NOW);
        assertThatThrownBy(() -> proposal.schedule(UNTIL, FROM, NOW)).extracting("code")
                .isEqualTo("proposal_dates_invalid");
        proposal.schedule(NOW.plusSeconds(60), UNTIL, NOW);
        assertThat(proposal.votingFrom()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> proposal.schedule(FROM, UNTIL, NOW.plusSeconds(61))).extracting("code")
                .isEqualTo("invalid_transition");
    }

    @Test
    void aVoteClosesOnlyAfterItsPeriodAndIsPublishedOnce() {
        Proposal proposal = new Proposal(1, new ProposalCommands.NewProposal(1L, "续聘物业", "续聘三年",
                ProposalKind.OWNERS_DECISION, null, Counting.PER_HOME, Matter.ORDINARY, FROM, UNTIL),
                9, "运营", null, true, NOW);
        assertThat(proposal.options()).containsExactlyElementsOf(Proposal.DECISION_OPTIONS);
        Art278Tally tally = new Art278Tally(300, 3, 300, 3, 200, 2, Matter.ORDINARY);
        assertThatThrownBy(() -> proposal.close(tally, new long[] {2, 1, 0}, FROM)).extracting("code")
                .isEqualTo("invalid_transition");
        assertThatThrownBy(() -> proposal.requireVoting(NOW)).extracting("code").isEqualTo("proposal_not_voting");
        proposal.close(tally, new long[] {2, 1, 0}, UNTIL);
        assertThat(proposal.result()).isEqualTo(TallyResult.PASSED);
        assertThat(proposal.optionCounts()).containsExactly(2L, 1L, 0L);
        assertThat(proposal.phase(UNTIL)).isEqualTo(Phase.CLOSED);
        proposal.publish(UNTIL);
        assertThat(proposal.phase(UNTIL)).isEqualTo(Phase.PUBLISHED);
        assertThatThrownBy(() -> proposal.publish(UNTIL)).extracting("code").isEqualTo("invalid_transition");
    }

    @Test
    void anOwnersDecisionNeedsItsCountingAndMatterAndAPollItsOptions() {
        assertThatThrownBy(() -> new Proposal(1, new ProposalCommands.NewProposal(1L, "t", "b",
                ProposalKind.OWNERS_DECISION, null, null, Matter.MAJOR, FROM, UNTIL), 9, "运营", null, true, NOW))
                .extracting("code").isEqualTo("proposal_decision_incomplete");
        assertThatThrownBy(() -> new Proposal(1, new ProposalCommands.NewProposal(1L, "t", "b",
                ProposalKind.SIMPLE_POLL, List.of("只有一个"), null, null, FROM, UNTIL), 9, "运营", null, true, NOW))
                .extracting("code").isEqualTo("proposal_options_invalid");
    }

    @Test
    void receiptCodesAreRandomAndReadBackAsTyped() {
        String code = ReceiptCodes.next();
        assertThat(code).hasSize(12).matches("[" + ReceiptCodes.ALPHABET + "]+");
        assertThat(ReceiptCodes.next()).isNotEqualTo(code);
        String shown = ReceiptCodes.display(code);
        assertThat(shown).matches(".{4}-.{4}-.{4}");
        assertThat(ReceiptCodes.normalise(" " + shown.toLowerCase() + " ")).isEqualTo(code);
        assertThat(ReceiptCodes.normalise("0000-1111-OOOO")).isNull();
    }
}
