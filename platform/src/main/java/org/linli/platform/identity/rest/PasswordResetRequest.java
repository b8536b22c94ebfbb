package org.linli.platform.identity.rest;

public record PasswordResetRequest(String password) {

    @Override
    public String toString() {
        return "PasswordResetRequest[***]";
    }
}
