package org.linli.tenants.devices;

import java.security.SecureRandom;
import java.util.Base64;

/** A fresh device secret: 32 random bytes, written as 43 URL-safe base64 characters (the HMAC key as shown). */
final class DeviceSecret {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceSecret() {
    }

    static String issue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
