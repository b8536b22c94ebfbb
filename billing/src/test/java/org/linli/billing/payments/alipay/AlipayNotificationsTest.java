package org.linli.billing.payments.alipay;

import org.junit.jupiter.api.Test;
import org.linli.billing.payments.AlipaySettings;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AlipayNotificationsTest {

    private static final AlipaySettings OURS = new AlipaySettings("https://openapi.alipay.com/gateway.do",
            "2021000000000001", "2088000000000001", "app-private-key", "alipay-public-key",
            "https://linli.example.cn/api/v1/payments/alipay/notify", Duration.ofMinutes(15), null);

    @Test
    void aNotifyNamingOurAppAndOurSellerIsAddressedToUs() {
        assertThat(AlipayNotifications.addressedToUs(notify("2021000000000001", "2088000000000001"), OURS)).isTrue();
    }

    @Test
    void aNotifyWithoutSellerIdIsRefused() {
        assertThat(AlipayNotifications.addressedToUs(notify("2021000000000001", null), OURS)).isFalse();
    }

    @Test
    void anotherSellerOrAnotherAppIsRefused() {
        assertThat(AlipayNotifications.addressedToUs(notify("2021000000000001", "2088999999999999"), OURS)).isFalse();
        assertThat(AlipayNotifications.addressedToUs(notify("2021999999999999", "2088000000000001"), OURS)).isFalse();
        assertThat(AlipayNotifications.addressedToUs(notify(null, "2088000000000001"), OURS)).isFalse();
    }

    private static Map<String, String> notify(String appId, String sellerId) {
        Map<String, String> notify = new HashMap<>();
        notify.put("out_trade_no", "LL3_1204_1");
        if (appId != null) {
            notify.put("app_id", appId);
        }
        if (sellerId != null) {
            notify.put("seller_id", sellerId);
        }
        return notify;
    }
}
