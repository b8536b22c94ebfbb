/**
 * The machinery behind sign-in: the platform-wide directory of usernames ({@link LoginName}), account lookup before
 * anyone is signed in ({@link AccountLookup}), API tokens stored as hashes ({@link ApiTokens}), the lock-out after
 * failed attempts ({@link Lockout}) and argon2id hashing with bounded concurrency ({@link PasswordHasher}). Not to be
 * used outside the identity feature (the architecture tests enforce it): everything else goes through
 * {@link org.linli.platform.identity.SignIn} and the user services.
 */
package org.linli.platform.identity.internal;
