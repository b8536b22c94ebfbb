package org.linli.infra.sandbox.alipay;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.infra.payments.PaymentGatewayConfiguration;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.linli.infra.sandbox.alipay.AlipaySandbox.array;
import static org.linli.infra.sandbox.alipay.AlipaySandbox.object;

/**
 * The loopback Alipay sandbox's wire, served by this site only when the sandbox is on (demo mode, tests):
 * <ul>
 *   <li>{@code /sandbox/alipay/gateway.do}: the open platform gateway. Requests are verified against the app's
 *       public key (RSA2 over the merged query and form parameters), answers signed with the gateway's key in
 *       Alipay's envelope. Page and wap pay show the cashier.</li>
 *   <li>{@code POST /sandbox/alipay/trades/{out_trade_no}/pay}: the payer confirms (the cashier's button, with
 *       {@code cashier=1}; or a script, a control request).</li>
 *   <li>{@code GET /sandbox/alipay/trades/{out_trade_no}}: the sandbox's view of a trade (JSON; control).</li>
 *   <li>{@code POST /sandbox/alipay/trades/{out_trade_no}/notify}: sends {@code copies} of the trade's notify at once
 *       (optionally with fields overridden as {@code set.<name>}, or signed with a foreign key: {@code forge=true})
 *       to the notify address the application named when it opened the trade, and answers what the merchant said
 *       to each (control).</li>
 *   <li>{@code POST /sandbox/alipay/notify-mode} ({@code mode=NORMAL|DROP|DUPLICATE|REORDER}; control).</li>
 *   <li>{@code GET /sandbox/alipay/bills/{token}}: a bill download, valid 30 seconds after its address was issued.</li>
 * </ul>
 * Control requests are for tests and scripts on this machine: they are answered only when they come from a loopback
 * address and were not forwarded by a proxy (anyone else gets 404, as if the sandbox were off). Notifies go only to
 * the address in the application's signed request, never to one a caller names: a {@code url} parameter is refused,
 * so the sandbox cannot be used to make this server post to other hosts.
 */
@WebServlet(urlPatterns = "/sandbox/alipay/*")
public class AlipaySandboxServlet extends HttpServlet {

    private static final Pattern TRADE = Pattern.compile("/trades/([A-Za-z0-9_]{1,64})(/pay|/notify)?");
    private static final Pattern BILL = Pattern.compile("/bills/([0-9a-f]{32})");

    @Inject
    transient PaymentGatewayConfiguration configuration;

    @Inject
    transient AlipaySandbox sandbox;

    @Inject
    transient SandboxNotifier notifier;

    @Inject
    transient SandboxGateway gateway;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!configuration.sandboxOn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher trade = TRADE.matcher(path);
        Matcher bill = BILL.matcher(path);
        boolean cashierPay = trade.matches() && "/pay".equals(trade.group(2))
                && request.getParameter("cashier") != null;
        boolean control = path.equals("/notify-mode") || (trade.matches() && !cashierPay);
        if (control && !fromThisMachine(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.equals("/gateway.do")) {
            gateway(request, response);
        } else if (trade.matches() && "/pay".equals(trade.group(2)) && isPost(request)) {
            pay(trade.group(1), request, response);
        } else if (trade.matches() && "/notify".equals(trade.group(2)) && isPost(request)) {
            burst(trade.group(1), request, response);
        } else if (trade.matches() && trade.group(2) == null) {
            show(trade.group(1), response);
        } else if (path.equals("/notify-mode") && isPost(request)) {
            notifier.mode(SandboxNotifier.Mode.valueOf(request.getParameter("mode")));
            json(response, 200, object().add("mode", notifier.mode().name()).build().toString());
        } else if (bill.matches()) {
            download(bill.group(1), response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void gateway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        String method = params.getOrDefault("method", "");
        boolean page = method.equals("alipay.trade.page.pay") || method.equals("alipay.trade.wap.pay");
        try {
            JsonObject biz = sandbox.verify(params);
            if (page) {
                SandboxTrade t = sandbox.open(method, biz, params.get("notify_url"), params.get("return_url"));
                html(response, 200, cashier(request, t));
                return;
            }
            json(response, 200, gateway.call(method, biz, base(request)));
        } catch (SandboxError e) {
            if (page) {
                html(response, 400, page("支付失败", "<p class=\"error\">" + escape(e.getMessage()) + " ("
                        + escape(e.subCode) + ")</p>"));
            } else {
                json(response, 200, gateway.error(method, e));
            }
        }
    }

    private void download(String token, HttpServletResponse response) throws IOException {
        SandboxGateway.BillLink link = gateway.bill(token);
        if (link == null || link.expires().isBefore(Instant.now())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String pid = sandbox.account().sellerId();
        byte[] zip = SandboxBill.zip(pid, link.day(), sandbox.trades());
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + SandboxBill.fileName(pid, link.day())
                + "\"");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }

    private void pay(String outTradeNo, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean cashier = request.getParameter("cashier") != null;
        try {
            SandboxTrade t = sandbox.pay(outTradeNo);
            if (cashier && t.returnUrl != null && !t.returnUrl.isBlank()) {
                response.sendRedirect(t.returnUrl + (t.returnUrl.contains("?") ? "&" : "?") + syncReturn(t));
            } else if (cashier) {
                html(response, 200, page("支付成功", "<p id=\"sandbox-paid\">支付成功 ¥"
                        + AlipaySandbox.yuan(t.totalFen) + "</p>"));
            } else {
                json(response, 200, SandboxGateway.tradeNode(t).build().toString());
            }
        } catch (SandboxError e) {
            if (cashier) {
                html(response, 409, page("支付失败", "<p class=\"error\">" + escape(e.getMessage()) + "</p>"));
            } else {
                json(response, e.subCode.equals("ACQ.TRADE_NOT_EXIST") ? 404 : 409, object()
                        .add("sub_code", e.subCode).add("sub_msg", e.getMessage()).build().toString());
            }
        }
    }

    private void show(String outTradeNo, HttpServletResponse response) throws IOException {
        try {
            SandboxTrade t = sandbox.existing(outTradeNo);
            json(response, 200, SandboxGateway.tradeNode(t).add("refund_fee", AlipaySandbox.yuan(t.refundedFen()))
                    .add("settled_amount", AlipaySandbox.yuan(t.settledFen()))
                    .add("refunds", t.refunds.size()).add("settlements", t.settlements.size()).build().toString());
        } catch (SandboxError e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void burst(String outTradeNo, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SandboxTrade t;
        try {
            t = sandbox.existing(outTradeNo);
        } catch (SandboxError e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> notify = sandbox.notification(t, null);
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("set.")) {
                notify.put(name.substring(4), values[0]);
            }
        });
        if (request.getParameter("url") != null) {
            json(response, 400, object().add("sub_code", "sandbox.url-not-allowed")
                    .add("sub_msg", "notifies go only to the application's own notify address").build().toString());
            return;
        }
        if (t.notifyUrl == null || t.notifyUrl.isBlank()) {
            json(response, 409, object().add("sub_code", "sandbox.no-notify-url")
                    .add("sub_msg", "the application named no notify address for this trade").build().toString());
            return;
        }
        int copies = Math.max(1, Math.min(50, Integer.parseInt(request.getParameter("copies") == null ? "1"
                : request.getParameter("copies"))));
        List<String> answers = notifier.burst(t.notifyUrl, notify, copies,
                "true".equals(request.getParameter("forge")));
        json(response, 200, object().add("answers", array(answers)).build()
                .toString());
    }

    private static boolean fromThisMachine(HttpServletRequest request) {
        return fromThisMachine(request.getRemoteAddr(), request.getHeader("Forwarded"),
                request.getHeader("X-Forwarded-For"));
    }

    /**
     * Whether a request came from this machine itself: a loopback peer address and no proxy header (a reverse proxy
     * on the same machine would otherwise make every visitor look local).
     */
    static boolean fromThisMachine(String remoteAddress, String forwarded, String forwardedFor) {
        if (remoteAddress == null || forwarded != null || forwardedFor != null) {
            return false;
        }
        String address = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
        return address.equals("::1") || address.equals("0:0:0:0:0:0:0:1") || address.startsWith("127.")
                && address.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private String syncReturn(SandboxTrade t) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("charset", "UTF-8");
        p.put("out_trade_no", t.outTradeNo);
        p.put("method", t.method + ".return");
        p.put("total_amount", AlipaySandbox.yuan(t.totalFen));
        p.put("trade_no", t.tradeNo);
        p.put("auth_app_id", sandbox.account().appId());
        p.put("version", "1.0");
        p.put("app_id", sandbox.account().appId());
        p.put("seller_id", sandbox.account().sellerId());
        p.put("timestamp", AlipaySandbox.time(Instant.now()));
        Map<String, String> signed = SandboxNotifier.signed(p, sandbox.account().gatewayPrivateKey());
        return signed.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String cashier(HttpServletRequest request, SandboxTrade t) {
        String action = request.getContextPath() + "/sandbox/alipay/trades/" + t.outTradeNo + "/pay";
        String quit = t.returnUrl == null ? "" : "<a class=\"quit\" href=\"" + escape(t.returnUrl) + "\">返回商家</a>";
        return page("支付宝收银台", "<div class=\"merchant\">邻里 Linli · 沙箱</div>"
                + "<div class=\"amount\" id=\"sandbox-amount\">¥" + AlipaySandbox.yuan(t.totalFen) + "</div>"
                + "<div class=\"subject\">" + escape(t.subject) + "</div>"
                + "<div class=\"meta\">订单号 " + escape(t.outTradeNo) + " · 请在 "
                + AlipaySandbox.time(t.expiresAt) + " 前付款</div>"
                + "<form method=\"post\" action=\"" + escape(action) + "\"><input type=\"hidden\" name=\"cashier\""
                + " value=\"1\"><button id=\"sandbox-pay\" type=\"submit\">确认付款</button></form>" + quit);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><title>" + escape(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:0;background:#f5f5f5;color:#333}"
                + "header{background:#1677ff;color:#fff;padding:14px 16px;font-size:18px}"
                + "main{background:#fff;margin:12px;padding:24px 16px;border-radius:8px;text-align:center}"
                + ".amount{font-size:36px;font-weight:600;margin:12px 0}.meta,.merchant{color:#888;font-size:13px}"
                + "button{width:100%;margin-top:24px;padding:14px;font-size:17px;border:0;border-radius:6px;"
                + "background:#1677ff;color:#fff}.quit{display:block;margin-top:16px;color:#1677ff}"
                + ".error{color:#c00}</style></head><body><header>支付宝 · 沙箱环境 (Sandbox)</header><main>"
                + body + "</main></body></html>";
    }

    private static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }

    private static boolean isPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod());
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body);
    }

    private static void html(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(body);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
