package org.linli.platform.application;

import java.time.ZoneId;

/**
 * China's one time zone. Days, months, opening hours and the Alipay protocol's timestamps are all reckoned in it,
 * whatever the server's own zone, so every calendar question in Linli names this constant rather than its own copy.
 * Features whose tenants configure a zone (cases, devices) read that setting instead.
 */
public final class ChinaTime {

    /** For annotations, which need a constant string, such as {@code @Schedule(timezone = ChinaTime.ZONE_ID)}. */
    public static final String ZONE_ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private ChinaTime() {
    }
}
