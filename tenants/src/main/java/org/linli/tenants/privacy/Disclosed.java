package org.linli.tenants.privacy;

import java.util.Map;

/**
 * The caller's visibility per privacy level, resolved once. {@link #show} turns a plain value into what the caller
 * may see: the value, its mask, or nothing. Sealed values are never shown in full here, only revealed one at a time.
 */
public final class Disclosed {

    private final Map<PrivacyLevel, Visibility> byLevel;

    Disclosed(Map<PrivacyLevel, Visibility> byLevel) {
        this.byLevel = Map.copyOf(byLevel);
    }

    public Visibility visibility(PersonalField field) {
        return byLevel.get(field.level());
    }

    /** Whether the field needs its value opened at all (hidden fields are never decrypted). */
    public boolean isVisible(PersonalField field) {
        return visibility(field) != Visibility.HIDDEN;
    }

    /** Whether the caller may reveal the full sealed value, on purpose and audited. */
    public boolean mayReveal(PersonalField field) {
        return field.level().isSealed() && visibility(field) == Visibility.FULL;
    }

    public String show(PersonalField field, String value) {
        if (value == null) {
            return null;
        }
        return switch (visibility(field)) {
            case HIDDEN -> null;
            case MASKED -> field.mask(value);
            case FULL -> field.level().isSealed() ? field.mask(value) : value;
        };
    }
}
