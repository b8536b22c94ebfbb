package org.linli.platform.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals personal values at rest with AES-256-GCM and computes blind indexes for finding them again.
 *
 * <p>A sealed value reads {@code v1:<key id>:<base64(iv | ciphertext | tag)>}. The tenant is bound in as
 * associated data, so a value copied into another tenant's row does not open. A blind index is an HMAC of the
 * normalised value and the tenant: equal values in one tenant have equal indexes (duplicate detection, lookup by
 * mobile number), while the index reveals nothing without the index key.
 */
@ApplicationScoped
public class PersonalDataVault {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CipherKeys keys;

    protected PersonalDataVault() {
    }

    @Inject
    public PersonalDataVault(CipherKeys keys) {
        this.keys = keys;
    }

    /** Seals {@code plaintext} for the current tenant; null stays null. */
    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData());
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + ":" + keys.activeKeyId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal", e);
        }
    }

    /** Opens a value sealed for the current tenant with any known key. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("not a sealed value");
        }
        SecretKey key = keys.keys().get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("sealed with unknown key " + parts[1]);
        }
        try {
            byte[] data = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD(associatedData());
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a sealed value (wrong tenant or key)", e);
        }
    }

    /** True when the value was sealed with a key that is no longer the active one (see key rotation). */
    public boolean sealedWithOldKey(String sealed) {
        return sealed != null && !sealed.startsWith(activePrefix());
    }

    /** How values sealed with the active key begin, e.g. {@code v1:k2:}. */
    public String activePrefix() {
        return VERSION + ":" + keys.activeKeyId() + ":";
    }

    /** The blind index of an already normalised value in the current tenant; null stays null. */
    public String index(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            mac.update(associatedData());
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)), 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot index", e);
        }
    }

    private static byte[] associatedData() {
        TenantId tenant = TenantContext.require();
        return ("linli-tenant:" + tenant.value()).getBytes(StandardCharsets.UTF_8);
    }
}
