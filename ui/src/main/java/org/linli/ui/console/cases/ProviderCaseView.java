package org.linli.ui.console.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.CaseAction;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CasePhoto;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.ProviderCases;
import org.linli.ui.components.Formats;
import org.linli.ui.components.PhotoPicker;
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
        Paragraph state = new Paragraph(getTranslation("cases.state." + c.state().name()));
        state.setId("case-state");
        add(state, new Paragraph(c.description()), new Paragraph(c.place().name()),
                new Paragraph(getTranslation("cases.resolve-due") + ": " + Formats.dateTime(c.resolveDue())));
        if (view.reporterName() != null) {
            add(new Paragraph(getTranslation("cases.reporter") + ": " + view.reporterName()));
        }
        if (c.state().isOpen()) {
            TextArea text = new TextArea(getTranslation("cases.step-text"));
            text.setId("case-step-text");
            text.setWidthFull();
            text.setMaxLength(2000);
            PhotoPicker photos = new PhotoPicker("case-step-photo-upload", getTranslation("cases.photo.drop"),
                    CasePhoto.MAX_PER_STEP, CasePhoto.TYPES);
            Checkbox internal = new Checkbox(getTranslation("cases.internal"));
            Button step = new Button(getTranslation("cases.add-step"), click -> act(() -> StepPhotos.attach(
                    cases.step(id, new CaseCommands.Step(text.getValue(), internal.getValue())),
                    photos.photos(), (written, photo) -> cases.addPhoto(id, written, photo))));
            step.setId("case-add-step");
            HorizontalLayout moves = new HorizontalLayout(internal, step);
            moves.addClassName("case-moves");
            if (view.actions().contains(CaseAction.RESOLVE) || view.actions().contains(CaseAction.START)) {
                Button resolve = new Button(getTranslation("cases.resolve"), click -> act(() -> StepPhotos.attach(
                        cases.resolve(id, new CaseCommands.Resolution(text.getValue())),
                        photos.photos(), (written, photo) -> cases.addPhoto(id, written, photo))));
                resolve.setId("case-resolve");
                resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                moves.add(resolve);
            }
            add(text, photos, moves);
        }
        if (c.result() != null) {
            add(new Paragraph(getTranslation("cases.result") + ": " + c.result()));
        }
        add(new CaseTimeline(view, photo -> cases.photo(id, photo)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.provider-cases") + " · " + getTranslation("app.name");
    }
}
