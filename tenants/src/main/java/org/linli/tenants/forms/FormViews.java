package org.linli.tenants.forms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Read models of smart forms. */
public final class FormViews {

    private FormViews() {
    }

    /** A form with its fields in order. */
    public record FormView(FormDefinition form, List<FormField> fields) {
    }

    /** Completion of a form in one grid ({@code gridId} null: residents outside any grid). */
    public record GridProgress(Long gridId, long targets, long answered) {

        public double share() {
            return targets == 0 ? 0 : (double) answered / targets;
        }
    }

    /** One resident's answers, keyed by field id; {@code residentName} as the caller may see it. */
    public record Answers(long residentId, String residentName, String respondent, Instant submittedAt,
                          Map<Long, String> values) {
    }

    /** A form a resident is asked to fill in, and whether they have. */
    public record MyForm(FormDefinition form, boolean answered) {
    }
}
