package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.StepVisibility;
import org.linli.ui.components.Formats;

/** A case's steps in order: kind, text, author and time; internal steps marked (handlers only ever see them). */
public class CaseTimeline extends Div {

    public CaseTimeline(CaseView view) {
        setId("case-steps");
        addClassName("case-steps");
        for (CaseView.StepView s : view.steps()) {
            Div step = new Div();
            step.addClassName("case-step");
            Span head = new Span(getTranslation("cases.step." + s.step().kind().name()) + " · "
                    + s.step().authorName() + " · " + Formats.dateTime(s.step().createdAt())
                    + (s.step().visibility() == StepVisibility.INTERNAL ? " · " + getTranslation("cases.internal")
                    : "") + (s.photos().isEmpty() ? "" : " · " + getTranslation("cases.photos", s.photos().size())));
            step.add(head);
            if (s.step().body() != null) {
                step.add(new Div(s.step().body()));
            }
            add(step);
        }
    }
}
