package org.linli.platform.application;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

/**
 * A zero-based page of a list; sizes are capped so that no caller can ask for an unbounded result, and a page beyond
 * any list (up to {@link Integer#MAX_VALUE}) is simply empty: its offset is capped instead of overflowing.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 0) {
            page = 0;
        }
        if (size <= 0) {
            size = DEFAULT_SIZE;
        }
        size = Math.min(size, MAX_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /**
     * The page a caller asked for in text (query parameters): missing or blank is the default, numbers beyond
     * {@code int} are clamped like any other nonsense, and only what is not a whole number at all is refused as a
     * {@code format} error of that field.
     */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(number(page, "page", 0), number(size, "size", DEFAULT_SIZE));
    }

    /** How many items come before this page, capped at {@link Integer#MAX_VALUE} (which no list reaches). */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }

    private static int number(String text, String field, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        String digits = text.strip();
        if (!digits.matches("[+-]?\\d{1,50}")) {
            throw DomainException.invalid(FieldError.of(field, "format"));
        }
        if (digits.startsWith("-")) {
            return -1;
        }
        String magnitude = digits.replaceFirst("^\\+?0*", "");
        return magnitude.length() > 10 || Long.parseLong("0" + magnitude) > Integer.MAX_VALUE ? Integer.MAX_VALUE
                : Integer.parseInt("0" + magnitude);
    }
}
