package org.linli.billing.payments.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayConfig;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.SignChecker;
import com.alipay.api.Signer;
import com.alipay.api.internal.util.AlipaySignature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alipay's RSA2 signatures (SHA256withRSA over the UTF-8 sign content, Base64), exactly as the SDK's
 * {@code AlipaySignature} makes and checks them, with each key parsed once. The SDK parses the PKCS#8 or X.509 key
 * text again for every signature, which cost more than the signature itself; a key is a few hundred bytes, and a
 * server holds a handful (its own, Alipay's, the sandbox's), so they are kept for the life of the process.
 */
public final class Rsa2 {

    private static final String ALGORITHM = "SHA256withRSA";
    private static final int MAX_KEYS = 32;
    private static final Map<String, PrivateKey> PRIVATE = new ConcurrentHashMap<>();
    private static final Map<String, PublicKey> PUBLIC = new ConcurrentHashMap<>();

    private Rsa2() {
    }

    /** The Base64 RSA2 signature of {@code content} with a PKCS#8 private key given as Base64 text. */
    public static String sign(String content, String privateKey) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey(privateKey));
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with this key", e);
        }
    }

    /** Whether {@code sign} is the RSA2 signature of {@code content} by the X.509 public key given as Base64 text. */
    public static boolean verify(String content, String sign, String publicKey) {
        if (content == null || sign == null || publicKey == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey(publicKey));
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getMimeDecoder().decode(sign));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The SDK's client, signing requests and checking answers with the parsed keys. Everything else (what is
     * signed, the parameters, the wire) stays the SDK's own.
     */
    static DefaultAlipayClient client(AlipayConfig config) throws AlipayApiException {
        String privateKey = config.getPrivateKey();
        String alipayPublicKey = config.getAlipayPublicKey();
        return new DefaultAlipayClient(config) {
            private final Signer signer = (content, signType, charset) -> {
                requireRsa2Utf8(signType, charset);
                return sign(content, privateKey);
            };
            private final SignChecker checker = new SignChecker() {
                @Override
                public boolean check(String content, String sign, String signType, String charset) {
                    requireRsa2Utf8(signType, charset);
                    return verify(content, sign, alipayPublicKey);
                }

                /** Certificate mode stays the SDK's own (a certificate is not a key this class keeps). */
                @Override
                public boolean checkCert(String content, String sign, String signType, String charset,
                                         String publicKeyCert) {
                    try {
                        return AlipaySignature.rsaCertCheck(content, sign, publicKeyCert, charset, signType);
                    } catch (AlipayApiException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };

            @Override
            public Signer getSigner() {
                return signer;
            }

            @Override
            public SignChecker getSignChecker() {
                return checker;
            }
        };
    }

    /** The gateway is configured for RSA2 over UTF-8 only; anything else is a programming error, not a key. */
    private static void requireRsa2Utf8(String signType, String charset) {
        if (!"RSA2".equals(signType) || !"UTF-8".equalsIgnoreCase(charset)) {
            throw new IllegalStateException("only RSA2 over UTF-8 is configured, not " + signType + " " + charset);
        }
    }

    private static PrivateKey privateKey(String text) {
        PrivateKey key = PRIVATE.get(text);
        if (key == null) {
            try {
                key = KeyFactory.getInstance("RSA").generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(text)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("the private key is not an RSA PKCS#8 key in Base64", e);
            }
            remember(PRIVATE, text, key);
        }
        return key;
    }

    private static PublicKey publicKey(String text) throws GeneralSecurityException {
        PublicKey key = PUBLIC.get(text);
        if (key == null) {
            try {
                key = KeyFactory.getInstance("RSA").generatePublic(
                        new X509EncodedKeySpec(Base64.getMimeDecoder().decode(text)));
            } catch (IllegalArgumentException e) {
                throw new GeneralSecurityException("the public key is not Base64", e);
            }
            remember(PUBLIC, text, key);
        }
        return key;
    }

    /** Keys come from configuration, never from requests, but the cache stays bounded all the same. */
    private static <K> void remember(Map<String, K> keys, String text, K key) {
        if (keys.size() >= MAX_KEYS) {
            keys.clear();
        }
        keys.put(text, key);
    }
}
