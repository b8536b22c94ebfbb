package org.linli.billing.payments.alipay;

import com.alipay.api.AlipayConfig;
import com.alipay.api.domain.AlipayTradeWapPayModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeWapPayRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class Rsa2Test {

    private static String privateKey;
    private static String publicKey;
    private static String otherPublicKey;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        otherPublicKey = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
    }

    @Test
    void signsExactlyAsTheSdkDoes() throws Exception {
        String content = "app_id=2021000000000001&biz_content={\"subject\":\"擦玻璃\"}&charset=UTF-8";
        String ours = Rsa2.sign(content, privateKey);
        assertThat(ours).isEqualTo(AlipaySignature.rsa256Sign(content, privateKey, "UTF-8"));
        assertThat(AlipaySignature.rsaCheck(content, ours, publicKey, "UTF-8", "RSA2")).isTrue();
    }

    @Test
    void acceptsOnlyTheSignatureOfTheSameContentByTheSameKey() throws Exception {
        String content = "out_trade_no=LL1_2_1&total_amount=88.00&trade_status=TRADE_SUCCESS";
        String sign = AlipaySignature.rsa256Sign(content, privateKey, "UTF-8");
        assertThat(Rsa2.verify(content, sign, publicKey)).isTrue();
        assertThat(Rsa2.verify(content.replace("88.00", "0.01"), sign, publicKey)).isFalse();
        assertThat(Rsa2.verify(content, sign, otherPublicKey)).isFalse();
        assertThat(Rsa2.verify(content, "not base64 at all!", publicKey)).isFalse();
        assertThat(Rsa2.verify(content, sign, "not a key")).isFalse();
        assertThat(Rsa2.verify(content, null, publicKey)).isFalse();
    }

    @Test
    void theClientSignsRequestsTheGatewayVerifiesWithTheSdk() throws Exception {
        AlipayConfig config = new AlipayConfig();
        config.setServerUrl("https://openapi.alipay.com/gateway.do");
        config.setAppId("2021000000000001");
        config.setPrivateKey(privateKey);
        config.setAlipayPublicKey(publicKey);
        config.setFormat("json");
        config.setCharset("UTF-8");
        config.setSignType("RSA2");
        AlipayTradeWapPayModel model = new AlipayTradeWapPayModel();
        model.setOutTradeNo("LL1_2_1");
        model.setTotalAmount("88.00");
        model.setSubject("擦玻璃");
        model.setProductCode("QUICK_WAP_WAY");
        AlipayTradeWapPayRequest request = new AlipayTradeWapPayRequest();
        request.setBizModel(model);

        String url = Rsa2.client(config).pageExecute(request, "GET").getBody();

        Map<String, String> params = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(AlipaySignature.rsaCheckV2(new HashMap<>(params), publicKey, "UTF-8", "RSA2")).isTrue();
        params.put("total_amount", "0.01");
        params.put("biz_content", params.get("biz_content").replace("88.00", "0.01"));
        assertThat(AlipaySignature.rsaCheckV2(new HashMap<>(params), publicKey, "UTF-8", "RSA2")).isFalse();
    }
}
