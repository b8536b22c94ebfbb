package org.linli.platform.identity.internal;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAndASaltOfItsOwn() {
        String first = hasher.hash("linli-demo".toCharArray());
        String second = hasher.hash("linli-demo".toCharArray());
        assertThat(first).startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$");
        assertThat(first).isNotEqualTo(second);
        assertThat(first).doesNotContain("linli-demo");
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.matches("correct horse".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse ".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
    }

    @Test
    void whileHashingOnceThePasswordIsHashedOnceAndEveryOtherPasswordWithASaltOfItsOwn() {
        List<String> hashes = new ArrayList<>();
        hasher.hashingOnce("linli-demo".toCharArray(), () -> {
            hashes.add(hasher.hash("linli-demo".toCharArray()));
            hashes.add(hasher.hash("linli-demo".toCharArray()));
            hashes.add(hasher.hash("linli-demO".toCharArray()));
            hashes.add(hasher.hash("linli-demO".toCharArray()));
        });
        String afterwards = hasher.hash("linli-demo".toCharArray());

        assertThat(hashes.get(0)).isEqualTo(hashes.get(1));
        assertThat(hasher.matches("linli-demo".toCharArray(), hashes.get(0))).isTrue();
        assertThat(hashes.get(2)).isNotEqualTo(hashes.get(3)).isNotEqualTo(hashes.get(0));
        assertThat(hasher.matches("linli-demO".toCharArray(), hashes.get(2))).isTrue();
        assertThat(afterwards).isNotEqualTo(hashes.get(0));
        assertThat(hasher.matches("linli-demo".toCharArray(), afterwards)).isTrue();
    }

    @Test
    void hashingOnceHoldsOnlyOnItsOwnThreadAndEndsWhenItsWorkFails() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<String> hashes = new ArrayList<>();
            assertThatThrownBy(() -> hasher.hashingOnce("linli-demo".toCharArray(), () -> {
                hashes.add(hasher.hash("linli-demo".toCharArray()));
                hashes.add(get(other.submit(() -> hasher.hash("linli-demo".toCharArray()))));
                throw new IllegalArgumentException("the work failed");
            })).hasMessage("the work failed");

            assertThat(hashes.get(1)).isNotEqualTo(hashes.get(0));
            assertThat(hasher.hash("linli-demo".toCharArray())).isNotEqualTo(hashes.get(0));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void neverRunsMoreHashesAtOnceThanItHasTurns() throws Exception {
        PasswordHasher bounded = new PasswordHasher(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> bounded.bounded(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(30);
                    running.decrementAndGet();
                    return true;
                })));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aCallerThatFindsNoTurnWithinTheWaitIsRefusedWithTooManyRequests() throws Exception {
        PasswordHasher bounded = new PasswordHasher(1, Duration.ofMillis(200));
        String hash = bounded.hash("correct horse".toCharArray());
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> bounded.bounded(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        busy.start();
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            assertThatThrownBy(() -> bounded.matches("correct horse".toCharArray(), hash))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
                        assertThat(e.code()).isEqualTo("too_many_requests");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(150),
                    Duration.ofSeconds(5));
        } finally {
            release.countDown();
            busy.join();
        }
        assertThat(bounded.matches("correct horse".toCharArray(), hash)).as("the turn is free again").isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
