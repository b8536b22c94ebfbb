package org.linli.platform.problem;

import java.util.List;

/** One invalid field: the field name as the caller sent it and a stable code; the message is localised later. */
public record FieldError(String field, String code, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }
}
