/**
 * REST for deliberation: {@code /api/v1/proposals} with its co-signatures, comments (and their moderation), votes,
 * receipts and tally (JSON and PDF).
 */
package org.linli.tenants.proposals.rest;
