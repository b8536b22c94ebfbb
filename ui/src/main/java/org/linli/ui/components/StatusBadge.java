package org.linli.ui.components;

import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/** A small coloured label for a status; the colour says good, neutral or attention, the text says what. */
public class StatusBadge extends Span {

    public enum Tone { GOOD, NEUTRAL, ATTENTION }

    public StatusBadge(String text, Tone tone) {
        super(text);
        addClassNames("status-badge", "status-badge--" + tone.name().toLowerCase(Locale.ROOT));
    }
}
