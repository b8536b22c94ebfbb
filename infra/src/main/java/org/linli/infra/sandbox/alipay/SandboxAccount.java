package org.linli.infra.sandbox.alipay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Properties;

/**
 * The merchant account at the loopback sandbox, as Alipay's open platform would hand it out: an app id, the
 * merchant's partner id (seller id), the app's RSA2 key pair (the merchant's, whose public half the gateway
 * verifies requests with) and the gateway's own key pair (responses and notifies are signed with it). Made once per
 * data directory and kept there, so restarts keep talking to the same account.
 */
public record SandboxAccount(String appId, String sellerId, String appPrivateKey, String appPublicKey,
                             String gatewayPrivateKey, String gatewayPublicKey) {

    static final String APP_ID = "2021000000000001";
    static final String SELLER_ID = "2088000000000001";

    /** The account stored in {@code file}, created there first if it does not exist. */
    public static SandboxAccount in(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties p = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return new SandboxAccount(p.getProperty("app-id"), p.getProperty("seller-id"),
                    p.getProperty("app-private-key"), p.getProperty("app-public-key"),
                    p.getProperty("gateway-private-key"), p.getProperty("gateway-public-key"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sandbox account " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        KeyPair app = rsa2();
        KeyPair gateway = rsa2();
        Properties p = new Properties();
        p.setProperty("app-id", APP_ID);
        p.setProperty("seller-id", SELLER_ID);
        p.setProperty("app-private-key", base64(app.getPrivate().getEncoded()));
        p.setProperty("app-public-key", base64(app.getPublic().getEncoded()));
        p.setProperty("gateway-private-key", base64(gateway.getPrivate().getEncoded()));
        p.setProperty("gateway-public-key", base64(gateway.getPublic().getEncoded()));
        Path temporary = Files.createTempFile(directory, "account", ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(writer, "Alipay sandbox account: test keys only, never for real money");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
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
