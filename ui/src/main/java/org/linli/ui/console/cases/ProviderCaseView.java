package org.linli.ui.console.cases;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.ProviderCases;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;
import org.linli.ui.storefront.CaseTimeline;

import java.util.function.Supplier;

/**
 * One case assigned to the staff member's provider, as they open it from the list or from the message telling them
 * of it: what and where, the deadline, the timeline with photos, and their moves: record work (shown to the reporter
 * or kept internal) and resolve, either with photos. A case of another provider answers "not found".
 */
@Route(value = "provider-cases/case", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_WORK)
public class ProviderCaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProviderCases cases;
    private long id;

    @Inject
    public ProviderCaseView(ProviderCases cases) {
        this.cases = cases;
        addClassName("case-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter == null ? -1 : parameter;
        act(() -> cases.get(id));
    }

    private void act(Supplier<CaseView> action) {
        try {
            show(action.get());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void show(CaseView view) {
        removeAll();
        CivicCase c = view.civicCase();
        RouterLink back = new RouterLink(getTranslation("provider-cases.back"), ProviderCasesView.class);
        back.setId("provider-cases-back");
        add(back, new H2("#" + c.id() + " " + view.category().name()));
        add(new CaseFacts(view));
        if (c.state().isOpen()) {
            add(new CaseWorkForm(view, new CaseWorkForm.Moves(step -> cases.step(id, step),
                    resolution -> cases.resolve(id, resolution),
                    (step, photo) -> cases.addPhoto(id, step, photo)), this::act));
        }
        add(new CaseTimeline(view, photo -> cases.photo(id, photo)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.provider-cases") + " · " + getTranslation("app.name");
    }
}
