package org.linli.platform.identity;

import org.linli.platform.security.Role;

/** Narrows the user list; every part is optional. {@code text} matches part of the username or display name. */
public record UserFilter(String text, Role role, AccountStatus status) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }
}
