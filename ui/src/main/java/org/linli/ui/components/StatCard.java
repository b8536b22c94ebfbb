package org.linli.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure people compare at a glance: the value large, what it is below. */
public class StatCard extends Div {

    public StatCard(String value, String label) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        add(number, new Span(label));
        addClassName("stat-card");
    }
}
