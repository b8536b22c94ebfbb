package org.linli.platform.crypto;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys that seal personal data: AES-256 keys by id (one of them active for new writes; the others only to open
 * what they sealed before a rotation) and a separate HMAC key for blind indexes.
 */
public record CipherKeys(String activeKeyId, Map<String, SecretKey> keys, SecretKey indexKey) {

    public CipherKeys {
        keys = Map.copyOf(keys);
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key " + activeKeyId + " is not among the keys");
        }
    }

    /**
     * Reads keys written as {@code id:base64,id:base64} (32-byte AES keys) and a base64 index key of at least
     * 32 bytes.
     */
    public static CipherKeys parse(String keyList, String activeKeyId, String indexKey) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : keyList.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("a key is written id:base64");
            }
            byte[] bytes = Base64.getDecoder().decode(parts[1].trim());
            if (bytes.length != 32) {
                throw new IllegalArgumentException("key " + parts[0] + " must be 32 bytes (AES-256)");
            }
            keys.put(parts[0].trim(), new SecretKeySpec(bytes, "AES"));
        }
        byte[] index = Base64.getDecoder().decode(indexKey.trim());
        if (index.length < 32) {
            throw new IllegalArgumentException("the index key must have at least 32 bytes");
        }
        return new CipherKeys(activeKeyId.trim(), keys, new SecretKeySpec(index, "HmacSHA256"));
    }

    SecretKey active() {
        return keys.get(activeKeyId);
    }

    @Override
    public String toString() {
        return "CipherKeys[active " + activeKeyId + ", ids " + keys.keySet() + "]";
    }
}
