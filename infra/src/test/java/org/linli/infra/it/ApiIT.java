package org.linli.infra.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The REST API against the real WAR on Payara Micro: sign-in and tokens, tenants, users, the audit trail, problem
 * details for bad input, lock-out, health and OpenAPI.
 */
class ApiIT extends RealWarTest {

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

    /**
     * The document is what client generators need: valid OpenAPI, one operationId per operation, every operation
     * with its success answer, and the problem+json errors wherever a token is needed; each tag once. It is YAML by
     * default and JSON when asked, and the explorer next to it is Swagger UI.
     */
    @Test
    void theOpenApiDocumentServesClientGeneratorsAndTheExplorer() {
        Response yaml = RestAssured.get(api.root() + "/openapi");
        yaml.then().statusCode(200);
        assertThat(yaml.asString()).contains("openapi: ").doesNotStartWith("{");
        Response json = RestAssured.given().accept("application/json").get(api.root() + "/openapi");
        json.then().statusCode(200).contentType(startsWith("application/json")).body("openapi", startsWith("3."));

        ParseOptions options = new ParseOptions();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml.asString(), null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI document = parsed.getOpenAPI();
        Map<String, String> ids = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> used = new HashSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            String previous = ids.put(String.valueOf(operation.getOperationId()), where);
            if (operation.getOperationId() == null || previous != null) {
                duplicates.add(operation.getOperationId() + ": " + previous + ", " + where);
            }
            ApiResponses responses = operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                missing.add(where + " success");
            }
            boolean open = operation.getSecurity() != null
                    && operation.getSecurity().stream().allMatch(Map::isEmpty);
            for (String code : open ? List.<String>of() : List.of("401", "403")) {
                if (!responses.containsKey(code)) {
                    missing.add(where + " " + code);
                }
            }
            responses.forEach((code, response) -> {
                if (code.matches("4\\d\\d") && !problem(document, response)) {
                    missing.add(where + " " + code + " problem+json");
                }
            });
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        assertThat(ids).hasSizeGreaterThan(100);
        assertThat(duplicates).as("duplicate operationIds").isEmpty();
        assertThat(missing).as("responses missing").isEmpty();
        List<String> tags = document.getTags().stream().map(Tag::getName).toList();
        assertThat(tags).doesNotHaveDuplicates().containsAll(used);
        assertThat(document.getTags()).allSatisfy(tag -> assertThat(tag.getDescription()).isNotBlank());
        assertThat(document.getPaths()).containsKeys("/api/v1/devices/{id}/secret", "/api/v1/auth/token");
        assertThat(document.getPaths().get("/api/v1/devices/{id}").getGet().getResponses().get("404").get$ref())
                .isEqualTo("#/components/responses/NotFound");
        assertThat(document.getPaths().get("/api/v1/auth/token").getPost().getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement).isEmpty());
        // A device's event is accepted (202) for processing; downloads name their type and are files.
        assertThat(document.getPaths().get("/api/v1/devices/events").getPost().getResponses())
                .containsKey("202").doesNotContainKeys("200", "default");
        ApiResponse csv = document.getPaths().get("/api/v1/cases/setup/statistics.csv").getGet().getResponses()
                .get("200");
        assertThat(csv.getContent()).containsOnlyKeys("text/csv");
        assertThat(csv.getContent().get("text/csv").getSchema().getFormat()).isEqualTo("binary");
        assertThat(document.getPaths().get("/api/v1/reports/revenue/xlsx").getGet().getResponses().get("200")
                .getContent()).containsOnlyKeys("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(document.getPaths().get("/api/v1/reports/revenue/pdf").getGet().getResponses().get("200")
                .getContent()).containsOnlyKeys("application/pdf");

        Response page = RestAssured.get(api.root() + "/openapi/ui");
        page.then().statusCode(200).contentType(startsWith("text/html"));
        assertThat(page.asString()).contains("swagger-ui-bundle.js", "swagger-ui");
        RestAssured.get(api.root() + "/openapi/ui/swagger-ui-bundle.js").then().statusCode(200)
                .contentType(startsWith("text/javascript"));
        assertThat(RestAssured.get(api.root() + "/openapi/ui/linli-explorer.js").asString()).contains("/openapi\"");
    }

    private static boolean problem(OpenAPI document, ApiResponse response) {
        ApiResponse resolved = response;
        if (response.get$ref() != null) {
            String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
            resolved = document.getComponents().getResponses().get(name);
        }
        return resolved != null && resolved.getContent() != null
                && resolved.getContent().containsKey("application/problem+json");
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
        api.as(operatorToken).get("/users").then().statusCode(200);

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
        api.as(userToken).get("/auth/me").then().statusCode(200);

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

    @Test
    void anAdvertiserBooksASlotHasTheCreativeApprovedAndTheRunningCampaignIsServedClickedAndReported() {
        Market market = Market.open(api, api.token("admin"));
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        long slot = api.as(market.operator).body(Map.of("name", "首页横幅", "placement", "STOREFRONT_HOME_BANNER",
                        "width", 750, "height", 300, "pricePerDayFen", 5_000, "communities", List.of(market.community),
                        "blackoutDays", List.of(today.plusDays(30).toString())))
                .post("/ads/slots").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("communities", hasItem((int) market.community)).extract().<Number>path("id").longValue();
        problem(api.as(market.resident).get("/ads/slots"), 403, "forbidden");

        String advertiserName = Api.unique("adv");
        long account = api.createUser(market.operator, advertiserName, "ADVERTISER");
        long advertiser = api.as(market.operator).body(Map.of("name", "鲜果店" + advertiserName, "kind", "ADVERTISER",
                        "licenceNumber", Market.licence(), "contactName", "孙老板", "contactPhone", "13800001111"))
                .post("/providers").then().statusCode(201).extract().<Number>path("id").longValue();
        api.as(market.operator).contentType("application/pdf").body(TestFiles.pdf(2048))
                .post("/providers/" + advertiser + "/documents?kind=BUSINESS_LICENCE&name=licence.pdf").then()
                .statusCode(201);
        long cleaner = api.createUser(market.operator, Api.unique("cleaner"), "PROVIDER_STAFF");
        problem(api.as(market.operator).body(Map.of("userId", cleaner)).post("/providers/" + advertiser + "/staff"),
                400, "validation_failed");
        api.as(market.operator).body(Map.of("userId", account)).post("/providers/" + advertiser + "/staff").then()
                .statusCode(201);
        String shop = api.token(advertiserName);
        Map<String, Object> days = Map.of("slotId", slot, "firstDay", today.plusDays(10).toString(),
                "lastDay", today.plusDays(14).toString());
        problem(api.as(shop).body(days).post("/ads/bookings"), 403, "ad_advertiser_not_verified");
        api.as(market.operator).post("/providers/" + advertiser + "/verify").then().statusCode(200);

        long booking = api.as(shop).body(days).post("/ads/bookings").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("days", equalTo(5)).body("amountFen", equalTo(25_000))
                .body("advertiserId", equalTo((int) advertiser)).extract().<Number>path("id").longValue();
        problem(api.as(shop).body(Map.of("slotId", slot, "firstDay", today.plusDays(14).toString(),
                "lastDay", today.plusDays(16).toString())).post("/ads/bookings"), 409, "ad_slot_taken");
        problem(api.as(shop).body(Map.of("slotId", slot, "firstDay", today.plusDays(29).toString(),
                "lastDay", today.plusDays(31).toString())).post("/ads/bookings"), 409, "ad_slot_blacked_out");
        api.as(shop).get("/ads/slots/" + slot + "/calendar?from=" + today.plusDays(9) + "&to=" + today.plusDays(15))
                .then().statusCode(200).body("state", equalTo(List.of("FREE", "BOOKED", "BOOKED", "BOOKED", "BOOKED",
                        "BOOKED", "FREE")));

        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int shift = i % 3;
                attempts.add(pool.submit(() -> {
                    start.await();
                    answers.add(api.as(shop).body(Map.of("slotId", slot,
                            "firstDay", today.plusDays(20 + shift).toString(),
                            "lastDay", today.plusDays(23).toString())).post("/ads/bookings").statusCode());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).as("overlapping concurrent bookings").containsOnlyOnce(201).hasSize(6)
                .filteredOn(status -> status != 201).containsOnly(409);

        problem(api.as(shop).contentType("image/png").body(TestFiles.png(1024))
                .post("/ads/bookings/" + booking + "/creative?linkUrl=javascript:alert(1)&text=x"), 400,
                "validation_failed").body("errors.field", hasItem("linkUrl"));
        problem(api.as(shop).contentType("application/pdf").body(TestFiles.pdf(1024))
                .post("/ads/bookings/" + booking + "/creative?linkUrl=https://shop.example.cn/&text=x"), 400,
                "validation_failed").body("errors.field", hasItem("file"));
        api.as(shop).contentType("image/png").body(TestFiles.png(2048))
                .post("/ads/bookings/" + booking + "/creative?linkUrl=https://shop.example.cn/fruit&text=草莓上新")
                .then().statusCode(200).body("status", equalTo("CREATIVE_SUBMITTED"))
                .body("text", equalTo("草莓上新"));
        problem(api.as(shop).body(Map.of()).post("/ads/bookings/" + booking + "/pay"), 409,
                "ad_creative_not_approved");
        problem(api.as(shop).body(Map.of("note", "ok")).post("/ads/bookings/" + booking + "/approve"), 403,
                "forbidden");
        problem(api.as(market.operator).body(Map.of()).post("/ads/bookings/" + booking + "/reject"), 400,
                "validation_failed");
        api.as(market.operator).body(Map.of("note", "图片太暗")).post("/ads/bookings/" + booking + "/reject").then()
                .statusCode(200).body("status", equalTo("CREATIVE_REJECTED")).body("reviewNote", equalTo("图片太暗"));
        api.as(shop).contentType("image/png").body(TestFiles.png(4096))
                .post("/ads/bookings/" + booking + "/creative?linkUrl=https://shop.example.cn/fruit&text=草莓上新")
                .then().statusCode(200).body("status", equalTo("CREATIVE_SUBMITTED"));
        byte[] image = api.as(market.operator).get("/ads/bookings/" + booking + "/creative/image").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(image).hasSize(4096);
        api.as(market.operator).body(Map.of("note", "通过")).post("/ads/bookings/" + booking + "/approve").then()
                .statusCode(200).body("status", equalTo("CREATIVE_APPROVED"));
        // The cashier is open, but the booking is paid only once the gateway says so.
        api.as(shop).body(Map.of("channel", "DESKTOP")).post("/ads/bookings/" + booking + "/pay").then()
                .statusCode(200).body("cashierUrl", Matchers.containsString("alipay.trade.page.pay"));
        api.as(market.operator).get("/ads/bookings?status=CREATIVE_APPROVED").then().statusCode(200)
                .body("items.id", hasItem((int) booking));
        long winner = api.as(shop).get("/ads/bookings?status=REQUESTED").then().statusCode(200)
                .body("total", equalTo(1)).extract().<Number>path("items[0].id").longValue();
        api.as(shop).post("/ads/bookings/" + winner + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(0));
        api.as(shop).body(Map.of("slotId", slot, "firstDay", today.plusDays(21).toString(),
                "lastDay", today.plusDays(21).toString())).post("/ads/bookings").then().statusCode(201);

        // Serving: the demo's running campaign of tenant A, shown to anyone who names the tenant.
        String advertiserA = api.token("advertiser-a");
        long tenantA = api.as(api.token("ops-a")).get("/auth/me").then().extract().<Number>path("tenantId")
                .longValue();
        String phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 Safari/604.1";
        Response served = api.anonymous().header("User-Agent", phone)
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + tenantA);
        served.then().statusCode(200).body("placement", equalTo("STOREFRONT_HOME_BANNER"))
                .body("clickUrl", startsWith("ads/click/" + tenantA + "-"));
        long running = served.then().extract().<Number>path("bookingId").longValue();
        long shownBefore = todays(advertiserA, running, "impressions");
        String viewer = served.getCookie("linli_ad_viewer");
        assertThat(viewer).isNotBlank();
        api.anonymous().header("User-Agent", phone).cookie("linli_ad_viewer", viewer)
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + tenantA).then().statusCode(200)
                .body("bookingId", equalTo((int) running));
        api.anonymous().header("User-Agent", "Mozilla/5.0 (compatible; Baiduspider/2.0)")
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + tenantA).then().statusCode(200);
        assertThat(todays(advertiserA, running, "impressions")).as("a repeat and a bot are not counted")
                .isEqualTo(shownBefore);
        api.anonymous().header("User-Agent", phone)
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + tenantA).then().statusCode(200);
        assertThat(todays(advertiserA, running, "impressions")).isEqualTo(shownBefore + 1);
        api.anonymous().header("User-Agent", phone)
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + market.tenant).then().statusCode(204);

        String clickUrl = served.then().extract().path("clickUrl");
        long clicksBefore = todays(advertiserA, running, "clicks");
        api.anonymous().header("User-Agent", phone).redirects().follow(false).get("/" + clickUrl).then()
                .statusCode(302).header("Location", equalTo("https://example.com/xianfeng-fruit"));
        api.anonymous().header("User-Agent", "curl/8.5").redirects().follow(false).get("/" + clickUrl).then()
                .statusCode(302);
        assertThat(todays(advertiserA, running, "clicks")).isEqualTo(clicksBefore + 1);
        problem(api.anonymous().get("/ads/click/" + tenantA + "-nosuchtoken"), 404, "ad_creative_not_found");
        api.anonymous().get("/" + served.then().extract().<String>path("imageUrl")).then().statusCode(200)
                .contentType("image/png");

        api.as(advertiserA).get("/ads/bookings/" + running + "/report").then().statusCode(200)
                .body("total", equalTo(3)).body("items[0].day", equalTo(today.toString()));
        String csv = api.as(advertiserA).get("/ads/bookings/" + running + "/report.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("day,impressions,clicks,ctr_percent").contains(today.toString());
        problem(api.as(shop).get("/ads/bookings/" + running + "/report"), 404, "ad_booking_not_found");
    }

    /** Today's count of {@code what} (impressions or clicks) in the booking's report, as its advertiser sees it. */
    private long todays(String advertiser, long booking, String what) {
        String today = LocalDate.now(ChinaTime.ZONE).toString();
        List<Map<String, Object>> days = api.as(advertiser).get("/ads/bookings/" + booking + "/report").then()
                .statusCode(200).extract().path("items");
        return days.stream().filter(d -> today.equals(d.get("day")))
                .mapToLong(d -> ((Number) d.get(what)).longValue()).findFirst().orElse(0);
    }

    /** Asserts an RFC 9457 problem with status and code, free of technical detail. */
    @Test
    void aNoticeReachesItsAudienceIsReadOnceAcknowledgedCountedPerBuildingAndRemindedInTheInbox() {
        Market m = Market.open(api, api.token("admin"));
        problem(api.as(m.resident).header("Idempotency-Key", "p1").body(Map.of("plate", "苏E12345"))
                .post("/parking/permits"), 400, "validation_failed")
                .body("errors.field", equalTo(List.of("lotId"))).body("errors.code", equalTo(List.of("required")));
        problem(api.as(m.resident).header("Idempotency-Key", "p2").body("null").post("/parking/permits"), 400,
                "validation_failed").body("errors.field", equalTo(List.of("body")))
                .body("errors.message", equalTo(List.of("必填")));
        problem(api.as(m.operator).header("Accept-Language", "en").body(Map.of("name", "东门"))
                .post("/parking/lots"), 400, "validation_failed")
                .body("errors.field", equalTo(List.of("communityId", "providerId")))
                .body("errors.message", everyItem(equalTo("Required")));
        String neighbour = m.neighbour();
        long home2 = homeWithoutTheApp(m, "王老伯");
        long building2 = api.as(m.operator).get("/households/" + home2).then().statusCode(200).extract()
                .<Number>path("buildingId").longValue();

        long notice = api.as(m.operator).body(Map.of("title", "电梯检修", "body",
                        "<p onclick=\"x()\">周六<strong>停用</strong></p><script>x()</script>", "audience",
                        "COMMUNITY", "targetId", m.community, "acknowledgementRequired", true))
                .post("/notices?publish=true").then().statusCode(201)
                .body("state", equalTo("PUBLISHED")).body("body", equalTo("<p>周六<strong>停用</strong></p>"))
                .extract().<Number>path("id").longValue();

        api.as(m.resident).get("/notices/mine/unread").then().statusCode(200).body("unread", equalTo(1));
        api.as(m.resident).get("/notices/mine").then().statusCode(200).body("items.id", hasItem((int) notice))
                .body("items.find { it.id == " + notice + " }.readAt", equalTo(null));
        String firstRead = api.as(m.resident).get("/notices/mine/" + notice).then().statusCode(200)
                .body("readAt", notNullValue()).body("acknowledgedAt", equalTo(null)).extract().path("readAt");
        api.as(m.resident).get("/notices/mine/" + notice).then().statusCode(200).body("readAt", equalTo(firstRead));
        api.as(m.resident).get("/notices/mine/unread").then().body("unread", equalTo(0));

        api.as(m.operator).get("/notices/" + notice + "/reach").then().statusCode(200)
                .body("households", equalTo(2)).body("householdsRead", equalTo(1))
                .body("householdsAcknowledged", equalTo(0)).body("householdsNotReachable", equalTo(1))
                .body("residents", equalTo(3)).body("residentsInApp", equalTo(2))
                .body("buildings", hasSize(2)).body("buildings.find { it.buildingId == " + building2
                        + " }.readRate", equalTo(0.0f));
        api.as(m.operator).get("/notices/" + notice + "/unreached").then().statusCode(200)
                .body("total", equalTo(2)).body("items.find { it.householdId == " + home2
                        + " }.reachableInApp", equalTo(false));

        api.as(m.operator).post("/notices/" + notice + "/reminders").then().statusCode(200)
                .body("usersReminded", equalTo(2)).body("householdsReminded", equalTo(1))
                .body("householdsNotReachable", equalTo(1));
        problem(api.as(m.operator).post("/notices/" + notice + "/reminders"), 409, "notice_reminded_recently");

        api.as(neighbour).get("/inbox/unread").then().statusCode(200).body("unread", equalTo(1));
        long message = api.as(neighbour).get("/inbox?unreadOnly=true").then().statusCode(200)
                .body("items[0].topic", equalTo("notice.reminder"))
                .body("items[0].key", equalTo("inbox.notice.reminder_acknowledge"))
                .body("items[0].args[0]", equalTo("电梯检修"))
                .body("items[0].link", equalTo("/notices/" + notice))
                .extract().<Number>path("items[0].id").longValue();
        problem(api.as(m.resident).post("/inbox/" + message + "/read"), 404, "inbox_message_not_found");
        api.as(neighbour).post("/inbox/" + message + "/read").then().statusCode(200).body("readAt", notNullValue());
        api.as(neighbour).get("/inbox/unread").then().body("unread", equalTo(0));
        api.as(m.resident).post("/inbox/read-all").then().statusCode(200).body("marked", equalTo(1));

        api.as(m.resident).post("/notices/mine/" + notice + "/acknowledgement").then().statusCode(200)
                .body("acknowledgedAt", notNullValue()).body("readAt", equalTo(firstRead));
        api.as(m.operator).get("/notices/" + notice + "/reach").then()
                .body("householdsAcknowledged", equalTo(1)).body("householdsUnreached", equalTo(1));
        api.as(m.operator).get("/notices/" + notice + "/unreached").then().body("total", equalTo(1))
                .body("items[0].householdId", equalTo((int) home2)).body("items[0].residents", hasSize(1));

        api.as(m.operator).post("/notices/" + notice + "/withdraw").then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        problem(api.as(m.resident).get("/notices/mine/" + notice), 404, "notice_not_found");
        problem(api.as(m.operator).post("/notices/" + notice + "/publish"), 409, "invalid_transition");
    }

    @Test
    void aNoticesAttachmentIsTypedByItsBytesOpenedByItsReadersOnlyAndTheUnreachedFollowATightenedPolicy() {
        Market m = Market.open(api, api.token("admin"));
        homeWithoutTheApp(m, "王老伯");
        long notice = api.as(m.operator).body(Map.of("title", "停水通知", "body", "<p>周三停水</p>", "audience",
                        "COMMUNITY", "targetId", m.community)).post("/notices").then().statusCode(201)
                .body("state", equalTo("DRAFT")).extract().<Number>path("id").longValue();
        problem(api.as(m.operator).contentType("application/pdf").body("不是 PDF".getBytes(StandardCharsets.UTF_8))
                .post("/notices/" + notice + "/attachments?name=plan.pdf"), 400, "validation_failed")
                .body("errors.field", hasItem("file"));
        byte[] plan = TestFiles.pdf(4096);
        long attachment = api.as(m.operator).contentType("application/octet-stream").body(plan)
                .post("/notices/" + notice + "/attachments?name=停水范围.pdf").then().statusCode(201)
                .body("type", equalTo("PDF")).body("sizeBytes", equalTo(4096)).extract().<Number>path("id")
                .longValue();
        problem(api.as(m.resident).get("/notices/mine/" + notice + "/attachments/" + attachment), 404,
                "notice_not_found");
        api.as(m.operator).post("/notices/" + notice + "/publish").then().statusCode(200);
        problem(api.as(m.operator).contentType("application/pdf").body(plan)
                .post("/notices/" + notice + "/attachments?name=again.pdf"), 409, "notice_not_editable");

        api.as(m.resident).get("/notices/mine/" + notice).then().statusCode(200)
                .body("attachments.id", hasItem((int) attachment));
        byte[] read = api.as(m.resident).get("/notices/mine/" + notice + "/attachments/" + attachment).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(read).isEqualTo(plan);
        Market other = Market.open(api, api.token("admin"));
        problem(api.as(other.resident).get("/notices/mine/" + notice + "/attachments/" + attachment), 404,
                "notice_not_found");

        api.as(m.operator).get("/notices/" + notice + "/unreached").then().statusCode(200)
                .body("items.residents.flatten()", hasItem("王老伯"));
        api.as(m.operator).body(Map.of("role", "TENANT_OPERATOR", "level", "INTERNAL", "visibility", "MASKED"))
                .put("/privacy/policy").then().statusCode(200);
        api.as(m.operator).get("/notices/" + notice + "/unreached").then().statusCode(200)
                .body("items.residents.flatten()", hasItem("王**"))
                .body("items.residents.flatten()", not(hasItem("王老伯")));
    }

    /** A household in a new building of the market's community whose only resident has no account. */
    private long homeWithoutTheApp(Market m, String resident) {
        long building = api.as(m.operator).body(Map.of("name", Api.unique("楼"))).post("/communities/"
                + m.community + "/buildings").then().statusCode(201).extract().<Number>path("id").longValue();
        long unit = api.as(m.operator).body(Map.of("name", "1单元")).post("/buildings/" + building + "/units")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long home = api.as(m.operator).body(Map.of("unitId", unit, "room", "101")).post("/households").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        api.as(m.operator).body(Map.of("householdId", home, "name", resident)).post("/residents").then()
                .statusCode(201);
        return home;
    }

    /**
     * A smoke detector's signed events over real HTTP: a good one opens a DEVICE case in its building's grid (the grid
     * worker sees it), a repeat counts towards the same alert, a second detector of the building within two minutes
     * makes it critical and joins the case; bad signatures, replays, skewed clocks, bad bodies, unknown, re-keyed and
     * retired devices are refused; a label changes the device's false-positive rate.
     */
    @Test
    void signedDeviceEventsOpenACaseInTheBuildingsGridAndEverythingElseIsRefused() {
        String ops = api.token("ops-a");
        Devices devices = new Devices(api);
        // grid-a works the grid of 幸福里社区 (the first community by name).
        long building = devices.buildingsOf(ops, "幸福里社区").get(0);
        Number grid = api.as(ops).get("/buildings/" + building).then().statusCode(200).extract().path("gridId");
        Response created = api.as(ops).body(Map.of("name", Api.unique("3号楼烟感"), "kind", "SMOKE_DETECTOR",
                "placeKind", "BUILDING", "buildingId", building)).post("/devices");
        created.then().statusCode(201).body("device.state", equalTo("ACTIVE"))
                .body("device.heartbeatMinutes", equalTo(60)).body("signing", notNullValue());
        Devices.Device smoke = new Devices.Device(created.then().extract().<Number>path("device.id").longValue(),
                created.then().extract().path("device.code"), created.then().extract().path("secret"));
        assertThat(smoke.secret()).hasSize(43);
        api.as(ops).get("/devices/" + smoke.id()).then().statusCode(200).body("code", equalTo(smoke.code()))
                .body("$", not(hasKey("secret")));
        Devices.Device second = devices.register(ops, Api.unique("3号楼烟感二"), "SMOKE_DETECTOR", building);

        Response first = devices.send(smoke, "SMOKE");
        first.then().statusCode(202).body("routing", equalTo("CASE_OPENED")).body("severity", equalTo("HIGH"))
                .body("eventCount", equalTo(1));
        long alert = first.then().extract().<Number>path("alertId").longValue();
        long caseId = first.then().extract().<Number>path("caseId").longValue();
        api.as(ops).get("/cases/" + caseId).then().statusCode(200).body("source", equalTo("DEVICE"))
                .body("channel", equalTo("DEVICE")).body("gridId", equalTo(grid.intValue()))
                .body("buildingId", equalTo((int) building));
        api.as(api.token("grid-a")).get("/cases?state=REPORTED&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) caseId));
        api.as(ops).get("/devices/" + smoke.id()).then().body("lastSeenAt", notNullValue());

        devices.send(smoke, "SMOKE").then().statusCode(202).body("alertId", equalTo((int) alert))
                .body("eventCount", equalTo(2)).body("caseId", equalTo((int) caseId));
        devices.send(second, "SMOKE").then().statusCode(202).body("severity", equalTo("CRITICAL"))
                .body("routing", equalTo("CASE_JOINED")).body("caseId", equalTo((int) caseId));
        api.as(ops).get("/device-alerts/" + alert).then().statusCode(200).body("severity", equalTo("CRITICAL"));
        devices.send(smoke, "HEARTBEAT").then().statusCode(202).body("alertId", nullValue());

        Devices.Delivery good = Devices.sign(smoke, "SMOKE");
        problem(devices.send(new Devices.Delivery(good.code(), good.timestamp(), good.nonce(),
                Devices.hmac("wrong-secret", "x"), good.body())), 401, "device_signature_invalid");
        problem(devices.send(new Devices.Delivery(good.code(), good.timestamp(), good.nonce(), good.signature(),
                good.body().replace("SMOKE", "PANIC"))), 401, "device_signature_invalid");
        problem(devices.send(new Devices.Delivery(good.code(), good.timestamp(), good.nonce(), null, good.body())),
                401, "device_signature_invalid");
        problem(devices.send(new Devices.Delivery("d999999-abcdefghij", good.timestamp(), good.nonce(),
                good.signature(), good.body())), 401, "device_signature_invalid");
        devices.send(good).then().statusCode(202);
        problem(devices.send(good), 401, "replayed");
        long now = Instant.now().getEpochSecond();
        problem(devices.send(Devices.sign(smoke.code(), smoke.secret(), Devices.event("SMOKE"), now - 400)), 401,
                "replayed");
        problem(devices.send(Devices.sign(smoke.code(), smoke.secret(), Devices.event("SMOKE"), now + 400)), 401,
                "replayed");
        problem(devices.send(Devices.sign(smoke.code(), smoke.secret(), Devices.event("FIRE"), now)), 400,
                "validation_failed").body("errors.field", hasItem("kind"));
        problem(devices.send(Devices.sign(smoke.code(), smoke.secret(), "not json", now)), 400,
                "validation_failed");
        problem(devices.send(Devices.sign(smoke.code(), smoke.secret(), "{\"kind\":\"SMOKE\"}", now)), 400,
                "validation_failed").body("errors.field", hasItem("occurredAt"));

        String rotated = api.as(ops).post("/devices/" + smoke.id() + "/secret").then().statusCode(200)
                .extract().path("secret");
        problem(devices.send(smoke, "HEARTBEAT"), 401, "device_signature_invalid");
        Devices.Device rekeyed = new Devices.Device(smoke.id(), smoke.code(), rotated);
        devices.send(rekeyed, "HEARTBEAT").then().statusCode(202);

        api.as(ops).body(Map.of("label", "FALSE_POSITIVE")).post("/device-alerts/" + alert + "/label").then()
                .statusCode(200).body("label", equalTo("FALSE_POSITIVE"));
        api.as(ops).get("/devices/" + smoke.id()).then().body("falsePositivePercent", equalTo(100))
                .body("labelledAlerts", equalTo(1));
        api.as(ops).get("/device-alerts?deviceId=" + smoke.id()).then().statusCode(200)
                .body("items.id", hasItem((int) alert));

        api.as(ops).post("/devices/" + smoke.id() + "/retire").then().statusCode(200)
                .body("state", equalTo("RETIRED"));
        problem(devices.send(rekeyed, "SMOKE"), 403, "device_retired");
        problem(api.as(ops).post("/devices/" + smoke.id() + "/retire"), 409, "invalid_transition");
        problem(api.as(api.token("resident-a")).get("/devices"), 403, "forbidden");

        String document = RestAssured.get(api.root() + "/openapi").then().statusCode(200).extract().asString();
        assertThat(document).contains("/api/v1/devices/events", "/api/v1/devices/{id}/secret",
                "/api/v1/device-alerts/{id}/label", "/api/v1/device-rules/{kind}", "X-Linli-Signature");
    }

    /**
     * The demo's door sensor went silent past its heartbeat: it is offline with one maintenance case, which a later
     * sweep does not repeat; once re-keyed and heard from again it is active, and its case is told.
     */
    @Test
    void aSilentDeviceIsOfflineWithOneMaintenanceCaseUntilItIsHeardAgain() {
        String ops = api.token("ops-a");
        List<Map<String, Object>> offline = api.as(ops).get("/devices?state=OFFLINE&size=200").then()
                .statusCode(200).extract().path("items");
        Map<String, Object> door = offline.stream().filter(d -> "2栋单元门磁".equals(d.get("name"))).findFirst()
                .orElseThrow();
        long id = ((Number) door.get("id")).longValue();
        long maintenance = ((Number) door.get("offlineCaseId")).longValue();
        api.as(ops).get("/cases/" + maintenance).then().statusCode(200).body("source", equalTo("DEVICE"))
                .body("categoryName", equalTo("设备维护"));
        api.as(ops).post("/devices/silence-check").then().statusCode(200).body("wentOffline", not(hasItem((int) id)));
        api.as(ops).get("/devices/" + id).then().body("offlineCaseId", equalTo((int) maintenance));

        String secret = api.as(ops).post("/devices/" + id + "/secret").then().statusCode(200).extract()
                .path("secret");
        new Devices(api).send(new Devices.Device(id, (String) door.get("code"), secret), "HEARTBEAT").then()
                .statusCode(202);
        api.as(ops).get("/devices/" + id).then().body("state", equalTo("ACTIVE"))
                .body("offlineCaseId", nullValue());
        api.as(ops).get("/cases/" + maintenance).then().statusCode(200)
                .body("steps.text", hasItem(Matchers.containsString("设备恢复上报")));
    }

    /** A device may send sixty events a minute; past that it is told when to try again. */
    @Test
    void aDeviceOverItsRateIsToldToWait() {
        String ops = api.token("ops-a");
        Devices devices = new Devices(api);
        Devices.Device door = devices.register(ops, Api.unique("门磁"), "DOOR_SENSOR",
                devices.buildingsOf(ops, "幸福里社区").get(0));
        int accepted = 0;
        Response refused = null;
        for (int i = 0; i < 125 && refused == null; i++) {
            Response response = devices.send(door, "HEARTBEAT");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                response.then().statusCode(202);
                accepted++;
            }
        }
        assertThat(refused).as("refused within two minutes' budget").isNotNull();
        assertThat(accepted).isGreaterThanOrEqualTo(60);
        problem(refused, 429, "device_rate_exceeded").header("Retry-After", notNullValue());
        int wait = Integer.parseInt(refused.header("Retry-After"));
        assertThat(wait).isBetween(1, 60);
    }

    /** Operators tune the rules: an alert kind without a case category is only recorded. */
    @Test
    void rulesStartWithDefaultsAndOperatorsChangeThem() {
        String ops = api.token("ops-a");
        List<Map<String, Object>> rules = api.as(ops).get("/device-rules").then().statusCode(200).extract().path("");
        Map<String, Object> smoke = rules.stream().filter(r -> "SMOKE".equals(r.get("kind"))).findFirst()
                .orElseThrow();
        assertThat(smoke).containsEntry("dedupeMinutes", 10).containsEntry("correlationMinutes", 2);
        assertThat(smoke.get("categoryId")).isNotNull();
        api.as(ops).body(Map.of("dedupeMinutes", 15, "correlationMinutes", 0, "severity", "NORMAL"))
                .put("/device-rules/TAMPER").then().statusCode(200).body("categoryId", nullValue())
                .body("dedupeMinutes", equalTo(15));
        Devices devices = new Devices(api);
        Devices.Device camera = devices.register(ops, Api.unique("高空抛物摄像头"), "CAMERA_ANALYTICS",
                devices.buildingsOf(ops, "幸福里社区").get(1));
        devices.send(camera, "TAMPER").then().statusCode(202).body("routing", equalTo("RECORDED"))
                .body("caseId", nullValue());
        problem(api.as(ops).body(Map.of("dedupeMinutes", 15, "quietFrom", 60, "severity", "NORMAL"))
                .put("/device-rules/TAMPER"), 400, "validation_failed");
        problem(api.as(api.token("grid-a")).get("/device-rules"), 403, "forbidden");
    }

    /**
     * The no-activity rule is checked before it is kept, and its alerts reach only the elder's circle: resident-a
     * follows her mother's, a neighbour sees none, a supervisor gets a refusal.
     */
    @Test
    void theNoActivityRuleIsCheckedAndItsAlertsReachOnlyTheEldersCircle() {
        String ops = api.token("ops-a");
        problem(api.as(ops).body(Map.of("silenceMinutes", 240, "dayStart", 1300, "dayEnd", 400,
                "acknowledgeMinutes", 60)).put("/activity-concerns/rule"), 400, "validation_failed")
                .body("errors.code", hasItem("activity_daytime"));
        problem(api.as(ops).body(Map.of("silenceMinutes", 10, "dayStart", 420, "dayEnd", 1260,
                "acknowledgeMinutes", 60)).put("/activity-concerns/rule"), 400, "validation_failed")
                .body("errors.field", hasItem("silenceMinutes"));
        problem(api.as(ops).body(Map.of("silenceMinutes", 240, "dayStart", 420, "dayEnd", 1260,
                "acknowledgeMinutes", 60, "categoryId", 987654321)).put("/activity-concerns/rule"), 400,
                "validation_failed").body("errors.code", hasItem("case_category_not_found"));
        api.as(ops).get("/activity-concerns/rule").then().statusCode(200).body("silenceMinutes", equalTo(240))
                .body("dayStart", equalTo(420)).body("dayEnd", equalTo(1260));

        List<Map<String, Object>> family = api.as(api.token("resident-a")).get("/activity-concerns").then()
                .statusCode(200).extract().path("items");
        assertThat(family).as("her mother's two still days").hasSizeGreaterThanOrEqualTo(2)
                .extracting(c -> c.get("elderName")).containsOnly(family.get(0).get("elderName"));
        assertThat(family).anySatisfy(c -> assertThat(c.get("acknowledgeNote")).isEqualTo("已电话联系，妈妈说腿疼在家休息"))
                .anySatisfy(c -> assertThat(c.get("caseId")).isNotNull());
        List<Number> ids = family.stream().map(c -> (Number) c.get("id")).toList();
        assertThat(api.as(api.token("neighbour-a2")).get("/activity-concerns").then().statusCode(200).extract()
                .<List<Number>>path("items.id")).doesNotContainAnyElementsOf(ids);
        problem(api.as(api.token("neighbour-a2")).body(Map.of()).post("/activity-concerns/" + ids.get(0)
                + "/acknowledge"), 404, "activity_concern_not_found");
        problem(api.as(api.token("resident-a")).post("/activity-concerns/sweep"), 403, "forbidden");
        assertThat(api.as(api.token("supervisor")).get("/activity-concerns").statusCode()).as("no person's alert")
                .isIn(400, 403);
    }

    @Test
    void theSupervisorReadsItsDistrictsFiguresWithSmallCellsSuppressedAndItsLooksAreAuditedInEachTenant() {
        String supervisor = api.token("supervisor");
        long tenantA = api.as(api.token("ops-a")).get("/auth/me").then().extract().<Number>path("tenantId")
                .longValue();
        long tenantB = api.as(api.token("ops-b")).get("/auth/me").then().extract().<Number>path("tenantId")
                .longValue();
        api.as(supervisor).get("/oversight/jurisdiction").then().statusCode(200)
                .body("district.id", equalTo((int) tenantA))
                .body("district.title", equalTo("新华街道"))
                .body("tenants[0].id", equalTo((int) tenantA))
                .body("tenants.id", hasItem((int) tenantB));

        String overview = api.as(supervisor).get("/oversight/overview").then().statusCode(200)
                .body("tenantId", equalTo(null))
                .body("tables.section", hasItem("registry"))
                .body("tables.find { it.section == 'registry' }.rows.label",
                        Matchers.hasItems("新华街道", "绿苑物业"))
                .body("tables.find { it.section == 'cases' }.columns.measure", hasItem("onTime"))
                .extract().asString();
        String drillDown = api.as(supervisor).get("/oversight/tenants/" + tenantA).then().statusCode(200)
                .body("tenantId", equalTo((int) tenantA))
                .body("tables.find { it.section == 'registry' }.rows.size()", Matchers.greaterThan(0))
                .extract().asString();
        assertThat(overview + drillDown).as("small cells are shown as <5, never as their value")
                .contains("\"display\":\"<5\",\"suppressed\":true");
        assertThat(drillDown).doesNotContain("\"display\":\"<5\",\"suppressed\":false");
        api.as(supervisor).get("/oversight/tenants/" + tenantB + "?month=2026-01").then().statusCode(200)
                .body("month", equalTo("2026-01"));
        problem(api.as(supervisor).get("/oversight/overview?month=last-month"), 400, "validation_failed");

        byte[] workbook = api.as(supervisor).get("/oversight/tenants/" + tenantA + "/export?format=xlsx").then()
                .statusCode(200).extract().asByteArray();
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdf = api.as(supervisor).get("/oversight/overview/export?format=pdf").then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        api.as(api.token("ops-b")).get("/audit?action=oversight.&actor=supervisor&size=50").then().statusCode(200)
                .body("items.action", hasItem("oversight.view"))
                .body("items.action", hasItem("oversight.export"))
                .body("items.target", hasItem("dashboard:overview"))
                .body("items.target", hasItem("dashboard:tenant"));
        api.as(api.token("ops-a")).get("/audit?action=oversight.export&actor=supervisor&size=50").then()
                .statusCode(200).body("items.detail", hasItem(Matchers.containsString("format=xlsx")));
    }

    /**
     * Points, device alerts and revenue per module, as the demo of 新华街道 makes them this month: points issued
     * per community, the residents who earned them hidden while fewer than five; devices in service; revenue
     * hidden for every module, since no module of this world has five providers; the counts that guard money are
     * never a column; and neither the dashboards nor the workbook carry a person's data.
     */
    @Test
    void theSupervisorSeesPointsDeviceAlertsAndRevenuePerModuleButNoOnesOwnFigures() throws Exception {
        String supervisor = api.token("supervisor");
        long tenantA = api.as(api.token("ops-a")).get("/auth/me").then().extract().<Number>path("tenantId")
                .longValue();
        Response overview = api.as(supervisor).get("/oversight/overview").then().statusCode(200)
                .body("tables.section", Matchers.hasItems("points", "revenue", "devices"))
                .extract().response();
        Response drillDown = api.as(supervisor).get("/oversight/tenants/" + tenantA).then().statusCode(200)
                .body("tables.find { it.section == 'points' }.columns.measure",
                        Matchers.contains("issued", "redeemed", "earners"))
                .body("tables.find { it.section == 'devices' }.columns.measure", Matchers.contains(
                        "alerts", "truePositives", "falsePositives", "falsePositiveRate", "devices", "active",
                        "offline", "eldersAlerted", "eldersEscalated"))
                .body("tables.find { it.section == 'revenue' }.columns.measure",
                        Matchers.contains("revenue", "orders"))
                .extract().response();

        var drilled = drillDown.jsonPath();
        String points = "tables.find { it.section == 'points' }";
        assertThat(drilled.getList(points + ".rows.label", String.class)).as("a row per community")
                .contains("新华小区", "幸福里社区");
        assertThat(drilled.getLong(points + ".total.cells[0].value")).as("points issued this month").isPositive();
        List<Map<String, Object>> earners = drilled.getList(points + ".rows.collect { it.cells[2] }");
        assertThat(earners).as("residents who earned points: at least five, or hidden").allSatisfy(cell ->
                assertThat((Boolean) cell.get("suppressed") || ((Number) cell.get("value")).longValue() >= 5)
                        .isTrue());
        String devices = "tables.find { it.section == 'devices' }";
        assertThat(drilled.getLong(devices + ".total.cells[4].value")).as("devices in service").isPositive();
        assertThat(drilled.getList(devices + ".rows.collect { it.cells[3].display }", String.class))
                .as("false-positive rates")
                .allSatisfy(rate -> assertThat(rate).matches("\\d+\\.\\d%|—"));
        // The demo's elder had her still day yesterday, which may be last month.
        String yesterday = YearMonth.from(LocalDate.now(ChinaTime.ZONE)
                .minusDays(1)).toString();
        List<Map<String, Object>> eldersAlerted = api.as(supervisor).get("/oversight/tenants/" + tenantA + "?month="
                + yesterday).then().statusCode(200).extract().path(devices + ".rows.collect { it.cells[7] }");
        assertThat(eldersAlerted).as("the demo's elder alone, alerted for her still days, is one person: hidden")
                .anySatisfy(cell -> assertThat(cell.get("suppressed")).isEqualTo(true))
                .allSatisfy(cell -> assertThat((Boolean) cell.get("suppressed")
                        || ((Number) cell.get("value")).longValue() >= 5 || ((Number) cell.get("value")).longValue()
                        == 0).isTrue());
        String revenue = "tables.find { it.section == 'revenue' }";
        assertThat(drilled.getList(revenue + ".rows.collect { it.cells[0].display }", String.class))
                .as("the money of modules that fewer than five providers make up").isNotEmpty().containsOnly("*");
        assertThat(drilled.getLong(revenue + ".rows.collect { it.cells[1].value }.sum()")).as("orders paid")
                .isPositive();
        assertThat(overview.jsonPath().getString(revenue + ".rows[0].cells[0].display")).isEqualTo("*");
        assertThat(overview.asString() + drillDown.asString()).doesNotContain("\"providers\"", "\"payers\"");
        assertThat(personalFields(overview.jsonPath().get(""))).isEmpty();
        assertThat(personalFields(drilled.get(""))).isEmpty();

        byte[] workbook = api.as(supervisor).header("Accept-Language", "zh-CN")
                .get("/oversight/tenants/" + tenantA + "/export?format=xlsx").then().statusCode(200).extract()
                .asByteArray();
        List<String> texts = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
        }
        assertThat(texts).contains("社区积分", "设备告警", "营业额（按模块）", "发放积分", "误报率（已标注）");
    }

    @Test
    void theSupervisorGetsNothingOutsideItsJurisdictionAndAnUnattachedSupervisorSeesAnEmptyOne() {
        String admin = api.token("admin");
        String supervisor = api.token("supervisor");
        long otherDistrict = api.createTenant(admin, Api.unique("别的街道"), "DISTRICT");
        long otherCompany = api.createTenant(admin, Api.unique("别的物业"), "PROPERTY_COMPANY");
        api.as(admin).body(Map.of("districtId", otherDistrict)).put("/tenants/" + otherCompany + "/supervisor")
                .then().statusCode(200);

        problem(api.as(supervisor).get("/oversight/tenants/" + otherDistrict), 403, "oversight_outside_jurisdiction");
        problem(api.as(supervisor).get("/oversight/tenants/" + otherCompany), 403, "oversight_outside_jurisdiction");
        problem(api.as(supervisor).get("/oversight/tenants/" + otherCompany + "/export?format=pdf"), 403,
                "oversight_outside_jurisdiction");
        problem(api.as(supervisor).header("X-Linli-Tenant", otherDistrict).get("/oversight/overview"), 403,
                "tenant_forbidden");
        api.as(supervisor).get("/oversight/jurisdiction").then().statusCode(200)
                .body("tenants.id", not(hasItem((int) otherDistrict)))
                .body("tenants.id", not(hasItem((int) otherCompany)));

        long supervisorId = api.as(supervisor).get("/auth/me").then().extract().<Number>path("accountId")
                .longValue();
        problem(api.as(api.token("ops-a")).body(Map.of("districtId", otherDistrict))
                .put("/supervisors/" + supervisorId + "/jurisdiction"), 403, "forbidden");
        problem(api.as(admin).body(Map.of("districtId", otherCompany))
                .put("/supervisors/" + supervisorId + "/jurisdiction"), 409, "jurisdiction_not_district");
        long adminId = api.as(admin).get("/auth/me").then().extract().<Number>path("accountId").longValue();
        problem(api.as(admin).body(Map.of("districtId", otherDistrict))
                .put("/supervisors/" + adminId + "/jurisdiction"), 409, "jurisdiction_not_supervisor");
    }

    /**
     * The supervisor is read-only over the whole API: every operation of the OpenAPI document that is not a read
     * answers 403 before anything runs, and no read it may make returns a person's name, contact, ID or home.
     */
    @Test
    void theSupervisorCanChangeNothingAnywhereAndReadsNoPersonalFieldOverTheWholeOpenApi() {
        String supervisor = api.token("supervisor");
        long tenantA = api.as(api.token("ops-a")).get("/auth/me").then().extract().<Number>path("tenantId")
                .longValue();
        Map<String, Map<String, Object>> paths = RestAssured.get(api.root() + "/openapi?format=JSON").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<String> writes = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int reads = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            String template = path.getKey();
            assertThat(template).startsWith("/api/v1/");
            String concrete = template.substring("/api/v1".length())
                    .replaceAll("\\{id}", template.startsWith("/api/v1/oversight/") ? Long.toString(tenantA) : "1")
                    .replaceAll("\\{module}", "PARKING").replaceAll("\\{[^}]+}", "1");
            for (String method : path.getValue().keySet()) {
                String verb = method.toUpperCase(Locale.ROOT);
                if (List.of("PARAMETERS", "SUMMARY", "DESCRIPTION", "SERVERS").contains(verb)) {
                    continue;
                }
                if (verb.equals("GET")) {
                    Response response = api.as(supervisor).get(concrete);
                    String type = String.valueOf(response.getContentType());
                    if (response.statusCode() == 200 && type.startsWith("application/json")
                            && !concrete.equals("/auth/me")) {
                        reads++;
                        List<String> found = personalFields(response.jsonPath().get(""));
                        if (!found.isEmpty()) {
                            leaks.add("GET " + template + " " + found);
                        }
                    }
                    continue;
                }
                if (template.equals("/api/v1/auth/token")) {
                    continue; // signing in is anonymous by design; signing out ends only one's own session
                }
                var request = verb.equals("DELETE") ? api.as(supervisor) : api.as(supervisor).body("{}");
                int status = request.request(verb, concrete).statusCode();
                if (status != 403) {
                    writes.add(verb + " " + template + " -> " + status);
                }
            }
        }
        assertThat(writes).as("writes a supervisor was not refused").isEmpty();
        assertThat(leaks).as("reads that returned personal fields").isEmpty();
        assertThat(reads).as("reads the supervisor may make").isGreaterThanOrEqualTo(3);
        api.as(supervisor).get("/oversight/overview").then().statusCode(200);
    }

    /** Keys that would carry a person's data: names, contacts, ID numbers, addresses below building level. */
    private static final Set<String> PERSONAL = Set.of("name", "displayName", "username",
            "residentName", "reporterName", "realName", "mobile", "phone", "contactPhone", "idNumber", "email",
            "address", "serviceAddress", "room", "birthDate", "householdId", "residentId");

    private static List<String> personalFields(Object json) {
        List<String> found = new ArrayList<>();
        if (json instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (PERSONAL.contains(String.valueOf(key))) {
                    found.add(String.valueOf(key));
                }
                found.addAll(personalFields(value));
            });
        } else if (json instanceof List<?> list) {
            list.forEach(item -> found.addAll(personalFields(item)));
        }
        return found;
    }

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
