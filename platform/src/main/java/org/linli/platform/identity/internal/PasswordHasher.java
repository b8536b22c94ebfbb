package org.linli.platform.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Hashes passwords with argon2id in Shiro 2's crypt format ({@code $shiro2$argon2id$v=19$t=..,m=..,p=..$salt$hash}).
 *
 * <p>Parameters follow OWASP's minimum for argon2id (19 MiB, 2 iterations, 1 lane): Shiro's default (64 MiB, 4 lanes)
 * costs about 300 ms and 64 MiB per sign-in on a two-core server, which turns a burst of sign-ins into a memory
 * problem. The parameters are stored in each hash, so they can be raised later without invalidating old hashes.
 *
 * <p>At most one hash per processor runs at a time: more would not finish sooner, only hold 19 MiB each. A caller
 * waits up to {@link #DEFAULT_WAIT} for its turn and is then refused with {@code too_many_requests} (429), so a burst
 * of sign-ins costs bounded memory and fails fast instead of queueing without end.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final String ALGORITHM = "argon2id";
    private static final Map<String, Object> PARAMETERS =
            Map.of("Argon2.memoryKib", "19456", "Argon2.iterations", "2", "Argon2.parallelism", "1");
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final Semaphore turns;
    private final Duration wait;

    /** A valid hash of a random password, verified when the username is unknown so that timing reveals nothing. */
    private final String decoy;

    /** A password whose hash is computed once and reused, on this thread, while {@link #hashingOnce} runs. */
    private final ThreadLocal<SharedHash> shared = new ThreadLocal<>();

    private final DefaultPasswordService service = new DefaultPasswordService() {
        @Override
        protected HashRequest createHashRequest(ByteSource plaintext) {
            return new HashRequest.Builder().setSource(plaintext).setAlgorithmName(ALGORITHM)
                    .withParameters(PARAMETERS).build();
        }
    };

    public PasswordHasher() {
        this(Runtime.getRuntime().availableProcessors(), DEFAULT_WAIT);
    }

    PasswordHasher(int concurrentHashes, Duration wait) {
        this.turns = new Semaphore(Math.max(1, concurrentHashes), true);
        this.wait = wait;
        this.decoy = hash(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        SharedHash once = shared.get();
        if (once != null && once.isFor(password)) {
            return once.hash(() -> saltedHash(password));
        }
        return saltedHash(password);
    }

    /**
     * Runs {@code work} with every hash of {@code password} on this thread being one hash, made at the first use; any
     * other password is hashed as always. Only for a published password ({@link
     * org.linli.platform.identity.PublishedPassword} says why).
     */
    public void hashingOnce(char[] password, Runnable work) {
        if (shared.get() != null) {
            throw new IllegalStateException("a shared hash is already in use on this thread");
        }
        SharedHash once = new SharedHash(password.clone());
        shared.set(once);
        try {
            work.run();
        } finally {
            shared.remove();
            once.forget();
        }
    }

    private String saltedHash(char[] password) {
        return bounded(() -> service.encryptPassword(ByteSource.Util.bytes(password)));
    }

    public boolean matches(char[] password, String storedHash) {
        return bounded(() -> service.passwordsMatch(ByteSource.Util.bytes(password), storedHash));
    }

    /** Spends the time of one verification without a real hash. */
    public void verifyDecoy(char[] password) {
        bounded(() -> service.passwordsMatch(ByteSource.Util.bytes(password), decoy));
    }

    /** Runs {@code work} in one of the hashing turns; refuses with {@code too_many_requests} when none frees up. */
    <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new DomainException(ProblemKind.TOO_MANY_REQUESTS, "too_many_requests");
        }
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }

    /** The password of {@link #hashingOnce} and, once made, its hash. */
    private static final class SharedHash {

        private final char[] password;
        private String hash;

        SharedHash(char[] password) {
            this.password = password;
        }

        boolean isFor(char[] candidate) {
            return Arrays.equals(password, candidate);
        }

        String hash(Supplier<String> make) {
            if (hash == null) {
                hash = make.get();
            }
            return hash;
        }

        void forget() {
            Arrays.fill(password, '\0');
        }
    }
}
