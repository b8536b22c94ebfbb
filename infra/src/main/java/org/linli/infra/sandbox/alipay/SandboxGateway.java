package org.linli.infra.sandbox.alipay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.linli.billing.payments.alipay.Rsa2;
import org.linli.platform.application.ChinaTime;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.linli.infra.sandbox.alipay.AlipaySandbox.array;
import static org.linli.infra.sandbox.alipay.AlipaySandbox.object;

/**
 * The sandbox gateway's open-platform methods (everything but the cashier pages): each answer in Alipay's envelope
 * {@code {"<method>_response":{…},"sign":"…"}}, the node written compactly and signed with the gateway's key, errors
 * included, business errors with {@code code 40004} and a {@code sub_code}.
 */
@ApplicationScoped
public class SandboxGateway {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AlipaySandbox sandbox;

    /** A bill download address: the day it bills and when it stops working. */
    record BillLink(LocalDate day, Instant expires) {
    }

    private final Map<String, BillLink> bills = new ConcurrentHashMap<>();

    /** Answers a verified request; {@code base} is where this site is reached (for download addresses). */
    String call(String method, JsonObject biz, String base) {
        try {
            return envelope(method, switch (method) {
                case "alipay.trade.query" -> tradeNode(sandbox.query(biz));
                case "alipay.trade.close" -> {
                    SandboxTrade t = sandbox.close(biz);
                    yield success().add("trade_no", t.tradeNo).add("out_trade_no", t.outTradeNo);
                }
                case "alipay.trade.refund" -> {
                    Map.Entry<SandboxTrade, SandboxTrade.Refund> r = sandbox.refund(biz);
                    SandboxTrade t = r.getKey();
                    yield success().add("trade_no", t.tradeNo).add("out_trade_no", t.outTradeNo)
                            .add("buyer_logon_id", "159****5620").add("fund_change", "Y")
                            .add("refund_fee", AlipaySandbox.yuan(t.refundedFen()))
                            .add("gmt_refund_pay", AlipaySandbox.time(r.getValue().at()));
                }
                case "alipay.trade.fastpay.refund.query" -> {
                    SandboxTrade.Refund r = sandbox.refundQuery(biz);
                    JsonObjectBuilder node = success();
                    if (r != null) {
                        node.add("out_request_no", r.requestNo()).add("refund_amount", AlipaySandbox.yuan(r.fen()))
                                .add("refund_status", "REFUND_SUCCESS");
                    }
                    yield node;
                }
                case "alipay.trade.order.settle" -> {
                    SandboxTrade.Settlement s = sandbox.settle(biz);
                    yield success().add("trade_no", AlipaySandbox.text(biz, "trade_no"))
                            .add("settle_no", s.settleNo());
                }
                case "alipay.data.dataservice.bill.downloadurl.query" -> success()
                        .add("bill_download_url", billLink(biz, base));
                default -> throw new SandboxError("40004", "Business Failed", "isv.invalid-method", "不存在的方法名");
            });
        } catch (SandboxError e) {
            return error(method, e);
        }
    }

    /** Answers a request from its raw parameters (query string and form merged), verifying it first. */
    String call(Map<String, String> params, String base) {
        String method = params.getOrDefault("method", "");
        try {
            return call(method, sandbox.verify(params), base);
        } catch (SandboxError e) {
            return error(method, e);
        }
    }

    String error(String method, SandboxError e) {
        return envelope(method, object().add("code", e.code).add("msg", e.msg)
                .add("sub_code", e.subCode).add("sub_msg", e.getMessage()));
    }

    BillLink bill(String token) {
        BillLink link = bills.get(token);
        return link == null || link.expires().isBefore(Instant.now()) ? null : link;
    }

    static JsonObjectBuilder tradeNode(SandboxTrade t) {
        String total = AlipaySandbox.yuan(t.totalFen);
        JsonObjectBuilder node = success().add("trade_no", t.tradeNo).add("out_trade_no", t.outTradeNo)
                .add("buyer_logon_id", "159****5620").add("trade_status", t.status).add("total_amount", total)
                .add("buyer_user_id", "2088102177846880");
        if (t.paid()) {
            node.add("receipt_amount", total).add("buyer_pay_amount", total).add("point_amount", "0.00")
                    .add("invoice_amount", total).add("send_pay_date", AlipaySandbox.time(t.paidAt))
                    .add("fund_bill_list", array(List.of()).add(object()
                            .add("fund_channel", "ALIPAYACCOUNT").add("amount", total)));
        }
        return node;
    }

    private String envelope(String method, JsonObjectBuilder node) {
        String name = (method.isEmpty() ? "error" : method.replace('.', '_')) + "_response";
        String body = node.build().toString();
        String sign = Rsa2.sign(body, sandbox.account().gatewayPrivateKey());
        return "{\"" + name + "\":" + body + ",\"sign\":\"" + sign + "\"}";
    }

    private static JsonObjectBuilder success() {
        return object().add("code", "10000").add("msg", "Success");
    }

    private String billLink(JsonObject biz, String base) {
        if (!"trade".equals(AlipaySandbox.text(biz, "bill_type"))) {
            throw SandboxError.invalid("isv.invalid-bill-type", "账单类型不正确");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(AlipaySandbox.text(biz, "bill_date")));
        } catch (DateTimeParseException e) {
            throw SandboxError.invalid("isv.invalid-bill-date", "账单日期格式不正确");
        }
        // The sandbox bills a day as soon as it has begun (Alipay: from about 09:00 the next day).
        if (day.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw SandboxError.business("isp.bill_not_exist", "账单不存在");
        }
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        String id = HexFormat.of().formatHex(token);
        Instant now = Instant.now();
        bills.values().removeIf(link -> link.expires().isBefore(now));
        bills.put(id, new BillLink(day, now.plusSeconds(30)));
        return base + "/sandbox/alipay/bills/" + id;
    }
}
