package org.linli.infra.rest;

import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.problem.ProblemKind;

import java.util.List;
import java.util.Locale;

/** Builds localised problem details from domain exceptions or from a status and code. */
public final class Problems {

    private Problems() {
    }

    public static int status(ProblemKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case LOCKED -> 423;
            case TOO_LARGE -> 413;
            case TOO_MANY_REQUESTS -> 429;
        };
    }

    public static ProblemDetail of(DomainException e, Locale locale, String instance) {
        List<ProblemDetail.FieldProblem> errors = e.fieldErrors().stream()
                .map(error -> field(error, locale)).toList();
        return new ProblemDetail(type(e.code()), Messages.get(locale, "problem." + e.code(), e.args().toArray()),
                status(e.kind()), e.code(), null, instance, errors);
    }

    public static ProblemDetail of(int status, String code, Locale locale, String instance, Object... args) {
        return new ProblemDetail(type(code), Messages.get(locale, "problem." + code, args), status, code, null,
                instance, List.of());
    }

    static ProblemDetail.FieldProblem field(FieldError error, Locale locale) {
        return new ProblemDetail.FieldProblem(error.field(), error.code(),
                Messages.get(locale, "validation." + error.code(), error.args().toArray()));
    }

    private static String type(String code) {
        return "urn:linli:problem:" + code;
    }
}
