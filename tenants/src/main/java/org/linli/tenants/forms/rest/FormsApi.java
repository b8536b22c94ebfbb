package org.linli.tenants.forms.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.forms.Audience;
import org.linli.tenants.forms.FieldType;
import org.linli.tenants.forms.FormDefinition;
import org.linli.tenants.forms.FormField;
import org.linli.tenants.forms.FormStatus;
import org.linli.tenants.forms.FormViews;
import org.linli.tenants.forms.RegistryBinding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The request and response bodies of {@link FormResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class FormsApi {

    private FormsApi() {
    }

    public record FieldResponse(long id, int position, String label, FieldType type, boolean required,
                                List<String> options, RegistryBinding binding) {
        static FieldResponse of(FormField f) {
            return new FieldResponse(f.id(), f.position(), f.label(), f.type(), f.required(), f.options(),
                    f.binding());
        }
    }

    public record FormResponse(long id, String title, String description, Audience audience, Long communityId,
                               Long gridId, String tag, FormStatus status, Instant publishedAt,
                               List<FieldResponse> fields) {
        static FormResponse of(FormDefinition f, List<FormField> fields) {
            return new FormResponse(f.id(), f.title(), f.description(), f.audience(), f.targetCommunityId(),
                    f.targetGridId(), f.targetTag() == null ? null : f.targetTag().name(), f.status(),
                    f.publishedAt(), fields.stream().map(FieldResponse::of).toList());
        }
    }

    public record FieldRequest(String label, String type, Boolean required, List<String> options, String binding) {
    }

    public record FormRequest(String title, String description, String audience, Long communityId, Long gridId,
                              String tag, List<FieldRequest> fields) {
    }

    /** Answers keyed by field id; {@code confirmWriteBack} writes changed registry-bound answers to the registry. */
    public record AnswerRequest(@NotNull Long residentId, Map<Long, String> answers, Boolean confirmWriteBack) {
    }

    public record AnswersResponse(long residentId, String residentName, String respondent, Instant submittedAt,
                                  Map<Long, String> answers) {
        static AnswersResponse of(FormViews.Answers a) {
            return new AnswersResponse(a.residentId(), a.residentName(), a.respondent(), a.submittedAt(), a.values());
        }
    }

    public record ProgressResponse(Long gridId, long targets, long answered) {
    }

    public record MyFormResponse(long id, String title, String description, boolean answered) {
    }
}
