package org.linli.tenants.privacy;

/**
 * What a role sees of a personal value, from most to least. For a sealed (SENSITIVE or SECRET) value, FULL means
 * "shown masked, and revealable on purpose"; lists and exports never carry it in full.
 */
public enum Visibility {
    FULL,
    MASKED,
    HIDDEN;

    public boolean isStricterThan(Visibility other) {
        return ordinal() > other.ordinal();
    }

    public static Visibility strictest(Visibility a, Visibility b) {
        return a.isStricterThan(b) ? a : b;
    }
}
