package org.linli.tenants.privacy;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Every personal field of the registry with its privacy level and mask — the one place where that is declared.
 * REST responses, UI grids and exports all disclose values through these definitions.
 */
public enum PersonalField {
    NAME(PrivacyLevel.INTERNAL, Masks::name),
    GENDER(PrivacyLevel.INTERNAL, Masks::whole),
    RELATION(PrivacyLevel.INTERNAL, Masks::whole),
    TAGS(PrivacyLevel.INTERNAL, Masks::whole),
    ADDRESS(PrivacyLevel.INTERNAL, Masks::address),
    BIRTH_DATE(PrivacyLevel.SENSITIVE, Masks::date),
    MOBILE(PrivacyLevel.SENSITIVE, Masks::mobile),
    PLATE(PrivacyLevel.SENSITIVE, Masks::plate),
    ID_NUMBER(PrivacyLevel.SECRET, Masks::idNumber);

    private final PrivacyLevel level;
    private final UnaryOperator<String> mask;

    PersonalField(PrivacyLevel level, UnaryOperator<String> mask) {
        this.level = level;
        this.mask = mask;
    }

    public PrivacyLevel level() {
        return level;
    }

    public String mask(String value) {
        return value == null ? null : mask.apply(value);
    }

    /** The field's name in requests, e.g. {@code idNumber}. */
    public String jsonName() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
