package org.linli.billing.payments.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.AlipayConfig;
import com.alipay.api.AlipayRequest;
import com.alipay.api.AlipayResponse;
import com.alipay.api.domain.AlipayDataDataserviceBillDownloadurlQueryModel;
import com.alipay.api.domain.AlipayTradeCloseModel;
import com.alipay.api.domain.AlipayTradeOrderSettleModel;
import com.alipay.api.domain.AlipayTradePagePayModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.domain.AlipayTradeRefundModel;
import com.alipay.api.domain.AlipayTradeWapPayModel;
import com.alipay.api.domain.OpenApiRoyaltyDetailInfoPojo;
import com.alipay.api.internal.util.AbstractHttpClient;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayDataDataserviceBillDownloadurlQueryRequest;
import com.alipay.api.request.AlipayTradeCloseRequest;
import com.alipay.api.request.AlipayTradeOrderSettleRequest;
import com.alipay.api.request.AlipayTradePagePayRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.request.AlipayTradeRefundRequest;
import com.alipay.api.request.AlipayTradeWapPayRequest;
import com.alipay.api.response.AlipayDataDataserviceBillDownloadurlQueryResponse;
import com.alipay.api.response.AlipayTradeOrderSettleResponse;
import com.alipay.api.response.AlipayTradeQueryResponse;
import com.alipay.api.response.AlipayTradeRefundResponse;
import org.linli.billing.payments.AlipaySettings;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.money.Money;
import org.linli.tenants.orders.PaymentPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Alipay's open platform through the official SDK: building the cashier address (page pay, wap pay), querying,
 * closing and refunding trades, royalty settle and the daily bill address, and verifying notifies. It knows the
 * protocol and nothing of orders; its callers decide what a trade means.
 */
public class AlipayGateway {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final HttpClient BILLS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final AlipayClient client;

    /** {@code serverUrl}: where the gateway is reached (by this server, or by payers' browsers for the cashier). */
    public AlipayGateway(AlipaySettings settings, String serverUrl) {
        this(settings, serverUrl, null);
    }

    /** A gateway reached through {@code transport} instead of the SDK's own HTTP client. */
    public AlipayGateway(AlipaySettings settings, String serverUrl, AbstractHttpClient transport) {
        this.client = client(settings, serverUrl, transport);
    }

    /** What the gateway says of a trade. */
    public record Trade(String status, String tradeNo, Money amount, Instant paidAt) {

        public boolean paid() {
            return "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status);
        }
    }

    /** A business refusal by the gateway ({@code sub_code}), as opposed to the gateway being unreachable. */
    public static final class Refused extends RuntimeException {

        private final String subCode;

        Refused(String subCode, String message) {
            super(subCode + ": " + message);
            this.subCode = subCode;
        }

        public String subCode() {
            return subCode;
        }
    }

    /** The gateway could not be reached or answered something unreadable; try again later. */
    public static final class Unavailable extends RuntimeException {

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The address of the cashier for a trade: a GET URL carrying the signed request, built without a network call
     * (so this gateway must be the one the payer's browser reaches). The payer has {@code timeout} from opening it.
     */
    public String cashierUrl(String outTradeNo, Money amount, String subject, PaymentPort.Channel channel,
                             Duration timeout, String returnUrl, String notifyUrl) {
        AlipayClient payer = client;
        String expire = Math.max(1, timeout.toMinutes()) + "m";
        String title = subject.replaceAll("[/=&]", " ");
        try {
            if (channel == PaymentPort.Channel.PHONE) {
                AlipayTradeWapPayModel model = new AlipayTradeWapPayModel();
                model.setOutTradeNo(outTradeNo);
                model.setTotalAmount(amount.toYuanString());
                model.setSubject(title);
                model.setProductCode("QUICK_WAP_WAY");
                model.setTimeoutExpress(expire);
                model.setQuitUrl(returnUrl);
                AlipayTradeWapPayRequest request = new AlipayTradeWapPayRequest();
                request.setBizModel(model);
                request.setReturnUrl(returnUrl);
                request.setNotifyUrl(notifyUrl);
                return payer.pageExecute(request, "GET").getBody();
            }
            AlipayTradePagePayModel model = new AlipayTradePagePayModel();
            model.setOutTradeNo(outTradeNo);
            model.setTotalAmount(amount.toYuanString());
            model.setSubject(title);
            model.setProductCode("FAST_INSTANT_TRADE_PAY");
            model.setTimeoutExpress(expire);
            AlipayTradePagePayRequest request = new AlipayTradePagePayRequest();
            request.setBizModel(model);
            request.setReturnUrl(returnUrl);
            request.setNotifyUrl(notifyUrl);
            return payer.pageExecute(request, "GET").getBody();
        } catch (AlipayApiException e) {
            throw new Unavailable("cannot build the cashier address", e);
        }
    }

    /** The trade, or empty when the gateway does not know it (the payer never opened the cashier). */
    public Optional<Trade> query(String outTradeNo) {
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(outTradeNo);
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        request.setBizModel(model);
        try {
            AlipayTradeQueryResponse response = execute(request);
            return Optional.of(new Trade(response.getTradeStatus(), response.getTradeNo(),
                    yuan(response.getTotalAmount()),
                    response.getSendPayDate() == null ? null : response.getSendPayDate().toInstant()));
        } catch (Refused e) {
            if ("ACQ.TRADE_NOT_EXIST".equals(e.subCode())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Closes an unpaid trade; a trade the gateway never saw needs no closing. */
    public void close(String outTradeNo) {
        AlipayTradeCloseModel model = new AlipayTradeCloseModel();
        model.setOutTradeNo(outTradeNo);
        AlipayTradeCloseRequest request = new AlipayTradeCloseRequest();
        request.setBizModel(model);
        try {
            execute(request);
        } catch (Refused e) {
            if (!"ACQ.TRADE_NOT_EXIST".equals(e.subCode())) {
                throw e;
            }
        }
    }

    /** Refunds {@code amount} under {@code requestNo}; the same number again changes nothing at the gateway. */
    public Instant refund(String outTradeNo, Money amount, String requestNo, String reason) {
        AlipayTradeRefundModel model = new AlipayTradeRefundModel();
        model.setOutTradeNo(outTradeNo);
        model.setRefundAmount(amount.toYuanString());
        model.setOutRequestNo(requestNo);
        model.setRefundReason(reason);
        AlipayTradeRefundRequest request = new AlipayTradeRefundRequest();
        request.setBizModel(model);
        AlipayTradeRefundResponse response = execute(request);
        return response.getGmtRefundPay() == null ? Instant.now() : response.getGmtRefundPay().toInstant();
    }

    /** Pays {@code amount} of a trade to {@code account} (royalty settle, a transfer); answers the settle number. */
    public String settle(String tradeNo, String requestNo, String account, Money amount, String description) {
        OpenApiRoyaltyDetailInfoPojo part = new OpenApiRoyaltyDetailInfoPojo();
        part.setRoyaltyType("transfer");
        part.setTransInType("userId");
        part.setTransIn(account);
        part.setAmount(amount.toYuanString());
        part.setDesc(description);
        AlipayTradeOrderSettleModel model = new AlipayTradeOrderSettleModel();
        model.setOutRequestNo(requestNo);
        model.setTradeNo(tradeNo);
        model.setRoyaltyParameters(List.of(part));
        model.setRoyaltyMode("sync");
        AlipayTradeOrderSettleRequest request = new AlipayTradeOrderSettleRequest();
        request.setBizModel(model);
        AlipayTradeOrderSettleResponse response = execute(request);
        return response.getSettleNo();
    }

    /** Where the trade bill of {@code date} can be downloaded (for 30 seconds). */
    public String billUrl(LocalDate date) {
        AlipayDataDataserviceBillDownloadurlQueryModel model = new AlipayDataDataserviceBillDownloadurlQueryModel();
        model.setBillType("trade");
        model.setBillDate(date.toString());
        AlipayDataDataserviceBillDownloadurlQueryRequest request = new AlipayDataDataserviceBillDownloadurlQueryRequest();
        request.setBizModel(model);
        AlipayDataDataserviceBillDownloadurlQueryResponse response = execute(request);
        return response.getBillDownloadUrl();
    }

    /**
     * The trade bill of {@code date} as the gateway serves it (a zip), or empty when it has none (yet). Its address
     * is fetched first and is good for 30 seconds.
     */
    public Optional<byte[]> bill(LocalDate date) {
        String url;
        try {
            url = billUrl(date);
        } catch (Refused e) {
            if ("isp.bill_not_exist".equals(e.subCode())) {
                return Optional.empty();
            }
            throw e;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<byte[]> response = BILLS.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new Unavailable("the bill download answered " + response.statusCode(), null);
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            throw new Unavailable("the bill could not be downloaded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while downloading the bill", e);
        }
    }

    /** Whether a notify was signed by Alipay (RSA2 over every parameter but {@code sign} and {@code sign_type}). */
    public static boolean signedByAlipay(Map<String, String> notify, String alipayPublicKey) {
        // The SDK's own sign content (sorted, sign and sign_type left out); the check with a key parsed once.
        return Rsa2.verify(AlipaySignature.getSignCheckContentV1(new HashMap<>(notify)), notify.get("sign"),
                alipayPublicKey);
    }

    /** Alipay's {@code yyyy-MM-dd HH:mm:ss} in China time. */
    public static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String seconds = text.length() > 19 ? text.substring(0, 19) : text;
        return LocalDateTime.parse(seconds, TIME).atZone(ChinaTime.ZONE).toInstant();
    }

    /** A yuan amount with at most two decimals, exactly in fen; {@code invalid} problem otherwise. */
    public static Money yuan(String text) {
        return text == null || text.isBlank() ? null : Money.parseYuan(text, "amount");
    }

    private <T extends AlipayResponse> T execute(AlipayRequest<T> request) {
        T response;
        try {
            response = client.execute(request);
        } catch (AlipayApiException e) {
            throw new Unavailable("Alipay did not answer " + request.getApiMethodName() + ": " + e.getErrMsg(), e);
        } catch (RuntimeException e) {
            // The SDK throws a bare RuntimeException for a success without signature.
            throw new Unavailable("Alipay answered " + request.getApiMethodName() + " unreadably", e);
        }
        if (!response.isSuccess()) {
            if (response.getSubCode() == null || response.getSubCode().isBlank()
                    || "20000".equals(response.getCode()) || "isp.unknow-error".equals(response.getSubCode())
                    || "ACQ.SYSTEM_ERROR".equals(response.getSubCode())) {
                throw new Unavailable("Alipay failed " + request.getApiMethodName() + ": " + response.getCode() + " "
                        + response.getSubCode() + " " + response.getSubMsg(), null);
            }
            throw new Refused(response.getSubCode(), response.getSubMsg());
        }
        return response;
    }

    private static AlipayClient client(AlipaySettings s, String url, AbstractHttpClient transport) {
        AlipayConfig config = new AlipayConfig();
        config.setServerUrl(url);
        config.setAppId(s.appId());
        config.setPrivateKey(s.appPrivateKey());
        config.setAlipayPublicKey(s.alipayPublicKey());
        config.setFormat("json");
        config.setCharset("UTF-8");
        config.setSignType("RSA2");
        config.setConnectTimeout(5_000);
        config.setReadTimeout(15_000);
        if (transport != null) {
            config.setCustomizedHttpClient(transport);
        }
        try {
            return Rsa2.client(config);
        } catch (AlipayApiException e) {
            throw new IllegalStateException("Alipay settings are unusable: " + e.getErrMsg(), e);
        }
    }
}
