package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** What a list shows when there is nothing to show: why, and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String text, Component... next) {
        addClassName("empty-state");
        add(new Paragraph(text));
        if (next.length > 0) {
            Div actions = new Div(next);
            actions.addClassName("empty-state-actions");
            add(actions);
        }
    }
}
