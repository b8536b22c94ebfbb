package org.linli.platform.identity;

import java.time.Instant;

/** A freshly issued API bearer token; the only moment the token's text exists outside the client. */
public record IssuedToken(String token, Instant expiresAt) {
}
