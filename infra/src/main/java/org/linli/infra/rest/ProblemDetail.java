package org.linli.infra.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code code} is stable and meant for programs; {@code title} is the localised text
 * for people; {@code errors} lists invalid fields. Never contains technical detail such as a stack trace.
 */
public record ProblemDetail(String type, String title, int status, String code, String detail, String instance,
                            List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field with its stable code and localised message. */
    public record FieldProblem(String field, String code, String message) {
    }
}
