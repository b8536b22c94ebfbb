package org.linli.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every answer tells the browser, whatever part of the site wrote it. */
class SecurityHeadersFilterTest {

    private final Map<String, String> headers = new HashMap<>();
    private final HttpServletResponse response = Fakes.of(HttpServletResponse.class, Map.of(
            "setHeader", args -> headers.put((String) args[0], (String) args[1]),
            "getHeader", args -> headers.get((String) args[0])));

    @Test
    void everyAnswerForbidsFramingSniffingAndForeignContent() throws Exception {
        run(false);
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "strict-origin-when-cross-origin");
        assertThat(headers.get("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'");
    }

    @Test
    void thePolicyLetsVaadinRunAndDrawButNamesNoOtherSite() throws Exception {
        run(false);
        String policy = headers.get("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self' data:");
        assertThat(policy).doesNotContain("*").doesNotContain("http:").doesNotContain("https:");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        run(false);
        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
        run(true);
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void theHeadersAreSetBeforeTheRestOfTheChainWritesTheAnswer() throws Exception {
        Map<String, String> seenByChain = new HashMap<>();
        FilterChain chain = (request, answer) -> seenByChain.putAll(headers);
        new SecurityHeadersFilter().doFilter(request(false), response, chain);
        assertThat(seenByChain).containsKeys("Content-Security-Policy", "X-Frame-Options",
                "X-Content-Type-Options", "Referrer-Policy");
    }

    private void run(boolean secure) throws Exception {
        headers.clear();
        new SecurityHeadersFilter().doFilter(request(secure), response, (request, answer) -> { });
    }

    private static HttpServletRequest request(boolean secure) {
        return Fakes.of(HttpServletRequest.class, Map.of("isSecure", args -> secure));
    }
}
