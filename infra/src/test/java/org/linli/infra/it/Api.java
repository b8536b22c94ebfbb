package org.linli.infra.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matchers;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small client of the REST API for tests: signs in, and builds requests as a given user. */
public final class Api {

    public static final String DEMO_PASSWORD = "linli-demo";

    private final String root;

    public Api(URL base) {
        String text = base.toString();
        this.root = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The server root, for /health and /openapi. */
    public String root() {
        return root;
    }

    public String url(String path) {
        return root + "/api/v1" + path;
    }

    public RequestSpecification anonymous() {
        return RestAssured.given().baseUri(root + "/api/v1").contentType(ContentType.JSON);
    }

    public RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** The loopback Alipay sandbox's own endpoints (cashier, trades, notify controls). */
    public RequestSpecification sandbox() {
        return RestAssured.given().baseUri(root + "/sandbox/alipay");
    }

    /**
     * The resident pays {@code order} as a payer would: opens the sandbox cashier the order answers with, confirms
     * there, and waits until the gateway's notify has made the order paid. Returns the trade number.
     */
    public String pay(String resident, long order) {
        String cashier = as(resident).post("/orders/" + order + "/pay").then().statusCode(200)
                .body("status", Matchers.equalTo("PLACED")).extract().path("cashierUrl");
        String trade = openCashier(cashier);
        sandbox().post("/trades/" + trade + "/pay").then().statusCode(200);
        awaitStatus(resident, order, "PAID");
        return trade;
    }

    /** Opens a cashier address as the payer's browser would (the trade exists from then on); answers its number. */
    public String openCashier(String cashierUrl) {
        RestAssured.given().urlEncodingEnabled(false).get(root + cashierUrl).then().statusCode(200)
                .body(Matchers.containsString("sandbox-pay"));
        String query = URI.create(cashierUrl).getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("biz_content=")) {
                String biz = URLDecoder.decode(pair.substring(12), StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\"out_trade_no\":\"([^\"]+)\"")
                        .matcher(biz);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no out_trade_no in " + cashierUrl);
    }

    /** Waits up to ten seconds for {@code order} to reach {@code status} (the gateway's notify is asynchronous). */
    public void awaitStatus(String token, long order, String status) {
        long deadline = System.currentTimeMillis() + 10_000;
        String now = null;
        while (System.currentTimeMillis() < deadline) {
            now = as(token).get("/orders/" + order).then().statusCode(200).extract().path("status");
            if (status.equals(now)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("order " + order + " is " + now + ", not " + status);
    }

    public String token(String username) {
        return token(username, DEMO_PASSWORD);
    }

    public String token(String username, String password) {
        return anonymous().body(Map.of("username", username, "password", password))
                .post("/auth/token").then().statusCode(200).extract().path("token");
    }

    /** Creates a user in the caller's tenant and returns its id. */
    public long createUser(String token, String username, String role) {
        Number id = as(token).body(Map.of("username", username, "displayName", "测试 " + username, "role", role,
                        "password", DEMO_PASSWORD))
                .post("/users").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** Creates a tenant as a platform operator and returns its id. */
    public long createTenant(String adminToken, String name, String kind) {
        Number id = as(adminToken).body(Map.of("kind", kind, "name", name))
                .post("/tenants").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** A name no other test run used, e.g. {@code u-3f9a1c}. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
