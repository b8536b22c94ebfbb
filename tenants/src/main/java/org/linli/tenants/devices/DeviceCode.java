package org.linli.tenants.devices;

import org.linli.platform.tenancy.TenantId;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device's public name, e.g. {@code d7-k3f9q2xw8m}: the tenant's id and ten random base-32 characters. The intake
 * knows no tenant before it has checked the signature, and the tenant's data can be read only inside that tenant, so
 * the code itself says where to look — as a trade number does for the payment gateway. A code names one tenant only:
 * a device of one tenant cannot post into another.
 */
public final class DeviceCode {

    private static final Pattern FORMAT = Pattern.compile("d([1-9][0-9]{0,17})-[a-z2-7]{10}");
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceCode() {
    }

    static String issue(TenantId tenant) {
        StringBuilder code = new StringBuilder("d").append(tenant.value()).append('-');
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The tenant a well-formed code names. */
    public static Optional<TenantId> tenantOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(code);
        return matcher.matches() ? Optional.of(TenantId.of(Long.parseLong(matcher.group(1)))) : Optional.empty();
    }
}
