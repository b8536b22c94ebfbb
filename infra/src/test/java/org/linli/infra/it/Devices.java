package org.linli.infra.it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A device as the API documents it, for tests: registered by an operator, then posting events signed with its
 * secret — HMAC-SHA256 over {@code timestamp + "\n" + nonce + "\n" + body}, written here from the documentation
 * rather than with Linli's own signer.
 */
final class Devices {

    private final Api api;

    Devices(Api api) {
        this.api = api;
    }

    /** A registered device: id, code and the secret shown once. */
    record Device(long id, String code, String secret) {
    }

    /** One signed delivery, kept so that it can be sent again as it was. */
    record Delivery(String code, String timestamp, String nonce, String signature, String body) {
    }

    /** The first two buildings of the tenant's community {@code name}, as ids. */
    List<Long> buildingsOf(String operator, String name) {
        List<Map<String, Object>> communities = api.as(operator).get("/communities?size=200").then().statusCode(200)
                .extract().path("items");
        Number community = communities.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .map(c -> (Number) c.get("id")).orElseThrow();
        List<Number> ids = api.as(operator).get("/communities/" + community + "/buildings?size=200").then()
                .statusCode(200).extract().path("items.id");
        return ids.stream().map(Number::longValue).toList();
    }

    Device register(String operator, String name, String kind, long building) {
        Response created = api.as(operator).body(Map.of("name", name, "kind", kind, "placeKind", "BUILDING",
                "buildingId", building, "heartbeatMinutes", 60)).post("/devices");
        created.then().statusCode(201);
        return new Device(created.then().extract().<Number>path("device.id").longValue(),
                created.then().extract().path("device.code"), created.then().extract().path("secret"));
    }

    static Delivery sign(String code, String secret, String body, long epochSeconds) {
        String timestamp = String.valueOf(epochSeconds);
        String nonce = "n-" + UUID.randomUUID().toString().replace("-", "");
        return new Delivery(code, timestamp, nonce, hmac(secret, timestamp + "\n" + nonce + "\n" + body), body);
    }

    static Delivery sign(Device device, String kind) {
        return sign(device.code(), device.secret(), event(kind), Instant.now().getEpochSecond());
    }

    static String event(String kind) {
        return "{\"kind\":\"" + kind + "\",\"occurredAt\":\"" + Instant.now() + "\",\"detail\":\"测试\"}";
    }

    Response send(Delivery delivery) {
        RequestSpecification request = RestAssured.given().baseUri(api.url("")).contentType("application/json")
                .header("X-Linli-Device", delivery.code()).header("X-Linli-Timestamp", delivery.timestamp())
                .header("X-Linli-Nonce", delivery.nonce());
        if (delivery.signature() != null) {
            request = request.header("X-Linli-Signature", delivery.signature());
        }
        return request.body(delivery.body().getBytes(StandardCharsets.UTF_8)).post("/devices/events");
    }

    Response send(Device device, String kind) {
        return send(sign(device, kind));
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
