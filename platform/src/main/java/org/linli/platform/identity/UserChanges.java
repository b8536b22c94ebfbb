package org.linli.platform.identity;

import jakarta.validation.constraints.Size;
import org.linli.platform.security.Role;

/** A partial update of a user: only the fields that are not null change. */
public record UserChanges(@Size(min = 1, max = 100) String displayName, Role role) {
}
