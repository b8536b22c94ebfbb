package org.linli.tenants.registry.selfregistration;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/** Invite codes people can read out and type: ten characters without look-alikes, shown as {@code XXXXX-XXXXX}. */
public final class InviteCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {
    }

    static String fresh() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what someone typed: upper case, without spaces and dashes. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == 10 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
                : Optional.empty();
    }

    public static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
