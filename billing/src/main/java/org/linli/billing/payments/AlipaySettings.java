package org.linli.billing.payments;

import com.alipay.api.internal.util.AbstractHttpClient;

import java.time.Duration;

/**
 * How Linli reaches Alipay's open platform: the gateway, the merchant's app and partner ids, the app's private key
 * and Alipay's public key (PKCS#8 / X.509, base64). A gateway URL starting with {@code /} names a gateway served by
 * this site itself (the loopback sandbox): server calls then go to this server on loopback and payers' browsers to
 * the address they used. {@code notifyUrl} null means this site's own notify endpoint.
 *
 * <p>Production points {@code gatewayUrl} at {@code https://openapi.alipay.com/gateway.do} with the merchant's real
 * keys; nothing else changes. {@code localTransport} (only for a gateway served here) carries calls in-process while
 * this server cannot reach itself yet (before it has served a request).
 */
public record AlipaySettings(String gatewayUrl, String appId, String sellerId, String appPrivateKey,
                             String alipayPublicKey, String notifyUrl, Duration payTimeout,
                             AbstractHttpClient localTransport) {

    public AlipaySettings {
        if (gatewayUrl == null || appId == null || sellerId == null || appPrivateKey == null
                || alipayPublicKey == null) {
            throw new IllegalArgumentException("Alipay needs a gateway URL, app id, seller id and both keys");
        }
        if (payTimeout == null || payTimeout.isNegative() || payTimeout.isZero()) {
            throw new IllegalArgumentException("the pay timeout must be positive");
        }
    }

    public boolean servedHere() {
        return gatewayUrl.startsWith("/");
    }
}
