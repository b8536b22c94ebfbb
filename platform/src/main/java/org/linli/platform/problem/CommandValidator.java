package org.linli.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a command record's Bean Validation constraints and turns violations into a {@code validation_failed}
 * problem with one stable code per field ({@code required}, {@code size}, {@code format}, ...), so that the REST API
 * and the UI show the same localised messages ({@code validation.<code>}).
 *
 * <p>Every text of the command, also inside nested records, collections and maps, must be {@link TypedText typable}
 * ({@code text_characters} otherwise; tabs and line breaks only where the component is {@link MultiLine}) and at
 * most {@value #MAX_TEXT} characters long, whether or not the command declares a size: no command goes without.
 */
@ApplicationScoped
public class CommandValidator {

    /** The longest text any command may carry; components declare tighter sizes. */
    public static final int MAX_TEXT = 10_000;

    /** Nested records deeper than this are not walked (commands are shallow; this only stops a cycle). */
    private static final int MAX_DEPTH = 8;

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
        texts(command, "", false, 0, errors);
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        return command;
    }

    /** The {@code validation_failed} refusal of {@code errors}, in one order whatever found them (by field, code). */
    public static DomainException refusal(List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return DomainException.invalid(sorted.toArray(FieldError[]::new));
    }

    /** Adds an error for each text below {@code value} that holds untypable characters or is far too long. */
    private static void texts(Object value, String path, boolean multiLine, int depth, List<FieldError> errors) {
        if (value instanceof String text) {
            if (!TypedText.typable(text, multiLine)) {
                errors.add(FieldError.of(path, TypedText.CODE));
            } else if (text.length() > MAX_TEXT && errors.stream().noneMatch(e -> e.field().equals(path))) {
                errors.add(FieldError.of(path, "size", 0, MAX_TEXT));
            }
        } else if (value instanceof Record record && depth < MAX_DEPTH) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                texts(read(record, component), join(path, component.getName()),
                        component.isAnnotationPresent(MultiLine.class), depth + 1, errors);
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                texts(item, path + "[" + i++ + "]", multiLine, depth + 1, errors);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String entryPath = path + "[" + entry.getKey() + "]";
                texts(entry.getKey(), entryPath, false, depth + 1, errors);
                texts(entry.getValue(), entryPath, multiLine, depth + 1, errors);
            }
        } else if (value instanceof Optional<?> optional) {
            texts(optional.orElse(null), path, multiLine, depth, errors);
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            throw new IllegalStateException("Cannot read " + component + " of a command", unreadable);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        return toFieldError(violation, violation.getPropertyPath().toString());
    }

    /**
     * The field error for one violation under the given field name: the same codes for a command and for a REST
     * request, whose property path starts with the method and parameter instead of the field.
     */
    public static FieldError toFieldError(ConstraintViolation<?> violation, String field) {
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
