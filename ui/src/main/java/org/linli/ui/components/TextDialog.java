package org.linli.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.linli.platform.problem.DomainException;

import java.util.function.Consumer;

/**
 * Asks for a few words before an action — a reason, a resolution, a complaint — and runs it. A refused action
 * shows its problem and keeps the dialog open with what was typed.
 */
public final class TextDialog {

    private TextDialog() {
    }

    /**
     * Opens the dialog. {@code hint} (may be null) shows under the text area; {@code action} gets the text and may
     * throw a {@link DomainException}.
     */
    public static void ask(String title, String label, String hint, String confirm, ButtonVariant confirmVariant,
                           Consumer<String> action, Component... above) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea text = new TextArea(label);
        text.setId("dialog-text");
        text.setWidthFull();
        text.setMaxLength(1000);
        if (hint != null) {
            text.setHelperText(hint);
        }
        dialog.add(above);
        dialog.add(text);
        Button ok = new Button(confirm, click -> {
            try {
                action.accept(text.getValue());
                dialog.close();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        ok.setId("dialog-confirm");
        ok.addThemeVariants(confirmVariant);
        dialog.getFooter().add(new Button(text.getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }
}
