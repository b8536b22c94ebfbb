package org.linli.platform.identity.rest;

/** A partial update: absent (null) fields stay as they are. */
public record UpdateUserRequest(String displayName, String role) {
}
