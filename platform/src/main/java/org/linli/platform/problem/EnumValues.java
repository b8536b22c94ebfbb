package org.linli.platform.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum constant from outside input, answering a field error that lists the allowed values. */
public final class EnumValues {

    private EnumValues() {
    }

    /** The constant named {@code text} (case-insensitive), null for null or blank, else an {@code one_of} error. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw DomainException.invalid(FieldError.of(field, "one_of", allowed));
        }
    }
}
