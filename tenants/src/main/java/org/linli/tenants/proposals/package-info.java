/**
 * Deliberation and votes (议事协商): proposals put to a community by operators, or by residents once enough
 * households co-signed; a discussion with moderated comments; then a vote — a simple poll of the verified residents,
 * or an owners' decision under the Civil Code, art. 278 ({@link org.linli.tenants.proposals.Art278Tally}), counted
 * per home or per owner and weighted by the registry's floor areas and ownership shares.
 *
 * <p><b>Secret ballots.</b> Casting a vote writes two rows that share nothing but the proposal:
 * <ul>
 *   <li>{@link org.linli.tenants.proposals.VoterMark} ({@code proposal_voter}) — <em>that</em> a home or person
 *       voted: its primary key {@code (tenant_id, "proposal:H<home>" | "proposal:R<resident>")} makes a second
 *       ballot of the same voter fail on the database, even when two arrive at once (409 {@code already_voted});</li>
 *   <li>{@link org.linli.tenants.proposals.Ballot} ({@code proposal_ballot}) — <em>what</em> was chosen and what it
 *       weighs, keyed by a random receipt code.</li>
 * </ul>
 * Neither row has a sequence number, a timestamp, an account or a household that would let a query — an operator's
 * or anyone's through the application — join a ballot to its voter: no shared column, no ordering by id or time.
 * The receipt code is shown to the voter once and stored nowhere else, so only its holder can connect it to
 * themselves; anyone of the tenant can look a code up to check that the ballot was counted and what it chose.
 * Until the close only the number of ballots cast is shown; operators see the tally after the close, residents
 * once an operator publishes it. What remains is inherent to weighted voting: a ballot's area weight may hint at
 * a home of unusual size, and the audit trail records that a resident voted (not how).
 */
package org.linli.tenants.proposals;
