package org.linli.ui.console.cases;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.linli.tenants.cases.CaseAction;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CasePhoto;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.files.UploadedFile;
import org.linli.ui.components.PhotoPicker;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Recording work on a case: a text with photos, written as a step (shown to the reporter or kept internal) or as the
 * result. The queue's handlers and a provider's staff reach the same moves through different services.
 */
class CaseWorkForm extends VerticalLayout {

    /** The moves behind the form, bound to one case by the screen that shows it. */
    record Moves(Function<CaseCommands.Step, CaseView> step, Function<CaseCommands.Resolution, CaseView> resolve,
                 BiFunction<Long, UploadedFile, CaseView> addPhoto) {
    }

    private final TextArea text = new TextArea(getTranslation("cases.step-text"));
    private final HorizontalLayout moves = new HorizontalLayout();

    /** {@code act} runs a move and shows the case it answers with, or the refusal. */
    CaseWorkForm(CaseView view, Moves service, Consumer<Supplier<CaseView>> act) {
        setPadding(false);
        text.setId("case-step-text");
        text.setWidthFull();
        text.setMaxLength(2000);
        PhotoPicker photos = new PhotoPicker("case-step-photo-upload", getTranslation("cases.photo.drop"),
                CasePhoto.MAX_PER_STEP, CasePhoto.TYPES);
        Checkbox internal = new Checkbox(getTranslation("cases.internal"));
        Button step = new Button(getTranslation("cases.add-step"), click -> act.accept(() -> StepPhotos.attach(
                service.step().apply(new CaseCommands.Step(text.getValue(), internal.getValue())),
                photos.photos(), service.addPhoto())));
        step.setId("case-add-step");
        moves.add(internal, step);
        moves.addClassName("case-moves");
        if (view.actions().contains(CaseAction.RESOLVE) || view.actions().contains(CaseAction.START)) {
            Button resolve = new Button(getTranslation("cases.resolve"), click -> act.accept(() ->
                    StepPhotos.attach(service.resolve().apply(new CaseCommands.Resolution(text.getValue())),
                            photos.photos(), service.addPhoto())));
            resolve.setId("case-resolve");
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            moves.add(resolve);
        }
        add(text, photos, moves);
    }

    String text() {
        return text.getValue();
    }

    /** A further move of this screen beside step and resolve, e.g. rejecting the case. */
    void addMove(Button move) {
        moves.add(move);
    }
}
