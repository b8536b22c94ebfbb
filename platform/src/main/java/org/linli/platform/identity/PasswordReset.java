package org.linli.platform.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password set by an operator for a user who forgot theirs. */
public record PasswordReset(@NotNull @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "PasswordReset[***]";
    }
}
