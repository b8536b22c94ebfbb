/** Operators' deliberation screens: proposals, their dates, votes, tallies and the moderation of comments. */
package org.linli.ui.console.proposals;
