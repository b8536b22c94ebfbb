package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CivicCase;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/** The resident's cases, newest first, with a link to report a new one. */
@Route(value = "my-cases", layout = StorefrontLayout.class)
@ViewPermission(Permissions.CASE_REPORT)
public class MyCasesView extends Div implements HasDynamicTitle {

    @Inject
    public MyCasesView(CaseDesk desk) {
        addClassName("my-cases-view");
        add(new H2(getTranslation("cases.mine.title")));
        RouterLink report = new RouterLink(getTranslation("cases.report.title"), CaseReportView.class);
        report.setId("case-report-link");
        report.addClassName("me-link");
        add(report);
        List<CivicCase> mine = desk.mine(PageRequest.first(100)).items();
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("cases.mine.empty")));
        }
        Div cards = new Div();
        cards.setId("my-cases");
        for (CivicCase c : mine) {
            RouterLink link = new RouterLink(MyCaseView.class, c.id());
            link.addClassName("order-link");
            Div card = new Div(new Span("#" + c.id() + " " + getTranslation("cases.state." + c.state().name())),
                    new Div(c.description()), new Span(Formats.dateTime(c.reportedAt())));
            card.addClassName("order-card");
            link.add(card);
            cards.add(link);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.mine.title") + " · " + getTranslation("app.name");
    }
}
