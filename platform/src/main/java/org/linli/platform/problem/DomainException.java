package org.linli.platform.problem;

import java.util.List;

/**
 * A failure the caller can understand and act on. It carries a stable {@code code} (also the i18n key suffix
 * {@code problem.<code>} of its localised title), a {@link ProblemKind}, message arguments and optional field errors.
 * It never carries technical detail; unexpected failures are not domain exceptions.
 */
public class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final String code;
    private final List<Object> args;
    private final List<FieldError> fieldErrors;

    public DomainException(ProblemKind kind, String code, Object... args) {
        this(kind, code, List.of(args), List.of());
    }

    protected DomainException(ProblemKind kind, String code, List<Object> args, List<FieldError> fieldErrors) {
        super(code, null, false, false);
        this.kind = kind;
        this.code = code;
        this.args = List.copyOf(args);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(ProblemKind.NOT_FOUND, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(ProblemKind.CONFLICT, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(ProblemKind.FORBIDDEN, code, args);
    }

    /** Invalid input: the problem code {@code validation_failed} with the given field errors. */
    public static DomainException invalid(FieldError... errors) {
        return new DomainException(ProblemKind.INVALID, "validation_failed", List.of(), List.of(errors));
    }

    /** A state machine refused a transition: {@code invalid_transition} with the current state and the action. */
    public static DomainException invalidTransition(Enum<?> from, String action) {
        return new DomainException(ProblemKind.CONFLICT, "invalid_transition", from.name(), action);
    }
}
