package org.linli.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.identity.internal.PasswordHasher;

/**
 * Creating many accounts with one password that is published anyway (the demo data's, printed in the README): the
 * password is hashed once and every such account stores that hash. A hash costs a deliberate 100–200 ms of CPU and
 * 19 MiB, so the demo seed, dozens of accounts, spent half its time hashing one known string. Accounts sharing a hash show
 * a reader of the database that they share a password, which a published password does not keep secret; every other
 * password is hashed with a salt of its own, also while this runs.
 */
@ApplicationScoped
public class PublishedPassword {

    @Inject
    PasswordHasher hasher;

    /** Runs {@code work}, on this thread, with {@code password} hashed at most once. */
    public void hashedOnceWhile(String password, Runnable work) {
        hasher.hashingOnce(password.toCharArray(), work);
    }
}
