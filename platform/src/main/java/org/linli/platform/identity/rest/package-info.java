/**
 * The accounts API: bearer tokens exchanged for a username and password or revoked, and the signed-in caller
 * ({@link TokenResource}); the users of the caller's tenant, for operators ({@link UserResource}). The resources only
 * translate HTTP to {@link org.linli.platform.identity.SignIn} and {@link org.linli.platform.identity.UserService};
 * lock-out, permissions and audit live there.
 */
package org.linli.platform.identity.rest;
