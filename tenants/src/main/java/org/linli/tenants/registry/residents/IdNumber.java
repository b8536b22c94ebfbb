package org.linli.tenants.registry.residents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A mainland resident identity card number (GB 11643-1999): 18 characters, the last a check character computed
 * with ISO 7064 MOD 11-2. Carries the birth date and, in its 17th digit, the gender.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    /** The normalised number (upper-case X, no spaces) when it is well-formed with a right check character. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String id = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!id.matches("\\d{17}[\\dX]") || checkCharacter(id) != id.charAt(17) || birthDate(id).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(id);
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.parse(id.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** A valid number for the given region code, birth date and sequence (for generated demo data). */
    public static String of(String region, LocalDate birth, int sequence) {
        String body = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence % 1000);
        return body + checkCharacter(body);
    }
}
