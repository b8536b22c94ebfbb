package org.linli.infra.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The REST API against the real WAR on Payara Micro: sign-in and tokens, tenants, users, the audit trail, problem
 * details for bad input, lock-out, health and OpenAPI.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void healthIsUpAndChecksTheDatabase() {
        boolean postgres = String.valueOf(System.getenv("LINLI_DB_URL")).startsWith("jdbc:postgresql:");
        RestAssured.get(api.root() + "/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.find { it.name == 'database' }.data.rowLevelSecurity",
                        equalTo(postgres ? "on" : "off"));
    }

    @Test
    void openApiListsTheEndpoints() {
        String document = RestAssured.get(api.root() + "/openapi").then().statusCode(200).extract().asString();
        assertThat(document).contains("/api/v1/auth/token", "/api/v1/tenants", "/api/v1/tenants/{id}/suspend",
                "/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/{id}/disable", "/api/v1/audit",
                "/api/v1/modules/{module}");
    }

    @Test
    void migrationsRanAndDemoDataWasSeededOnce() {
        List<String> names = api.as(api.token("admin")).get("/tenants?size=200").then().statusCode(200)
                .extract().path("items.name");
        assertThat(names).containsOnlyOnce("新华街道", "绿苑物业");
    }

    @Test
    void aTokenIdentifiesTheCallerUntilRevoked() {
        String token = api.token("ops-a");
        assertThat(token).startsWith("llt_");
        api.as(token).get("/auth/me").then().statusCode(200)
                .body("username", equalTo("ops-a"))
                .body("role", equalTo("TENANT_OPERATOR"))
                .body("tenantId", notNullValue());
        api.as(token).delete("/auth/token").then().statusCode(204);
        problem(api.as(token).get("/auth/me"), 401, "invalid_token");
    }

    @Test
    void wrongCredentialsAndMissingFieldsAreExplained() {
        problem(api.anonymous().body(Map.of("username", "ops-a", "password", "wrong")).post("/auth/token"),
                401, "invalid_credentials");
        problem(api.anonymous().body(Map.of("username", "nobody-at-all", "password", "wrong")).post("/auth/token"),
                401, "invalid_credentials");
        problem(api.anonymous().body(Map.of()).post("/auth/token"), 400, "validation_failed")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
        problem(api.anonymous().get("/users"), 401, "unauthenticated");
    }

    @Test
    void platformOperatorsOnboardSuspendAndResumeTenants() {
        String admin = api.token("admin");
        String name = Api.unique("测试街道");
        Response created = api.as(admin).body(Map.of("kind", "DISTRICT", "name", name)).post("/tenants");
        created.then().statusCode(201).header("Location", startsWith(api.url("/tenants/")))
                .body("status", equalTo("ACTIVE")).body("kind", equalTo("DISTRICT"));
        long tenant = created.then().extract().<Number>path("id").longValue();
        problem(api.as(admin).body(Map.of("kind", "DISTRICT", "name", name)).post("/tenants"), 409,
                "tenant_name_taken");

        String operator = Api.unique("op");
        api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("username", operator, "displayName", "运营",
                "role", "TENANT_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users").then().statusCode(201);
        String operatorToken = api.token(operator);

        api.as(admin).post("/tenants/" + tenant + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        problem(api.as(admin).post("/tenants/" + tenant + "/suspend"), 409, "invalid_transition");
        problem(api.anonymous().body(Map.of("username", operator, "password", Api.DEMO_PASSWORD))
                .post("/auth/token"), 403, "tenant_suspended");
        problem(api.as(operatorToken).get("/users"), 401, "invalid_token");

        api.as(admin).post("/tenants/" + tenant + "/resume").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        api.as(api.token(operator)).get("/users").then().statusCode(200);
    }

    @Test
    void platformOperatorsEnablePaidModulesPerTenant() {
        String admin = api.token("admin");
        long tenant = api.createTenant(admin, Api.unique("模块街道"), "DISTRICT");
        api.as(admin).header("X-Linli-Tenant", tenant).get("/modules").then().statusCode(200)
                .body("find { it.module == 'BASIC' }.enabled", equalTo(true))
                .body("find { it.module == 'PARKING' }.enabled", equalTo(false));
        api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("monthlyFeeFen", 80_000))
                .put("/modules/parking").then().statusCode(200)
                .body("enabled", equalTo(true)).body("monthlyFeeFen", equalTo(80_000));
        api.as(admin).header("X-Linli-Tenant", tenant).get("/modules").then()
                .body("find { it.module == 'PARKING' }.enabled", equalTo(true));
        problem(api.as(admin).header("X-Linli-Tenant", tenant).delete("/modules/basic"), 409,
                "module_always_enabled");
        problem(api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("monthlyFeeFen", -1))
                .put("/modules/delivery"), 400, "validation_failed");
        problem(api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("monthlyFeeFen", 1))
                .put("/modules/spaceflight"), 404, "not_found");
        api.as(admin).header("X-Linli-Tenant", tenant).delete("/modules/parking").then().statusCode(200)
                .body("enabled", equalTo(false));
        problem(api.as(api.token("ops-a")).body(Map.of("monthlyFeeFen", 0)).put("/modules/parking"), 403,
                "forbidden");
        api.as(api.token("ops-a")).get("/modules").then().statusCode(200);
    }

    @Test
    void tenantUsersCannotManageTenants() {
        String ops = api.token("ops-a");
        problem(api.as(ops).get("/tenants"), 403, "forbidden");
        problem(api.as(ops).body(Map.of("kind", "DISTRICT", "name", Api.unique("x"))).post("/tenants"), 403,
                "forbidden");
        problem(api.as(api.token("resident-a")).get("/users"), 403, "forbidden");
    }

    @Test
    void tenantOperatorsManageTheirUsers() {
        String ops = api.token("ops-a");
        String username = Api.unique("resident");
        long id = api.createUser(ops, username, "RESIDENT");
        api.as(ops).get("/users/" + id).then().statusCode(200)
                .body("username", equalTo(username)).body("status", equalTo("ENABLED"));
        api.as(ops).body(Map.of("displayName", "新名字", "role", "PROVIDER_STAFF")).patch("/users/" + id)
                .then().statusCode(200).body("displayName", equalTo("新名字")).body("role", equalTo("PROVIDER_STAFF"));
        String userToken = api.token(username);

        api.as(ops).post("/users/" + id + "/disable").then().statusCode(200).body("status", equalTo("DISABLED"));
        problem(api.as(userToken).get("/auth/me"), 401, "invalid_token");
        problem(api.anonymous().body(Map.of("username", username, "password", Api.DEMO_PASSWORD))
                .post("/auth/token"), 403, "account_disabled");
        problem(api.as(ops).post("/users/" + id + "/disable"), 409, "invalid_transition");
        api.as(ops).post("/users/" + id + "/enable").then().statusCode(200).body("status", equalTo("ENABLED"));

        api.as(ops).body(Map.of("password", "a-new-secret")).post("/users/" + id + "/password").then().statusCode(200);
        api.token(username, "a-new-secret");

        List<String> listed = api.as(ops).get("/users?q=" + username).then().statusCode(200)
                .extract().path("items.username");
        assertThat(listed).containsExactly(username);

        api.as(ops).delete("/users/" + id).then().statusCode(204);
        problem(api.as(ops).get("/users/" + id), 404, "user_not_found");
        problem(api.anonymous().body(Map.of("username", username, "password", "a-new-secret"))
                .post("/auth/token"), 401, "invalid_credentials");
    }

    @Test
    void userRulesAreEnforced() {
        String ops = api.token("ops-a");
        problem(api.as(ops).body(Map.of("username", "ops-b", "displayName", "x", "role", "RESIDENT",
                "password", Api.DEMO_PASSWORD)).post("/users"), 409, "username_taken");
        problem(api.as(ops).body(Map.of("username", Api.unique("p"), "displayName", "x",
                "role", "PLATFORM_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users"), 400, "validation_failed")
                .body("errors[0].field", equalTo("role")).body("errors[0].code", equalTo("role_not_allowed"));
        problem(api.as(ops).body(Map.of("username", "A", "displayName", "", "role", "RESIDENT",
                "password", "short")).post("/users"), 400, "validation_failed")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("password"));
        long self = api.as(ops).get("/auth/me").then().extract().<Number>path("accountId").longValue();
        problem(api.as(ops).post("/users/" + self + "/disable"), 409, "cannot_disable_self");
        problem(api.as(ops).delete("/users/" + self), 409, "cannot_delete_self");
    }

    @Test
    void theAuditTrailRecordsWhoDidWhatAndHowItEnded() {
        String ops = api.token("ops-a");
        long id = api.createUser(ops, Api.unique("audited"), "RESIDENT");
        api.as(ops).body(Map.of("kind", "DISTRICT", "name", Api.unique("denied"))).post("/tenants");

        List<Map<String, Object>> created = api.as(ops).get("/audit?action=user.create&size=200").then()
                .statusCode(200).extract().path("items");
        assertThat(created).anySatisfy(entry -> {
            assertThat(entry).containsEntry("actor", "ops-a").containsEntry("target", "user:" + id)
                    .containsEntry("outcome", "SUCCESS");
        });
        List<Map<String, Object>> denied = api.as(ops).get("/audit?action=tenant.create&outcome=DENIED").then()
                .statusCode(200).extract().path("items");
        assertThat(denied).anySatisfy(entry -> assertThat(entry).containsEntry("actor", "ops-a"));

        Number tenantA = api.as(ops).get("/auth/me").then().extract().path("tenantId");
        List<Number> tenants = api.as(ops).get("/audit?size=200").then().extract().path("items.tenantId");
        assertThat(tenants).isNotEmpty().allSatisfy(t -> assertThat(t.longValue()).isEqualTo(tenantA.longValue()));

        List<String> platformWide = api.as(api.token("admin")).get("/audit?size=200").then().statusCode(200)
                .extract().path("items.actor");
        assertThat(platformWide).contains("admin", "ops-a");
    }

    @Test
    void badInputGetsLocalisedProblemDetailsNeverAStackTrace() {
        String admin = api.token("admin");
        problem(api.as(admin).body("{not json").post("/tenants"), 400, "malformed_request");
        problem(api.as(admin).body(Map.of("kind", "CASTLE", "name", "x")).post("/tenants"), 400, "validation_failed")
                .body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("one_of"));
        problem(api.as(admin).body("{}").post("/tenants"), 400, "validation_failed");
        problem(api.as(admin).get("/tenants/not-a-number"), 404, "not_found");
        problem(api.as(admin).get("/tenants/999999"), 404, "tenant_not_found");
        problem(api.as(admin).get("/no-such-thing"), 404, "not_found");
        problem(api.as(admin).put("/tenants"), 405, "method_not_allowed");
        problem(api.as(admin).contentType(ContentType.TEXT).body("name").post("/tenants"), 415,
                "unsupported_media_type");
        problem(api.as(admin).get("/audit?from=yesterday"), 400, "validation_failed");

        api.as(admin).header("Accept-Language", "en-US,en;q=0.9").get("/tenants/999999").then()
                .body("title", equalTo("No such tenant"));
        api.as(admin).header("Accept-Language", "zh-CN").get("/tenants/999999").then()
                .body("title", equalTo("租户不存在"));
        api.as(admin).get("/tenants/999999").then().body("title", equalTo("租户不存在"));
        api.as(admin).get("/tenants?size=100000").then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void fiveFailedSignInsLockTheAccountForAWhile() {
        String ops = api.token("ops-a");
        String username = Api.unique("locked");
        api.createUser(ops, username, "RESIDENT");
        for (int attempt = 0; attempt < 5; attempt++) {
            problem(api.anonymous().body(Map.of("username", username, "password", "wrong")).post("/auth/token"),
                    401, "invalid_credentials");
        }
        Response locked = api.anonymous().body(Map.of("username", username, "password", Api.DEMO_PASSWORD))
                .header("Accept-Language", "en").post("/auth/token");
        problem(locked, 423, "account_locked").header("Retry-After", notNullValue())
                .body("title", not(equalTo("")));
        List<String> details = api.as(ops).get("/audit?actor=" + username).then().extract().path("items.detail");
        assertThat(details).contains("account_locked", "invalid_credentials");
    }

    @Test
    void uploadsAreRefusedBeforeTheirBodyIsHeldAndTheServerStaysUp() throws Exception {
        long hundredMegabytes = 100L * 1024 * 1024;
        StreamedUpload anonymous = StreamedUpload.post(api.url("/offerings/1/images"), null,
                "application/octet-stream", hundredMegabytes, true);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("unauthenticated");
        assertThat(anonymous.sent()).isLessThan(hundredMegabytes);

        String ops = api.token("ops-a");
        StreamedUpload declared = StreamedUpload.post(api.url("/residents/imports?dryRun=true"), ops, "text/csv",
                hundredMegabytes, false);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body()).contains("payload_too_large");
        assertThat(declared.sent()).isLessThan(hundredMegabytes);

        StreamedUpload chunked = StreamedUpload.post(api.url("/residents/imports?dryRun=true"), ops, "text/csv",
                hundredMegabytes, true);
        assertThat(chunked.status()).isEqualTo(400);
        assertThat(chunked.body()).contains("file_too_large");
        assertThat(chunked.sent()).isLessThan(hundredMegabytes);

        RestAssured.get(api.root() + "/health").then().statusCode(200).body("status", equalTo("UP"));
        api.as(ops).get("/auth/me").then().statusCode(200);
        problem(api.anonymous().body(Map.of("username", "ops-a", "password", "wrong")).post("/auth/token"), 401,
                "invalid_credentials");
    }

    @Test
    void aPageBeyondAnyListIsEmptyNotAFailure() {
        String admin = api.token("admin");
        api.as(admin).get("/tenants?page=2147483647").then().statusCode(200)
                .body("items", hasSize(0)).body("page", equalTo(Integer.MAX_VALUE));
        api.as(api.token("ops-a")).get("/users?page=2147483647&size=200").then().statusCode(200)
                .body("items", hasSize(0));
        api.as(admin).get("/audit?page=99999999999999999999&size=-1").then().statusCode(200)
                .body("items", hasSize(0)).body("size", equalTo(50));
        problem(api.as(admin).get("/tenants?page=two"), 400, "validation_failed")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void textNoPersonTypesIsRefused() {
        String admin = api.token("admin");
        // JSON escapes, as a program would send them: NUL, BEL, a lone surrogate, a noncharacter
        for (String name : List.of("\\u0000\\u0000", "街道\\u0007", "\\ud800街道", "街道\\uffff")) {
            problem(api.as(admin).body("{\"kind\":\"DISTRICT\",\"name\":\"" + name + "\"}").post("/tenants"), 400,
                    "validation_failed").body("errors.field", everyItem(equalTo("name")))
                    .body("errors.code", hasItem("text_characters"));
        }
        api.as(admin).body("{\"kind\":\"DISTRICT\",\"name\":\"" + Api.unique("街道\\ud7ff") + "\"}")
                .post("/tenants").then().statusCode(201);
        problem(api.as(admin).urlEncodingEnabled(false).get("/tenants?q=%00"), 400, "validation_failed")
                .body("errors[0].field", equalTo("q")).body("errors[0].code", equalTo("text_characters"));
    }

    @Test
    void twentyParallelWrongPasswordsCountNoMoreFailuresThanTheLimitAndLockTheAccountOnce() throws Exception {
        String ops = api.token("ops-a");
        String username = Api.unique("burst");
        api.createUser(ops, username, "RESIDENT");
        ExecutorService guessers = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(guessers.submit(() -> {
                    go.await();
                    return api.anonymous().body(Map.of("username", username, "password", "wrong"))
                            .post("/auth/token").statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            assertThat(statuses).as("wrong password, locked, or busy").isSubsetOf(401, 423, 429);
            assertThat(Collections.frequency(statuses, 401)).as("passwords checked").isEqualTo(5);
        } finally {
            guessers.shutdownNow();
        }
        List<Map<String, Object>> trail = api.as(ops).get("/audit?actor=" + username + "&size=100").then()
                .statusCode(200).extract().path("items");
        assertThat(trail.stream().filter(e -> "invalid_credentials".equals(e.get("detail"))).count())
                .as("failures recorded").isEqualTo(5);
        assertThat(trail.stream().filter(e -> "auth.lock".equals(e.get("action"))).count()).as("locks").isOne();
        problem(api.anonymous().body(Map.of("username", username, "password", Api.DEMO_PASSWORD))
                .post("/auth/token"), 423, "account_locked");
    }

    @Test
    void theConsoleCookieIsHttpOnlyAndLaxAndTheApiTakesBearerTokensOnlyAndNeverTouchesTheSession() {
        // A browser that opened the console brings the console's session cookie along.
        Response console = RestAssured.get(api.root() + "/login");
        String session = console.then().statusCode(200).extract().cookie("JSESSIONID");
        assertThat(session).as("the console's session cookie").isNotNull();
        assertThat(console.getHeaders().getValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("SameSite=Lax").as("demo mode on plain HTTP")
                        .doesNotContainIgnoringCase("Secure"));

        Response bearer = api.as(api.token("ops-a")).cookie("JSESSIONID", session).get("/auth/me");
        bearer.then().statusCode(200).body("username", equalTo("ops-a"));
        assertThat(bearer.getHeaders().getValues("Set-Cookie")).as("a bearer call neither opens nor renames a session")
                .isEmpty();
        problem(api.anonymous().cookie("JSESSIONID", session).get("/auth/me"), 401, "unauthenticated");

        Response signIn = api.anonymous().body(Map.of("username", "ops-a", "password", Api.DEMO_PASSWORD))
                .post("/auth/token");
        signIn.then().statusCode(200);
        assertThat(signIn.getHeaders().getValues("Set-Cookie")).isEmpty();
    }

    @Test
    void everyAnswerCarriesTheBrowserProtections() {
        Map<String, Response> answers = Map.of(
                "the API", api.as(api.token("ops-a")).get("/auth/me"),
                "a refused token", api.as("llt_not-a-token").get("/auth/me"),
                "the UI root", RestAssured.get(api.root() + "/"),
                "the sign-in page", RestAssured.get(api.root() + "/login"));
        answers.forEach((what, answer) -> {
            assertThat(answer.getHeader("Content-Security-Policy")).as(what)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
            assertThat(answer.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(answer.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(answer.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(answer.getHeader("Strict-Transport-Security")).as(what + ", over plain HTTP").isNull();
        });
        assertThat(answers.get("a refused token").statusCode()).isEqualTo(401);
    }

    @Test
    void pointsEarnedByACheckInRuleAreRedeemedInTheMallHandedOverAndGivenBackOnCancel() {
        Market market = Market.open(api, api.token("admin"));
        long resident = api.as(market.resident).get("/me/resident").then().statusCode(200).extract()
                .<Number>path("id").longValue();
        api.as(market.operator).body(Map.of("kind", "CHECK_IN", "topic", "garbage-sorting", "points", 40,
                "dailyCap", 100)).post("/points/rules").then().statusCode(201).body("version", equalTo(1));
        api.as(market.operator).body(Map.of("kind", "CHECK_IN", "topic", "garbage-sorting", "points", 60,
                "dailyCap", 100)).post("/points/rules").then().statusCode(201).body("version", equalTo(2))
                .body("status", equalTo("ACTIVE"));
        api.as(market.operator).get("/points/rules").then().statusCode(200).body("total", equalTo(2))
                .body("items.find { it.version == 1 }.status", equalTo("RETIRED"));
        problem(api.as(market.resident).get("/points/rules"), 403, "forbidden");

        Map<String, Object> checkIn = Map.of("residentId", resident, "topic", "garbage-sorting");
        api.as(market.operator).body(checkIn).post("/points/check-ins").then().statusCode(201)
                .body("points", equalTo(60)).body("ruleVersion", equalTo(2));
        api.as(market.operator).body(checkIn).post("/points/check-ins").then().statusCode(201)
                .body("points", equalTo(40));
        api.as(market.operator).body(checkIn).post("/points/check-ins").then().statusCode(201)
                .body("points", equalTo(0));
        api.as(market.resident).get("/points/me").then().statusCode(200).body("balance", equalTo(100));
        api.as(market.resident).get("/points/me/lots").then().statusCode(200).body("total", equalTo(2))
                .body("items.ruleVersion", everyItem(equalTo(2)));

        long reward = api.as(market.operator).body(Map.of("name", "环保购物袋", "description", "可重复使用",
                        "price", 30, "stock", 5, "perPersonLimit", 2)).post("/points/mall/rewards").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        api.as(market.resident).get("/points/mall/rewards").then().statusCode(200)
                .body("items.id", hasItem((int) reward));
        String first = api.as(market.resident).body(Map.of("rewardId", reward)).post("/points/mall/redemptions")
                .then().statusCode(201).body("status", equalTo("WAITING")).extract().path("pickupCode");
        String second = api.as(market.resident).body(Map.of("rewardId", reward)).post("/points/mall/redemptions")
                .then().statusCode(201).extract().path("pickupCode");
        problem(api.as(market.resident).body(Map.of("rewardId", reward)).post("/points/mall/redemptions"), 409,
                "points_reward_limit_reached");
        api.as(market.resident).get("/points/me").then().body("balance", equalTo(40));

        api.as(market.operator).get("/points/mall/redemptions/" + first).then().statusCode(200)
                .body("residentId", equalTo((int) resident));
        api.as(market.operator).post("/points/mall/redemptions/" + first + "/handover").then().statusCode(200)
                .body("status", equalTo("HANDED_OVER"));
        problem(api.as(market.operator).post("/points/mall/redemptions/" + first + "/cancel"), 409,
                "invalid_transition");
        api.as(market.resident).post("/points/mall/redemptions/" + second + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        api.as(market.resident).get("/points/me").then().body("balance", equalTo(70));
        api.as(market.resident).get("/points/me/lots").then()
                .body("items.remaining.sum()", equalTo(70));
        api.as(market.resident).get("/points/me/history").then().statusCode(200).body("total", equalTo(5))
                .body("items[0].kind", equalTo("points-give-back")).body("items[0].points", equalTo(30));
        api.as(market.operator).get("/points/mall/rewards?all=true").then()
                .body("items.find { it.id == " + reward + " }.stock", equalTo(4));
        api.as(market.finance(api.token("admin"))).get("/points/liabilities").then().statusCode(200)
                .body("outstanding", equalTo(70)).body("issued", equalTo(100)).body("redeemed", equalTo(30))
                .body("expiring", hasSize(12));
    }

    /** Asserts an RFC 9457 problem with status and code, free of technical detail. */
    static io.restassured.response.ValidatableResponse problem(Response response, int status, String code) {
        String body = response.then().extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", equalTo("urn:linli:problem:" + code))
                .body("title", notNullValue());
    }
}
