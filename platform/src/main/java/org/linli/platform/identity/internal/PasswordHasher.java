package org.linli.platform.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;

import java.util.Map;

/**
 * Hashes passwords with argon2id in Shiro 2's crypt format ({@code $shiro2$argon2id$v=19$t=..,m=..,p=..$salt$hash}).
 *
 * <p>Parameters follow OWASP's minimum for argon2id (19 MiB, 2 iterations, 1 lane): Shiro's default (64 MiB, 4 lanes)
 * costs about 300 ms and 64 MiB per sign-in on a two-core server, which turns a burst of sign-ins into a memory
 * problem. The parameters are stored in each hash, so they can be raised later without invalidating old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "argon2id";
    private static final Map<String, Object> PARAMETERS =
            Map.of("Argon2.memoryKib", "19456", "Argon2.iterations", "2", "Argon2.parallelism", "1");

    /** A valid hash of a random password, verified when the username is unknown so that timing reveals nothing. */
    private final String decoy;

    private final DefaultPasswordService service = new DefaultPasswordService() {
        @Override
        protected HashRequest createHashRequest(ByteSource plaintext) {
            return new HashRequest.Builder().setSource(plaintext).setAlgorithmName(ALGORITHM)
                    .withParameters(PARAMETERS).build();
        }
    };

    public PasswordHasher() {
        this.decoy = hash(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return service.encryptPassword(ByteSource.Util.bytes(password));
    }

    public boolean matches(char[] password, String storedHash) {
        return service.passwordsMatch(ByteSource.Util.bytes(password), storedHash);
    }

    /** Spends the time of one verification without a real hash. */
    public void verifyDecoy(char[] password) {
        service.passwordsMatch(ByteSource.Util.bytes(password), decoy);
    }
}
