package org.linli.infra.rest;

import org.junit.jupiter.api.Test;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.problem.ProblemKind;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void eachKindHasOneStatus() {
        assertThat(Problems.status(ProblemKind.INVALID)).isEqualTo(400);
        assertThat(Problems.status(ProblemKind.UNAUTHENTICATED)).isEqualTo(401);
        assertThat(Problems.status(ProblemKind.FORBIDDEN)).isEqualTo(403);
        assertThat(Problems.status(ProblemKind.NOT_FOUND)).isEqualTo(404);
        assertThat(Problems.status(ProblemKind.CONFLICT)).isEqualTo(409);
        assertThat(Problems.status(ProblemKind.LOCKED)).isEqualTo(423);
        assertThat(Problems.status(ProblemKind.TOO_MANY_REQUESTS)).isEqualTo(429);
    }

    @Test
    void aDomainProblemBecomesALocalisedProblemDetailWithFieldMessages() {
        DomainException invalid = DomainException.invalid(FieldError.of("name", "size", 1, 100));
        ProblemDetail english = Problems.of(invalid, Locale.ENGLISH, "/api/v1/tenants");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.code()).isEqualTo("validation_failed");
        assertThat(english.type()).isEqualTo("urn:linli:problem:validation_failed");
        assertThat(english.instance()).isEqualTo("/api/v1/tenants");
        assertThat(english.errors()).containsExactly(
                new ProblemDetail.FieldProblem("name", "size", "Length must be between 1 and 100"));
        ProblemDetail chinese = Problems.of(invalid, Messages.CHINESE, "/api/v1/tenants");
        assertThat(chinese.title()).isEqualTo("提交的内容有误，请检查标出的字段");
    }

    @Test
    void jaxRsClientErrorsGetCodesByStatus() {
        assertThat(FailureMapper.codeOf(404)).isEqualTo("not_found");
        assertThat(FailureMapper.codeOf(405)).isEqualTo("method_not_allowed");
        assertThat(FailureMapper.codeOf(415)).isEqualTo("unsupported_media_type");
        assertThat(FailureMapper.codeOf(400)).isEqualTo("malformed_request");
    }
}
