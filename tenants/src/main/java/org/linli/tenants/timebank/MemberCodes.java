package org.linli.tenants.timebank;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Public member codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn at random, so a
 * code names a time account for a transfer without telling who, where or how to reach its owner, and cannot be
 * guessed (31⁸ ≈ 8.5 × 10¹¹ codes per tenant).
 */
public final class MemberCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private MemberCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed by a person: spaces and dashes dropped, upper case; null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? code : null;
    }
}
