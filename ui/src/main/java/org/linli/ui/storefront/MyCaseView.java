package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CasePhoto;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.StepKind;
import org.linli.tenants.files.UploadedFile;
import org.linli.ui.components.FileDrop;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

import java.util.function.Supplier;

/**
 * One of the resident's cases: state, every public step with its photos, more photos of the report while the case
 * is open, and rating or reopening once it is resolved.
 */
@Route(value = "my-cases/case", layout = StorefrontLayout.class)
@ViewPermission(Permissions.CASE_REPORT)
public class MyCaseView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseDesk desk;
    private long id;
    private CaseTimeline timeline;
    private FileDrop morePhotos;

    @Inject
    public MyCaseView(CaseDesk desk) {
        this.desk = desk;
        addClassName("my-case-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter == null ? -1 : parameter;
        try {
            show(desk.mineOne(id));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void show(CaseView view) {
        removeAll();
        morePhotos = null;
        CivicCase c = view.civicCase();
        add(new H2("#" + c.id() + " " + view.category().name()));
        Paragraph state = new Paragraph(getTranslation("cases.state." + c.state().name()));
        state.setId("case-state");
        add(state, new Paragraph(c.description()), new Paragraph(c.place().name()));
        if (c.result() != null) {
            add(new Paragraph(getTranslation("cases.result") + ": " + c.result()));
        }
        timeline = new CaseTimeline(view, photo -> desk.photo(id, photo));
        add(timeline);
        int reportPhotos = reportPhotos(view);
        if (c.state().isOpen() && reportPhotos < CasePhoto.MAX_PER_STEP) {
            // Only the timeline is redrawn as photos arrive: replacing the upload would cut off the rest of a
            // batch chosen at once.
            morePhotos = new FileDrop(getTranslation("cases.photo.drop"), UploadedFile.MAX_IMAGE_BYTES,
                    file -> photoAdded(desk.addPhoto(id, file)), "image/png", "image/jpeg", "image/webp", ".png",
                    ".jpg", ".jpeg", ".webp");
            morePhotos.setMaxFiles(CasePhoto.MAX_PER_STEP - reportPhotos);
            morePhotos.setId("case-photo-add");
            add(morePhotos);
        }
        if (c.state() == CaseState.RESOLVED) {
            RadioButtonGroup<Integer> stars = new RadioButtonGroup<>(getTranslation("cases.rating"));
            stars.setId("case-stars");
            stars.setItems(1, 2, 3, 4, 5);
            stars.setItemLabelGenerator(n -> "★".repeat(n));
            stars.setValue(5);
            TextField comment = new TextField(getTranslation("cases.rating.comment"));
            comment.setId("case-rating-comment");
            comment.setWidthFull();
            Button rate = new Button(getTranslation("cases.rate"), click -> act(() ->
                    desk.rate(id, new CaseCommands.Rating(stars.getValue(), comment.getValue()))));
            rate.setId("case-rate");
            rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reopen = new Button(getTranslation("cases.reopen"), click -> act(() ->
                    desk.reopen(id, new CaseCommands.Reopening(comment.getValue()))));
            reopen.setId("case-reopen");
            add(stars, comment, rate, reopen);
        }
        if (c.rating() != null) {
            Paragraph rated = new Paragraph("★".repeat(c.rating()));
            rated.setId("case-rated");
            add(rated);
        }
    }

    private void photoAdded(CaseView view) {
        CaseTimeline fresh = new CaseTimeline(view, photo -> desk.photo(id, photo));
        replace(timeline, fresh);
        timeline = fresh;
        if (morePhotos != null && reportPhotos(view) >= CasePhoto.MAX_PER_STEP) {
            morePhotos.setVisible(false);
        }
    }

    private static int reportPhotos(CaseView view) {
        return view.steps().stream().filter(s -> s.step().kind() == StepKind.REPORTED).findFirst()
                .map(s -> s.photos().size()).orElse(0);
    }

    private void act(Supplier<CaseView> action) {
        try {
            show(action.get());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.mine.title") + " · " + getTranslation("app.name");
    }
}
