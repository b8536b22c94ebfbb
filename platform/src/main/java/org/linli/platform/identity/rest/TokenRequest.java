package org.linli.platform.identity.rest;

public record TokenRequest(String username, String password) {

    @Override
    public String toString() {
        return "TokenRequest[" + username + "]";
    }
}
