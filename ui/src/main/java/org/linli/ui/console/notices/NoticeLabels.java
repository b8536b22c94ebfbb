package org.linli.ui.console.notices;

import com.vaadin.flow.component.Component;
import org.linli.tenants.notices.NoticeState;
import org.linli.ui.components.StatusBadge;

import java.util.Locale;

/** How notices' states and audiences read in the console. */
final class NoticeLabels {

    private NoticeLabels() {
    }

    static StatusBadge state(Component owner, NoticeState state) {
        StatusBadge.Tone tone = switch (state) {
            case PUBLISHED -> StatusBadge.Tone.GOOD;
            case DRAFT -> StatusBadge.Tone.NEUTRAL;
            case WITHDRAWN, EXPIRED -> StatusBadge.Tone.ATTENTION;
        };
        return new StatusBadge(owner.getTranslation("notice.state." + state.name().toLowerCase(Locale.ROOT)), tone);
    }

    /** A rate of 0–100 as {@code 66.7%}. */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate);
    }

    static String audience(Component owner, Enum<?> kind) {
        return owner.getTranslation("notice.audience." + kind.name().toLowerCase(Locale.ROOT));
    }
}
