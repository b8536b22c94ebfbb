/**
 * Accounts and signing in: tenant users ({@link UserAccount}) managed by operators ({@link UserService}), the platform
 * company's people ({@link PlatformAccount}, {@link PlatformUserService}), and {@link SignIn} for passwords and API
 * tokens. Passwords are kept only as argon2id hashes; sign-in tells why it refuses (disabled, tenant suspended) only
 * after the password proved right; and which roles a caller may give is limited by
 * {@link org.linli.platform.security.RoleGrants}.
 */
package org.linli.platform.identity;
