package org.linli.infra.sandbox.alipay;

import com.alipay.api.internal.util.AlipaySignature;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.billing.payments.alipay.Rsa2;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends the sandbox's asynchronous notifies as Alipay does: a signed form POST to the trade's {@code notify_url},
 * done when the answer is exactly {@code success}, else retried after 4 m, 10 m, 10 m, 1 h, 2 h, 6 h and 15 h with the
 * same {@code notify_id} (the schedule multiplied by {@code linli.alipay.sandbox.time-scale}, so tests need not wait
 * hours). It can be told to drop notifies, send each three times, or send them in reverse order.
 * <p>
 * The notify of a payment is delivered the first time while the payer's confirmation waits (at most
 * {@link #FIRST_ANSWER}), so the payer's return to the shop finds the order paid, as it mostly does at Alipay; a
 * script paying by hand needs no polling either.
 */
@ApplicationScoped
public class SandboxNotifier {

    private static final Logger LOG = Logger.getLogger(SandboxNotifier.class.getName());
    static final List<Duration> RETRIES = List.of(Duration.ofMinutes(4), Duration.ofMinutes(10),
            Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(6),
            Duration.ofHours(15));
    static final Duration FIRST_ANSWER = Duration.ofSeconds(5);

    /** How notifies leave the sandbox. */
    public enum Mode { NORMAL, DROP, DUPLICATE, REORDER }

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "linli.alipay.sandbox.time-scale", defaultValue = "1")
    double timeScale;

    @Inject
    AlipaySandbox sandbox;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Mode mode = Mode.NORMAL;
    private Map<String, String> held;
    private String heldUrl;

    public Mode mode() {
        return mode;
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    /** Signs and sends the notify for {@code trade}'s change, as the mode says. */
    void send(SandboxTrade trade, Map<String, String> notify) {
        if (trade.notifyUrl == null || trade.notifyUrl.isBlank()) {
            return;
        }
        Map<String, String> signed = signed(notify, sandbox.account().gatewayPrivateKey());
        String url = trade.notifyUrl;
        switch (mode) {
            case DROP -> LOG.info(() -> "sandbox drops the notify for " + trade.outTradeNo);
            case DUPLICATE -> {
                for (int copy = 0; copy < 3; copy++) {
                    deliver(url, signed, 0);
                }
            }
            case REORDER -> reorder(url, signed);
            default -> deliver(url, signed, 0);
        }
    }

    /** Like {@link #send}, but in the normal mode the first delivery is made before this answers. */
    void sendAndAwait(SandboxTrade trade, Map<String, String> notify) {
        if (mode != Mode.NORMAL || trade.notifyUrl == null || trade.notifyUrl.isBlank()) {
            send(trade, notify);
            return;
        }
        Map<String, String> signed = signed(notify, sandbox.account().gatewayPrivateKey());
        answered(trade.notifyUrl, signed, post(trade.notifyUrl, signed, FIRST_ANSWER), 0);
    }

    /** Sends {@code copies} of a notify at once and answers what the merchant said to each (for tests and scripts). */
    List<String> burst(String url, Map<String, String> notify, int copies, boolean forged) {
        Map<String, String> signed = signed(notify, forged ? foreignKey() : sandbox.account().gatewayPrivateKey());
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            answers.add(CompletableFuture.supplyAsync(() -> post(url, signed), executor));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    static Map<String, String> signed(Map<String, String> notify, String privateKey) {
        Map<String, String> content = new HashMap<>(notify);
        content.remove("sign");
        content.remove("sign_type");
        Map<String, String> signed = new LinkedHashMap<>(notify);
        signed.put("sign", Rsa2.sign(AlipaySignature.getSignCheckContentV1(content), privateKey));
        signed.put("sign_type", "RSA2");
        return signed;
    }

    private synchronized void reorder(String url, Map<String, String> signed) {
        if (held == null) {
            held = signed;
            heldUrl = url;
            executor.schedule(this::flush, 2, TimeUnit.SECONDS);
            return;
        }
        Map<String, String> earlier = held;
        String earlierUrl = heldUrl;
        held = null;
        deliver(url, signed, 0);
        executor.schedule(() -> deliver(earlierUrl, earlier, 0), 200, TimeUnit.MILLISECONDS);
    }

    private synchronized void flush() {
        if (held != null) {
            deliver(heldUrl, held, 0);
            held = null;
        }
    }

    private void deliver(String url, Map<String, String> signed, int attempt) {
        executor.execute(() -> answered(url, signed, post(url, signed), attempt));
    }

    /** Done at {@code success}; anything else is retried on Alipay's schedule until it gives up. */
    private void answered(String url, Map<String, String> signed, String answer, int attempt) {
        if ("success".equals(answer)) {
            return;
        }
        if (attempt >= RETRIES.size()) {
            LOG.warning(() -> "sandbox gives up the notify for " + signed.get("out_trade_no"));
            return;
        }
        long delay = Math.max(1, (long) (RETRIES.get(attempt).toMillis() * timeScale));
        LOG.info(() -> "sandbox notify for " + signed.get("out_trade_no") + " answered '" + answer
                + "'; retry " + (attempt + 1) + " in " + delay + " ms");
        executor.schedule(() -> deliver(url, signed, attempt + 1), delay, TimeUnit.MILLISECONDS);
    }

    private String post(String url, Map<String, String> signed) {
        return post(url, signed, Duration.ofSeconds(30));
    }

    private String post(String url, Map<String, String> signed, Duration timeout) {
        String form = signed.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            LOG.log(Level.FINE, "sandbox notify to " + url + " failed", e);
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** A key that is not the gateway's: what a forger would sign with. */
    private static String foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
