package org.linli.infra.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

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
