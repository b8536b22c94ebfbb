package org.linli.infra.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;
import org.linli.platform.i18n.Messages;

import java.lang.reflect.Method;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A resource method's Bean Validation answers what a hand-written check answered: the same fields and codes. */
class ConstraintViolationMapperTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    /** A request record as the resources declare them. */
    public record PermitRequest(@NotNull Long lotId, @NotBlank String plate) {
    }

    /** A resource's methods: a header, a body and a query parameter. */
    public static class Permits {

        public void request(@NotBlank @HeaderParam("Idempotency-Key") String key, @Valid @NotNull PermitRequest r) {
        }

        public void list(@NotNull @QueryParam("lot") Long lot) {
        }
    }

    /** Not a request: a bean validated on its own (as JPA does with an entity). */
    public record Entity(@NotNull String name) {
    }

    @Test
    void aMissingBodyIsTheFieldBody() throws NoSuchMethodException {
        assertThat(answer(parameters("request", "key-1", null)).errors())
                .containsExactly(new ProblemDetail.FieldProblem("body", "required", "必填"));
    }

    @Test
    void recordComponentsAndHeadersAreNamedAsTheClientSendsThem() throws NoSuchMethodException {
        ProblemDetail problem = answer(parameters("request", " ", new PermitRequest(null, "")));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("validation_failed");
        assertThat(problem.errors()).extracting(ProblemDetail.FieldProblem::field)
                .containsExactly("Idempotency-Key", "lotId", "plate");
        assertThat(problem.errors()).extracting(ProblemDetail.FieldProblem::code).containsOnly("required");
    }

    @Test
    void aQueryParameterIsNamedAsInTheQuery() throws NoSuchMethodException {
        Set<ConstraintViolation<Permits>> violations = validator.forExecutables().validateParameters(new Permits(),
                Permits.class.getMethod("list", Long.class), new Object[] {null});
        assertThat(answer(violations).errors()).extracting(ProblemDetail.FieldProblem::field).containsExactly("lot");
    }

    @Test
    void aViolationThatIsNotAboutARequestIsNoValidationProblem() {
        assertThat(answer(validator.validate(new Entity(null)))).isNull();
    }

    private Set<ConstraintViolation<Permits>> parameters(String name, Object... args) throws NoSuchMethodException {
        Method method = Permits.class.getMethod(name, String.class, PermitRequest.class);
        return validator.forExecutables().validateParameters(new Permits(), method, args);
    }

    private static ProblemDetail answer(Set<? extends ConstraintViolation<?>> violations) {
        return ConstraintViolationMapper.problem(violations, Messages.CHINESE, "/api/v1/permits");
    }
}
