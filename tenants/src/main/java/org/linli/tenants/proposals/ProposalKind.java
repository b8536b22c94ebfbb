package org.linli.tenants.proposals;

/**
 * {@code SIMPLE_POLL}: every verified resident of the community has one vote among the proposer's options, no
 * quorum. {@code OWNERS_DECISION}: the owners of the community's homes decide for, against or abstaining under the
 * Civil Code (art. 278), see {@link Art278Tally}.
 */
public enum ProposalKind {
    SIMPLE_POLL,
    OWNERS_DECISION
}
