package org.linli.tenants.registry.residents;

import java.util.Locale;
import java.util.Optional;

/** Normal forms of mobile numbers and licence plates, so that the same one is always recognised as the same. */
public final class ContactRules {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private ContactRules() {
    }

    /** A mainland mobile number: 11 digits starting 13–19; spaces, dashes and +86 are dropped. */
    public static Optional<String> mobile(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        return digits.matches("1[3-9]\\d{9}") ? Optional.of(digits) : Optional.empty();
    }

    /** A licence plate: province, letter, then 5 (fuel) or 6 (new energy) letters or digits. */
    public static Optional<String> plate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plate = text.replaceAll("[\\s·-]", "").toUpperCase(Locale.ROOT);
        return plate.matches("[" + PROVINCES + "][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}") ? Optional.of(plate)
                : Optional.empty();
    }
}
