package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import org.linli.tenants.timebank.TimeBankViews;

import java.util.Locale;

/**
 * How a time-bank statement line reads, the same for a resident looking at their own account and an operator looking
 * at a member's: what happened, with whom (never a name: a member code, the love pool, a provider) and the note.
 */
public final class TimeStatementText {

    private TimeStatementText() {
    }

    /** The line's kind, counterparty and memo, in {@code in}'s language. */
    public static String describe(Component in, TimeBankViews.StatementLine line) {
        String kind = kind(in, line.kind());
        String other = line.counterparty() == null ? "" : " · " + in.getTranslation("timebank.counterparty."
                + line.counterparty().kind().name().toLowerCase(Locale.ROOT),
                line.counterparty().label() == null ? "" : line.counterparty().label());
        return kind + other + (line.memo() == null ? "" : " · " + line.memo());
    }

    /** A posting kind's label; a kind without one (added later than the bundles) shows as it is. */
    public static String kind(Component in, String kind) {
        String key = "timebank.kind." + kind;
        String text = in.getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? kind : text;
    }
}
