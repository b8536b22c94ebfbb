package org.linli.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Validates a command record's Bean Validation constraints and turns violations into a {@code validation_failed}
 * problem with one stable code per field ({@code required}, {@code size}, {@code format}, ...), so that the REST API
 * and the UI show the same localised messages ({@code validation.<code>}).
 */
@ApplicationScoped
public class CommandValidator {

    @Inject
    Validator validator;

    public <T> T validate(T command) {
        if (command == null) {
            throw DomainException.invalid(FieldError.of("body", "required"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(command)) {
            errors.add(toFieldError(violation));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
            throw DomainException.invalid(errors.toArray(FieldError[]::new));
        }
        return command;
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = descriptor.getAttributes();
        String template = violation.getMessageTemplate();
        if (template.matches("\\{[a-z_]+}")) {
            return FieldError.of(field, template.substring(1, template.length() - 1));
        }
        return switch (descriptor.getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldError.of(field, "required");
            case "Size" -> FieldError.of(field, "size", attributes.get("min"), attributes.get("max"));
            case "Pattern" -> FieldError.of(field, "format");
            case "Email" -> FieldError.of(field, "email");
            case "Min", "Positive", "PositiveOrZero" -> FieldError.of(field, "min", attributes.getOrDefault("value", 0));
            case "Max" -> FieldError.of(field, "max", attributes.get("value"));
            default -> FieldError.of(field, "invalid");
        };
    }
}
