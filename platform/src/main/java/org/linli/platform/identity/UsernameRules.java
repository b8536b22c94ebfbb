package org.linli.platform.identity;

/** The shape of a username, shared by validation and the UI's hint. */
public final class UsernameRules {

    public static final String PATTERN = "[a-z0-9][a-z0-9._-]{2,63}";

    private UsernameRules() {
    }
}
