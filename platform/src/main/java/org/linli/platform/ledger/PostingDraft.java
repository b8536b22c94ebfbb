package org.linli.platform.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A posting about to be written: what kind of event it records, the idempotency key that makes writing it twice
 * harmless, the business reference it belongs to (e.g. {@code order:17}) and its lines. Amounts are signed: a debit
 * is positive, a credit negative. {@link #balanced()} holds when there are at least two lines, none zero, and the
 * lines of every asset sum to zero.
 */
public record PostingDraft(String kind, String idempotencyKey, String reference, String memo, List<Line> lines) {

    public PostingDraft {
        lines = List.copyOf(lines);
    }

    /** One side of a posting: {@code amount} of {@code asset} on {@code account} (debit positive). */
    public record Line(LedgerAccount account, Asset asset, long amount) {
    }

    public static Builder of(String kind, String idempotencyKey, String reference) {
        return new Builder(kind, idempotencyKey, reference);
    }

    public boolean balanced() {
        if (lines.size() < 2 || lines.stream().anyMatch(line -> line.amount() == 0)) {
            return false;
        }
        Map<Asset, Long> sums = new EnumMap<>(Asset.class);
        lines.forEach(line -> sums.merge(line.asset(), line.amount(), Math::addExact));
        return sums.values().stream().allMatch(sum -> sum == 0);
    }

    /** Collects lines; zero amounts are left out, so callers can add every party whatever its share. */
    public static final class Builder {

        private final String kind;
        private final String idempotencyKey;
        private final String reference;
        private final List<Line> lines = new ArrayList<>();
        private String memo;

        private Builder(String kind, String idempotencyKey, String reference) {
            this.kind = kind;
            this.idempotencyKey = idempotencyKey;
            this.reference = reference;
        }

        public Builder memo(String text) {
            this.memo = text;
            return this;
        }

        public Builder debit(LedgerAccount account, Asset asset, long amount) {
            return line(account, asset, amount);
        }

        public Builder credit(LedgerAccount account, Asset asset, long amount) {
            return line(account, asset, -amount);
        }

        private Builder line(LedgerAccount account, Asset asset, long amount) {
            if (amount != 0) {
                lines.add(new Line(account, asset, amount));
            }
            return this;
        }

        public PostingDraft build() {
            return new PostingDraft(kind, idempotencyKey, reference, memo, lines);
        }
    }
}
