package org.linli.platform.identity.rest;

import org.linli.platform.identity.AccountStatus;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.security.Role;

import java.time.Instant;

public record UserResponse(long id, String username, String displayName, Role role, AccountStatus status,
                           Instant createdAt, Instant lastSignInAt) {

    static UserResponse of(UserAccount account) {
        return new UserResponse(account.id().value(), account.details().username(), account.details().displayName(),
                account.details().role(), account.details().status(), account.details().createdAt(),
                account.details().lastSignInAt());
    }
}
