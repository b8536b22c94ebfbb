package org.linli.platform.ledger.rest;

import org.linli.platform.ledger.Asset;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link LedgerResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class LedgerApi {

    private LedgerApi() {
    }

    public record LineResponse(String account, Asset asset, long amount) {
    }

    public record PostingResponse(long id, String kind, String idempotencyKey, String reference, String memo,
                                  Long reverses, Instant postedAt, String postedBy, List<LineResponse> lines) {
    }

    public record BalanceResponse(String account, Asset asset, long amount) {
    }

    public record CheckResponse(boolean clean, long postings, long lines, List<Long> unbalancedPostings,
                                List<Long> reversedTwice, List<BalanceResponse> totals) {
    }
}
