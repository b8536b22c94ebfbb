package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A card's facts as rows of label and value (订单号 #12, 地址 …), laid out alike on every storefront page. */
final class Facts {

    private Facts() {
    }

    /** Adds a row to {@code facts}; answers the value's element, for an id. */
    static Span add(Div facts, String label, String value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        facts.add(new Div(name, text));
        return text;
    }
}
