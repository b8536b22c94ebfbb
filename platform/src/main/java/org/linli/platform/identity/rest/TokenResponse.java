package org.linli.platform.identity.rest;

import java.time.Instant;

public record TokenResponse(String token, String tokenType, Instant expiresAt) {
}
