package org.linli.ui.console.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.AssigneeKind;
import org.linli.tenants.cases.CaseAction;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.WorkTerms;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;
import org.linli.ui.storefront.CaseTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One case as its handlers see it: what, where, deadlines, the whole timeline (internal steps included) with its
 * photos, and the moves it allows now: accept, assign, append a step or resolve (either with photos), reject.
 */
@Route(value = "cases/case", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_HANDLE)
public class CaseDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseHandling handling;
    private long id;

    @Inject
    public CaseDetailView(CaseHandling handling) {
        this.handling = handling;
        addClassName("case-detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter == null ? -1 : parameter;
        act(() -> handling.get(id));
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
        add(new H2("#" + c.id() + " " + view.category().name()), new CaseFacts(view));
        HorizontalLayout actions = new HorizontalLayout();
        if (view.actions().contains(CaseAction.ACCEPT)) {
            Button accept = new Button(getTranslation("cases.accept"), click -> act(() -> handling.accept(id)));
            accept.setId("case-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(accept);
        }
        if (view.actions().contains(CaseAction.ASSIGN)) {
            CaseHandling.Assignees assignees = handling.assignees();
            List<CaseHandling.Assignees.Candidate> all = new ArrayList<>(assignees.users());
            all.addAll(assignees.providers());
            ComboBox<CaseHandling.Assignees.Candidate> to = new ComboBox<>(getTranslation("cases.assignee"));
            to.setId("case-assignee");
            to.setItems(all);
            to.setItemLabelGenerator(a -> a.name() + " · " + getTranslation("cases.assignee." + a.kind().name()));
            Checkbox paid = new Checkbox(getTranslation("cases.paid"));
            Button assign = new Button(getTranslation("cases.assign"), click -> act(() -> {
                CaseHandling.Assignees.Candidate a = to.getValue();
                boolean provider = a != null && a.kind() == AssigneeKind.PROVIDER;
                return handling.assign(id, new CaseCommands.Assignment(a == null ? null : a.kind(),
                        a == null || provider ? null : a.id(), provider ? a.id() : null,
                        paid.getValue() ? WorkTerms.PAID : WorkTerms.FREE, null));
            }));
            assign.setId("case-assign");
            actions.add(to, paid, assign);
        }
        add(actions);
        if (!c.state().isFinal()) {
            CaseWorkForm work = new CaseWorkForm(view, new CaseWorkForm.Moves(step -> handling.step(id, step),
                    resolution -> handling.resolve(id, resolution),
                    (step, photo) -> handling.addPhoto(id, step, photo)), this::act);
            if (view.actions().contains(CaseAction.REJECT)) {
                Button reject = new Button(getTranslation("cases.reject"), click -> act(() ->
                        handling.reject(id, new CaseCommands.Rejection(work.text()))));
                reject.setId("case-reject");
                reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
                work.addMove(reject);
            }
            add(work);
        }
        add(new CaseTimeline(view, photo -> handling.photo(id, photo)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " · " + getTranslation("app.name");
    }
}
