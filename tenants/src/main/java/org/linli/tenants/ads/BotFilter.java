package org.linli.tenants.ads;

import java.util.List;
import java.util.Locale;

/**
 * Tells crawlers, link previewers, monitors and scripted clients from people by their User-Agent, so that they are
 * not counted as impressions or clicks. A request without a User-Agent is not a browser either. A heuristic: a bot
 * that pretends to be a browser is counted, which is why the counters are only ever read as trends.
 */
public final class BotFilter {

    private static final List<String> MARKS = List.of("bot", "crawl", "spider", "slurp", "scrapy", "curl", "wget",
            "python", "java/", "httpclient", "okhttp", "go-http", "libwww", "headless", "phantomjs", "preview",
            "monitor", "pingdom", "uptime", "facebookexternalhit", "bytespider", "yisouspider", "baiduspider");

    private BotFilter() {
    }

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return MARKS.stream().anyMatch(lower::contains);
    }
}
