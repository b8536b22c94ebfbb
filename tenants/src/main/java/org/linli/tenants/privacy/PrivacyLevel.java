package org.linli.tenants.privacy;

/**
 * How much harm a personal value does in the wrong hands. SENSITIVE and SECRET values are sealed at rest, and a
 * full read of one is always on purpose and audited.
 */
public enum PrivacyLevel {
    PUBLIC,
    INTERNAL,
    SENSITIVE,
    SECRET;

    public boolean isSealed() {
        return this == SENSITIVE || this == SECRET;
    }
}
