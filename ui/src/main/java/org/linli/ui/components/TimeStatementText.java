package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import org.linli.tenants.timebank.TimeBankViews;

import java.util.Locale;

/**
 * How a time-bank statement line reads, the same for a resident looking at their own account and an operator looking
 * at a member's: what happened, with whom (never a name: a member code, the love pool, a provider) and the note.
 */
public final class TimeStatementText {

    /** Where the counterparty's value stands in its message: a character no message holds. */
    private static final String VALUE = "\u0001";

    private TimeStatementText() {
    }

    /**
     * The line's kind, counterparty and memo, in {@code in}'s language. The counterparty's member code or name is a
     * value as recorded, so it is marked as not to be translated (nor read as English by a checker).
     */
    public static Component cell(Component in, TimeBankViews.StatementLine line) {
        Span cell = new Span(new Text(kind(in, line.kind())));
        if (line.counterparty() != null) {
            String key = "timebank.counterparty." + line.counterparty().kind().name().toLowerCase(Locale.ROOT);
            String label = line.counterparty().label();
            String[] around = in.getTranslation(key, VALUE).split(VALUE, -1);
            cell.add(new Text(" · " + around[0]));
            if (around.length > 1) {
                if (label != null) {
                    Span value = new Span(label);
                    value.getElement().setAttribute("translate", "no");
                    cell.add(value);
                }
                cell.add(new Text(around[1]));
            }
        }
        if (line.memo() != null) {
            cell.add(new Text(" · " + line.memo()));
        }
        return cell;
    }

    /** A posting kind's label; a kind without one (added later than the bundles) shows as it is. */
    public static String kind(Component in, String kind) {
        String key = "timebank.kind." + kind;
        String text = in.getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? kind : text;
    }
}
