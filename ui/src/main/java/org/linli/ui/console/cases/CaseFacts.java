package org.linli.ui.console.cases;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.ui.components.Formats;

/** What a handler reads first on a case, the queue's and a provider's alike: state, text, place, deadline, result. */
class CaseFacts extends VerticalLayout {

    CaseFacts(CaseView view) {
        setPadding(false);
        setSpacing(false);
        CivicCase c = view.civicCase();
        Paragraph state = new Paragraph(getTranslation("cases.state." + c.state().name()));
        state.setId("case-state");
        add(state, new Paragraph(c.description()), new Paragraph(c.place().name()),
                new Paragraph(getTranslation("cases.resolve-due") + ": " + Formats.dateTime(c.resolveDue())));
        if (view.reporterName() != null) {
            add(new Paragraph(getTranslation("cases.reporter") + ": " + view.reporterName()));
        }
        if (c.result() != null) {
            add(new Paragraph(getTranslation("cases.result") + ": " + c.result()));
        }
    }
}
