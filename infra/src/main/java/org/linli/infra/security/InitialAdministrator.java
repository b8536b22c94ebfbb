package org.linli.infra.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.PlatformUserService;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * A fresh production installation has no one who could create the first tenant. When
 * {@code linli.admin.initial-password} is set and no platform account exists yet, this creates the platform
 * operator {@code linli.admin.username} (default {@code admin}) with that password. Remove the setting afterwards.
 */
@ApplicationScoped
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    PlatformUserService platformUsers;

    @Inject
    @ConfigProperty(name = "linli.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    @ConfigProperty(name = "linli.admin.username", defaultValue = "admin")
    String username;

    public void createIfConfigured() {
        if (initialPassword.isEmpty() || initialPassword.get().isBlank()) {
            return;
        }
        CallerContext.system("initial-administrator", null).run(() -> {
            if (platformUsers.list().isEmpty()) {
                platformUsers.create(new NewUser(username, "Administrator", Role.PLATFORM_OPERATOR,
                        initialPassword.get()));
                LOG.warning("Created the initial platform operator '" + username
                        + "'. Remove linli.admin.initial-password from the configuration now.");
            }
        });
    }
}
