package org.linli.infra.sandbox.alipay;

import com.alipay.api.internal.util.AlipaySignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.billing.payments.alipay.Rsa2;
import org.linli.platform.application.ChinaTime;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loopback Alipay gateway's books: trades opened at its cashier, paid, closed, refunded and settled, exactly
 * as the open platform's methods describe them (see {@link AlipaySandboxServlet} for the wire). It keeps its account
 * and trades in the database ({@link SandboxBook}), so that a restarted demo still finds them and every node of a
 * cluster is the same gateway, and hands every change that Alipay would notify to {@link SandboxNotifier} once the
 * change is committed (signing takes a while, and no trade should stay held while it happens).
 */
@ApplicationScoped
public class AlipaySandbox {

    private static final Logger LOG = Logger.getLogger(AlipaySandbox.class.getName());
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,4})([mhdc])");
    private static final Pattern TRADE_NUMBER = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile JsonProvider json;

    @Inject
    @ConfigProperty(name = "linli.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    SandboxNotifier notifier;

    @Inject
    SandboxBook book;

    private volatile SandboxAccount account;

    /** The merchant account, read from the database once (made there by the first node that needs it). */
    public SandboxAccount account() {
        SandboxAccount known = account;
        if (known == null) {
            synchronized (this) {
                if (account == null) {
                    account = SandboxAccount.of(recordedAccount());
                    adoptTradesFile();
                }
                known = account;
            }
        }
        return known;
    }

    private Properties recordedAccount() {
        Supplier<Properties> first = () -> SandboxAccount.made(directory().resolve("account.properties"));
        try {
            return book.account(first);
        } catch (IllegalStateException anotherNodeFirst) {
            return book.account(first);
        }
    }

    /** An older sandbox kept its trades in a file of the data directory: they move into the database, once. */
    private void adoptTradesFile() {
        Path file = directory().resolve("trades.bin");
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(SandboxBook.TRADE_CLASSES);
            @SuppressWarnings("unchecked")
            Map<String, SandboxTrade> stored = (Map<String, SandboxTrade>) objects.readObject();
            int adopted = book.adopt(new ArrayList<>(stored.values()));
            Files.move(file, file.resolveSibling("trades.bin.adopted"), StandardCopyOption.REPLACE_EXISTING);
            LOG.info(() -> "the sandbox moved " + adopted + " trades from " + file + " into the database");
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.log(Level.WARNING, "the sandbox's trades file could not be read; left where it is", e);
        }
    }

    /** A JSON object under construction, for the sandbox's answers. */
    static JsonObjectBuilder object() {
        return json().createObjectBuilder();
    }

    /** A JSON array of {@code values}, for the sandbox's answers. */
    static JsonArrayBuilder array(Collection<?> values) {
        return json().createArrayBuilder(values);
    }

    /** JSON-P, looked up once: {@code Json.create…} searches the class path for a provider at every call. */
    private static JsonProvider json() {
        JsonProvider provider = json;
        if (provider == null) {
            provider = JsonProvider.provider();
            json = provider;
        }
        return provider;
    }


    Path directory() {
        return Path.of(dataDir).resolve("alipay-sandbox");
    }

    /** Checks a gateway request as Alipay does (parameters, app, RSA2 signature) and answers its biz_content. */
    JsonObject verify(Map<String, String> params) {
        for (String required : List.of("app_id", "method", "sign", "sign_type", "timestamp", "version")) {
            if (params.getOrDefault(required, "").isEmpty()) {
                throw SandboxError.missing("isv.missing-" + required.replace('_', '-'), "缺少参数 " + required);
            }
        }
        if (!"RSA2".equals(params.get("sign_type"))) {
            throw SandboxError.invalid("isv.invalid-signature-type", "签名类型不正确");
        }
        if (!account().appId().equals(params.get("app_id"))) {
            throw SandboxError.invalid("isv.invalid-app-id", "无效的AppID参数");
        }
        // Alipay's V2 content: every parameter but sign, sorted (the SDK's own); the key parsed once.
        if (!Rsa2.verify(AlipaySignature.getSignCheckContentV2(new HashMap<>(params)), params.get("sign"),
                account().appPublicKey())) {
            throw SandboxError.invalid("isv.invalid-signature", "验签出错");
        }
        String content = params.getOrDefault("biz_content", "{}");
        try (JsonReader reader = json().createReader(new StringReader(content))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw SandboxError.invalid("isv.invalid-biz-content", "业务参数格式不正确");
        }
    }

    /**
     * A payer opens {@code cashierUrl} and pays at once; answers the signed notify for it. For seeding demo data
     * before this server listens, where the notify is handed over in-process instead of over HTTP.
     */
    public Map<String, String> payAtCashier(String cashierUrl) {
        Map<String, String> params = SandboxTransport.queryOf(cashierUrl);
        SandboxTrade opened = open(params.get("method"), verify(params), null, null);
        SandboxTrade paid = pay(opened.outTradeNo);
        return SandboxNotifier.signed(notification(paid, null), account().gatewayPrivateKey());
    }

    /** The payer opens the cashier for a page or wap pay request: the trade exists from now on. */
    SandboxTrade open(String method, JsonObject biz, String notifyUrl, String returnUrl) {
        String outTradeNo = text(biz, "out_trade_no");
        if (outTradeNo == null || !TRADE_NUMBER.matcher(outTradeNo).matches()) {
            throw SandboxError.invalid("isv.invalid-out-trade-no", "商户订单号格式不正确");
        }
        long total = amount(biz, "total_amount", true);
        if (total < 1 || total > 10_000_000_000L) {
            throw SandboxError.invalid("isv.invalid-total-amount", "订单金额不正确");
        }
        String subject = text(biz, "subject");
        if (subject == null || subject.isBlank()) {
            throw SandboxError.missing("isv.missing-subject", "缺少订单标题");
        }
        String expected = "alipay.trade.wap.pay".equals(method) ? "QUICK_WAP_WAY" : "FAST_INSTANT_TRADE_PAY";
        if (!expected.equals(text(biz, "product_code"))) {
            throw SandboxError.invalid("isv.invalid-product-code", "产品码不正确");
        }
        Instant now = Instant.now();
        Instant expires = expiry(biz, now);
        return book.change(outTradeNo, true, held -> {
            SandboxTrade trade = held.trade();
            if (trade != null) {
                trade.expireIfDue(now);
                if (trade.totalFen != total) {
                    throw SandboxError.business("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改");
                }
                if (trade.paid()) {
                    throw SandboxError.business("ACQ.TRADE_HAS_SUCCESS", "交易已被支付");
                }
                if ("TRADE_CLOSED".equals(trade.status)) {
                    throw SandboxError.business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭");
                }
            } else {
                trade = new SandboxTrade(outTradeNo, newTradeNo(now), total, subject, method, now, expires);
            }
            trade.notifyUrl = notifyUrl;
            trade.returnUrl = returnUrl;
            held.store(trade);
            return trade;
        });
    }

    /**
     * The payer confirms at the cashier (or a script does it for them). Answers once the merchant has answered the
     * notify's first delivery (or after a few seconds), so that a payer sent back to the shop finds the order paid,
     * as they mostly do at Alipay.
     */
    SandboxTrade pay(String outTradeNo) {
        Changed<SandboxTrade> paid = book.change(outTradeNo, false, held -> {
            SandboxTrade trade = existing(held);
            Instant now = Instant.now();
            trade.expireIfDue(now);
            if (trade.paid()) {
                return new Changed<>(trade, trade, null);
            }
            if (!"WAIT_BUYER_PAY".equals(trade.status)) {
                throw SandboxError.business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭");
            }
            trade.status = "TRADE_SUCCESS";
            trade.paidAt = now;
            held.store(trade);
            return new Changed<>(trade, trade, notification(trade, null));
        });
        if (paid.notification() != null) {
            notifier.sendAndAwait(paid.trade(), paid.notification());
        }
        return paid.trade();
    }

    /** What a change answers, the trade as changed, and the notify Alipay sends for it (none when it sends none). */
    private record Changed<T>(T answer, SandboxTrade trade, Map<String, String> notification) {
    }

    SandboxTrade query(JsonObject biz) {
        SandboxTrade trade = book.find(outTradeNo(biz)).orElseThrow(AlipaySandbox::notExisting);
        trade.expireIfDue(Instant.now());
        return trade;
    }

    SandboxTrade close(JsonObject biz) {
        return book.change(outTradeNo(biz), false, held -> {
            SandboxTrade trade = existing(held);
            Instant now = Instant.now();
            trade.expireIfDue(now);
            if (trade.paid()) {
                throw SandboxError.business("ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
            }
            if (!"TRADE_CLOSED".equals(trade.status)) {
                trade.status = "TRADE_CLOSED";
                trade.closedAt = now;
            }
            held.store(trade);
            return trade;
        });
    }

    /** A refund under {@code out_request_no}: the same number refunds once, another amount under it is refused. */
    Map.Entry<SandboxTrade, SandboxTrade.Refund> refund(JsonObject biz) {
        Changed<Map.Entry<SandboxTrade, SandboxTrade.Refund>> refunded = book.change(outTradeNo(biz), false,
                held -> {
                    SandboxTrade trade = existing(held);
                    boolean repeated = trade.refunds.containsKey(requestNumber(biz, trade));
                    Map.Entry<SandboxTrade, SandboxTrade.Refund> once = refundOnce(biz, trade);
                    if (repeated) {
                        return new Changed<>(once, trade, null);
                    }
                    held.store(trade);
                    return new Changed<>(once, trade, notification(trade, once.getValue()));
                });
        if (refunded.notification() != null) {
            notifier.send(refunded.trade(), refunded.notification());
        }
        return refunded.answer();
    }

    private static String requestNumber(JsonObject biz, SandboxTrade trade) {
        String requestNo = text(biz, "out_request_no");
        return requestNo == null ? trade.outTradeNo : requestNo;
    }

    private Map.Entry<SandboxTrade, SandboxTrade.Refund> refundOnce(JsonObject biz, SandboxTrade trade) {
        long fen = amount(biz, "refund_amount", true);
        String requestNo = requestNumber(biz, trade);
        SandboxTrade.Refund earlier = trade.refunds.get(requestNo);
        if (earlier != null) {
            if (earlier.fen() != fen) {
                throw SandboxError.business("ACQ.DISCORDANT_REPEAT_REQUEST", "请求信息不一致");
            }
            return Map.entry(trade, earlier);
        }
        if (!trade.paid()) {
            throw SandboxError.business("ACQ.TRADE_NOT_ALLOW_REFUND", "交易未支付，不允许退款");
        }
        if (fen < 1 || fen > trade.totalFen - trade.refundedFen()) {
            throw SandboxError.business("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限");
        }
        SandboxTrade.Refund refund = new SandboxTrade.Refund(requestNo, fen, Instant.now());
        trade.refunds.put(requestNo, refund);
        if (trade.refundedFen() == trade.totalFen) {
            trade.status = "TRADE_CLOSED";
            trade.closedAt = refund.at();
        }
        return Map.entry(trade, refund);
    }

    SandboxTrade.Refund refundQuery(JsonObject biz) {
        SandboxTrade trade = book.find(outTradeNo(biz)).orElseThrow(AlipaySandbox::notExisting);
        return trade.refunds.get(requestNumber(biz, trade));
    }

    /** Royalty settle: transfers parts of a paid trade to other accounts, once per {@code out_request_no}. */
    SandboxTrade.Settlement settle(JsonObject biz) {
        String outTradeNo = book.findByTradeNo(text(biz, "trade_no")).map(t -> t.outTradeNo)
                .orElseThrow(AlipaySandbox::notExisting);
        return book.change(outTradeNo, false, held -> settleOnce(biz, existing(held), held));
    }

    private SandboxTrade.Settlement settleOnce(JsonObject biz, SandboxTrade trade, SandboxBook.Held held) {
        String requestNo = text(biz, "out_request_no");
        if (requestNo == null || requestNo.length() > 32) {
            throw SandboxError.invalid("isv.invalid-out-request-no", "结算请求流水号不正确");
        }
        JsonArray parts = biz.getJsonArray("royalty_parameters");
        if (parts == null || parts.size() != 1) {
            throw SandboxError.invalid("isv.invalid-royalty-parameters", "分账明细不正确");
        }
        JsonObject part = parts.getJsonObject(0);
        long fen = amount(part, "amount", true);
        String account = text(part, "trans_in");
        SandboxTrade.Settlement earlier = trade.settlements.get(requestNo);
        if (earlier != null) {
            if (earlier.fen() != fen || !earlier.account().equals(account)) {
                throw SandboxError.business("ACQ.DISCORDANT_REPEAT_REQUEST", "请求信息不一致");
            }
            return earlier;
        }
        if (!trade.paid()) {
            throw SandboxError.business("ACQ.TRADE_STATUS_ERROR", "交易状态不合法");
        }
        if (account == null || account.isBlank()) {
            throw SandboxError.invalid("isv.invalid-trans-in", "分账收入方不正确");
        }
        if (fen < 1 || fen > trade.totalFen - trade.refundedFen() - trade.settledFen()) {
            throw SandboxError.business("ACQ.ROYALTY_AMOUNT_EXCEED", "分账金额超过可分账金额");
        }
        SandboxTrade.Settlement settlement = new SandboxTrade.Settlement(requestNo, newTradeNo(Instant.now()),
                account, fen, Instant.now());
        trade.settlements.put(requestNo, settlement);
        held.store(trade);
        return settlement;
    }

    /** The refunds the sandbox made from a trade, by request number (fen), for in-container tests; empty if none. */
    public Map<String, Long> refundsOf(String outTradeNo) {
        Map<String, Long> refunds = new LinkedHashMap<>();
        book.find(outTradeNo).ifPresent(trade -> trade.refunds.values()
                .forEach(r -> refunds.put(r.requestNo(), r.fen())));
        return refunds;
    }

    /** Every trade, for the bill and the sandbox's own pages. */
    List<SandboxTrade> trades() {
        Instant now = Instant.now();
        List<SandboxTrade> trades = book.all();
        trades.forEach(t -> t.expireIfDue(now));
        return trades;
    }

    /** The trade as it stands now; refused as Alipay refuses a number it never saw. */
    SandboxTrade existing(String outTradeNo) {
        SandboxTrade trade = book.find(outTradeNo).orElseThrow(AlipaySandbox::notExisting);
        trade.expireIfDue(Instant.now());
        return trade;
    }

    private static SandboxTrade existing(SandboxBook.Held held) {
        if (held.trade() == null) {
            throw notExisting();
        }
        return held.trade();
    }

    private static SandboxError notExisting() {
        return SandboxError.business("ACQ.TRADE_NOT_EXIST", "交易不存在");
    }

    /** The notify Alipay sends for the trade's present state ({@code refund} set for a refund's notify). */
    Map<String, String> notification(SandboxTrade trade, SandboxTrade.Refund refund) {
        Map<String, String> n = new LinkedHashMap<>();
        Instant now = Instant.now();
        n.put("notify_time", time(now));
        n.put("notify_type", "trade_status_sync");
        n.put("notify_id", Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong()));
        n.put("app_id", account().appId());
        n.put("auth_app_id", account().appId());
        n.put("charset", "UTF-8");
        n.put("version", "1.0");
        n.put("trade_no", trade.tradeNo);
        n.put("out_trade_no", trade.outTradeNo);
        n.put("buyer_id", "2088102177846880");
        n.put("buyer_logon_id", "159****5620");
        n.put("seller_id", account().sellerId());
        n.put("seller_email", "merchant@sandbox.alipay");
        n.put("trade_status", trade.status);
        String total = yuan(trade.totalFen);
        n.put("total_amount", total);
        n.put("receipt_amount", total);
        n.put("invoice_amount", total);
        n.put("buyer_pay_amount", total);
        n.put("point_amount", "0.00");
        n.put("subject", trade.subject);
        n.put("gmt_create", time(trade.createdAt));
        if (trade.paidAt != null) {
            n.put("gmt_payment", time(trade.paidAt));
        }
        if (trade.closedAt != null) {
            n.put("gmt_close", time(trade.closedAt));
        }
        if (refund != null) {
            n.put("out_biz_no", refund.requestNo());
            n.put("refund_fee", yuan(trade.refundedFen()));
            n.put("gmt_refund", time(refund.at()) + ".0");
        }
        n.put("fund_bill_list", "[{\"amount\":\"" + total + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        return n;
    }

    /** The merchant's number of the trade a request names, by either number. */
    private String outTradeNo(JsonObject biz) {
        String outTradeNo = text(biz, "out_trade_no");
        String tradeNo = text(biz, "trade_no");
        if (outTradeNo == null && tradeNo == null) {
            throw SandboxError.missing("isv.missing-out-trade-no", "缺少商户订单号或支付宝交易号");
        }
        return outTradeNo != null ? outTradeNo
                : book.findByTradeNo(tradeNo).map(t -> t.outTradeNo).orElseThrow(AlipaySandbox::notExisting);
    }

    private static Instant expiry(JsonObject biz, Instant now) {
        String expire = text(biz, "time_expire");
        String relative = text(biz, "timeout_express");
        if (expire == null && relative != null) {
            Matcher m = RELATIVE.matcher(relative);
            if (!m.matches()) {
                throw SandboxError.invalid("isv.invalid-timeout-express", "相对超时时间格式不正确");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "m" -> now.plusSeconds(60 * n);
                case "h" -> now.plusSeconds(3600 * n);
                case "d" -> now.plusSeconds(86_400 * n);
                default -> LocalDate.now(ChinaTime.ZONE).plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
            };
        }
        if (expire == null) {
            return now.plusSeconds(90 * 60);
        }
        try {
            return LocalDateTime.parse(expire, TIME).atZone(ChinaTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw SandboxError.invalid("isv.invalid-time-expire", "绝对超时时间格式不正确");
        }
    }

    private static String newTradeNo(Instant now) {
        StringBuilder number = new StringBuilder(DateTimeFormatter.BASIC_ISO_DATE.format(
                LocalDate.ofInstant(now, ChinaTime.ZONE)));
        while (number.length() < 28) {
            number.append(RANDOM.nextInt(10));
        }
        return number.toString();
    }

    static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? object.getString(name) : value.toString();
    }

    static long amount(JsonObject object, String name, boolean required) {
        String text = text(object, name);
        if (text == null) {
            if (required) {
                throw SandboxError.missing("isv.missing-" + name.replace('_', '-'), "缺少" + name);
            }
            return 0;
        }
        try {
            BigDecimal yuan = new BigDecimal(text);
            if (yuan.scale() > 2) {
                throw SandboxError.invalid("isv.invalid-" + name.replace('_', '-'), name + "最多两位小数");
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw SandboxError.invalid("isv.invalid-" + name.replace('_', '-'), name + "格式不正确");
        }
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(ChinaTime.ZONE));
    }
}
