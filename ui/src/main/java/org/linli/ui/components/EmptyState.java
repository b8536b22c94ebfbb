package org.linli.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What a list shows when there is nothing to show: what to do next. */
public class EmptyState extends Div {

    public EmptyState(String text) {
        addClassName("empty-state");
        add(new Paragraph(text));
    }
}
