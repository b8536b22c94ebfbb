package org.linli.platform.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.linli.platform.security.Role;

/**
 * A user account to create. Usernames are lower-case letters, digits, dot, dash and underscore, 3 to 64 long, and
 * unique across the platform; passwords have at least 8 characters.
 */
public record NewUser(
        @NotBlank @Pattern(regexp = UsernameRules.PATTERN, message = "{username_format}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        @NotNull @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
