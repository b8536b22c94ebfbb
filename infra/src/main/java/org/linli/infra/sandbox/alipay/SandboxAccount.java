package org.linli.infra.sandbox.alipay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Properties;

/**
 * The merchant account at the loopback sandbox, as Alipay's open platform would hand it out: an app id, the
 * merchant's partner id (seller id), the app's RSA2 key pair (the merchant's, whose public half the gateway
 * verifies requests with) and the gateway's own key pair (responses and notifies are signed with it). Made once per
 * database and kept there ({@link SandboxBook}), so restarts and every node of a cluster talk to the same account.
 */
public record SandboxAccount(String appId, String sellerId, String appPrivateKey, String appPublicKey,
                             String gatewayPrivateKey, String gatewayPublicKey) {

    static final String APP_ID = "2021000000000001";
    static final String SELLER_ID = "2088000000000001";

    /** The account recorded as {@code p}. */
    static SandboxAccount of(Properties p) {
        return new SandboxAccount(p.getProperty("app-id"), p.getProperty("seller-id"),
                p.getProperty("app-private-key"), p.getProperty("app-public-key"),
                p.getProperty("gateway-private-key"), p.getProperty("gateway-public-key"));
    }

    /**
     * A new account: the one an older sandbox kept in {@code file} when there is one (its demo data was paid with
     * it), else new keys.
     */
    static Properties made(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sandbox account " + file, e);
            }
        }
        KeyPair app = rsa2();
        KeyPair gateway = rsa2();
        p.setProperty("app-id", APP_ID);
        p.setProperty("seller-id", SELLER_ID);
        p.setProperty("app-private-key", base64(app.getPrivate().getEncoded()));
        p.setProperty("app-public-key", base64(app.getPublic().getEncoded()));
        p.setProperty("gateway-private-key", base64(gateway.getPrivate().getEncoded()));
        p.setProperty("gateway-public-key", base64(gateway.getPublic().getEncoded()));
        return p;
    }

    private static KeyPair rsa2() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
