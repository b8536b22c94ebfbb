package org.linli.ui.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.util.Map;

/** Puts a problem's field errors under the matching form fields, with the same texts the API returns. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks the fields named in the problem; anything else is shown as a notification. */
    public static void show(DomainException problem, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        boolean unmatched = problem.fieldErrors().isEmpty();
        for (FieldError error : problem.fieldErrors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                unmatched = true;
                continue;
            }
            field.setErrorMessage(UiErrors.message(error, UI.getCurrent().getLocale()));
            field.setInvalid(true);
        }
        if (unmatched) {
            UiErrors.show(problem);
        }
    }
}
