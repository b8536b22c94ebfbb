package org.linli.platform.problem;

import jakarta.validation.Validation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.linli.platform.identity.NewUser;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.NewTenant;
import org.linli.platform.tenancy.TenantKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bean Validation violations become stable per-field codes, shared by the API and the UI. */
class CommandValidatorTest {

    private final CommandValidator validator = new CommandValidator();

    {
        validator.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @Test
    void aValidCommandPasses() {
        NewUser user = new NewUser("resident-a", "李建国", Role.RESIDENT, "linli-demo");
        assertThat(validator.validate(user)).isSameAs(user);
    }

    @Test
    void eachViolationBecomesAFieldErrorWithAStableCode() {
        assertThatThrownBy(() -> validator.validate(new NewUser("X!", " ", null, "short")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException problem = (DomainException) e;
                    assertThat(problem.code()).isEqualTo("validation_failed");
                    assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(problem.fieldErrors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(
                                    Tuple.tuple("displayName", "required"),
                                    Tuple.tuple("password", "size"),
                                    Tuple.tuple("role", "required"),
                                    Tuple.tuple("username", "username_format"));
                });
    }

    @Test
    void sizeErrorsCarryTheirBounds() {
        String longName = "名".repeat(101);
        assertThatThrownBy(() -> validator.validate(new NewTenant(TenantKind.DISTRICT, longName)))
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).args())
                        .containsExactly(0, 100));
    }

    @Test
    void aMissingBodyIsReported() {
        assertThatThrownBy(() -> validator.validate(null))
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors().get(0).field()).isEqualTo("body"));
    }
}
