package org.linli.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reads times from request text, turning bad text into a field error instead of an exception trace. */
public final class TimeValues {

    private TimeValues() {
    }

    /** An ISO-8601 instant ({@code 2026-11-29T06:30:00Z}), or null for no text. */
    public static Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of(field, "instant"));
        }
    }

    /** A date as {@code 2026-11-29}, or null for no text. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of(field, "date_format"));
        }
    }

    /** A time of day as {@code 08:30}, or null for no text. */
    public static LocalTime time(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of(field, "time_format"));
        }
    }
}
