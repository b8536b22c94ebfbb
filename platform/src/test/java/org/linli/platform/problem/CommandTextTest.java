package org.linli.platform.problem;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linli.platform.tenancy.NewTenant;
import org.linli.platform.tenancy.TenantKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every text of every validated command holds only what a person can type, whether or not the command says so. */
class CommandTextTest {

    private final CommandValidator validator = new CommandValidator();

    {
        validator.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    record Line(@NotBlank String label, @MultiLine String comment) {
    }

    record Note(@Size(max = 50) String title, @MultiLine String body, List<Line> lines, Map<String, String> extra,
                @MultiLine List<String> paragraphs) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\uD800", "x\uDC00",
            "\uDBFF", "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF", "\uD83F\uDFFE", "\uDBFF\uDFFF", "a\tb", "a\nb",
            "a\rb"})
    void aNameHoldingWhatNoPersonTypesIsRefused(String name) {
        assertThatThrownBy(() -> validator.validate(new NewTenant(TenantKind.DISTRICT, name)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation_failed");
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code)
                            .contains(tuple("name", "text_characters"));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"新华社区", "D'Arcy-Smith", "\uD7FF", "\uFFFD", "\uD83D\uDE00 笑", "\uD840\uDC00",
            "\uFDCF", "\uFDF0", "\uFFFC"})
    void whatPeopleTypeIsAccepted(String name) {
        NewTenant tenant = new NewTenant(TenantKind.DISTRICT, name);
        assertThat(validator.validate(tenant)).isSameAs(tenant);
    }

    @Test
    void multiLineTextsMayHoldTabsAndLineBreaksButNoOtherControls() {
        Note note = new Note("t", "first\r\n\tsecond", List.of(new Line("l", "a\nb")), Map.of(),
                List.of("p1\n", "p2"));
        assertThat(validator.validate(note)).isSameAs(note);
        assertThatThrownBy(() -> validator.validate(new Note("t", "a\u0000b", List.of(), Map.of(), List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("body", "text_characters")));
    }

    @Test
    void textsInNestedRecordsCollectionsAndMapsAreCheckedWithTheirPath() {
        Note note = new Note("a\nb", null, List.of(new Line("ok", null), new Line("x\u0001", "\uDC00")),
                Map.of("k", "v\u0000"), List.of("fine", "\uFFFF"));
        assertThatThrownBy(() -> validator.validate(note))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(
                                tuple("extra[k]", "text_characters"),
                                tuple("lines[1].comment", "text_characters"),
                                tuple("lines[1].label", "text_characters"),
                                tuple("paragraphs[1]", "text_characters"),
                                tuple("title", "text_characters")));
    }

    @Test
    void aTextWithoutDeclaredSizeIsStillLimited() {
        String huge = "字".repeat(CommandValidator.MAX_TEXT + 1);
        assertThatThrownBy(() -> validator.validate(new Line(huge, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code, FieldError::args)
                        .containsExactly(tuple("label", "size", List.of(0, CommandValidator.MAX_TEXT))));
        assertThatThrownBy(() -> validator.validate(new Note(huge, null, List.of(), Map.of(), List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("title", "size")));
    }
}
