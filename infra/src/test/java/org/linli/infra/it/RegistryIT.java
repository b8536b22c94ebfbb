package org.linli.infra.it;

import io.restassured.response.Response;
import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.tenants.registry.residents.IdNumber;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.linli.infra.it.ApiIT.problem;

/**
 * The community registry through the API: structure, residents and their history, privacy by role with audited
 * reveals the resident can see, tenant tightening of the policy, grid-worker scope, and bulk import and export.
 * Each test works in a tenant of its own.
 */
class RegistryIT extends RealWarTest {

    Api api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new Api(base);
        admin = api.token("admin");
    }

    /** A fresh tenant with an operator; returns the operator's token. */
    private Tenant tenant() {
        long id = api.createTenant(admin, Api.unique("档案街道"), "DISTRICT");
        String operator = Api.unique("op");
        api.as(admin).header("X-Linli-Tenant", id).body(Map.of("username", operator, "displayName", "运营",
                "role", "TENANT_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users").then().statusCode(201);
        return new Tenant(id, api.token(operator));
    }

    record Tenant(long id, String operator) {
    }

    private long household(String token, String community, String building, String room) {
        long c = api.as(token).body(Map.of("name", community)).post("/communities").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long b = api.as(token).body(Map.of("name", building)).post("/communities/" + c + "/buildings").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long u = api.as(token).body(Map.of("name", "1单元")).post("/buildings/" + b + "/units").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        return api.as(token).body(Map.of("unitId", u, "room", room, "floorArea", 89.5)).post("/households").then()
                .statusCode(201).extract().<Number>path("id").longValue();
    }

    private long resident(String token, long household, String name, String mobile, String idNumber) {
        return api.as(token).body(Map.of("householdId", household, "name", name, "relation", "HEAD",
                        "mobile", mobile, "idNumber", idNumber, "tags", List.of("ELDERLY_ALONE")))
                .post("/residents").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    @Test
    void residentsAreKeptWithTheirHistoryAndNeverRegisteredTwice() {
        Tenant t = tenant();
        long home = household(t.operator(), "和平小区", "1栋", "101");
        String elder = IdNumber.of("320102", LocalDate.of(1948, 5, 2), 11);
        long id = resident(t.operator(), home, "赵大爷", "13900001111", elder);
        api.as(t.operator()).get("/residents/" + id).then().statusCode(200)
                .body("name", equalTo("赵大爷"))
                .body("birthDate", equalTo("1948-**-**"))
                .body("gender", equalTo("MALE"))
                .body("mobile", equalTo("139****1111"))
                .body("idNumber", equalTo("3201**********" + elder.substring(14)))
                .body("revealable", hasItem("idNumber"));

        problem(api.as(t.operator()).body(Map.of("householdId", home, "name", "冒名", "idNumber", elder))
                .post("/residents"), 400, "validation_failed").body("errors[0].code", equalTo("resident_duplicate"));
        problem(api.as(t.operator()).body(Map.of("householdId", home, "name", "错号", "idNumber",
                elder.substring(0, 17) + (elder.charAt(17) == '1' ? "2" : "1"))).post("/residents"), 400,
                "validation_failed").body("errors[0].code", equalTo("id_number_format"));

        long other = api.as(t.operator()).body(Map.of("unitId", api.as(t.operator()).get("/households/" + home)
                .then().extract().<Number>path("unitId"), "room", "102")).post("/households").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        api.as(t.operator()).body(Map.of("householdId", other)).post("/residents/" + id + "/move").then()
                .statusCode(200).body("householdId", equalTo((int) other));
        problem(api.as(t.operator()).post("/households/" + other + "/deactivate"), 409, "household_not_empty");
        api.as(t.operator()).post("/households/" + home + "/deactivate").then().statusCode(200)
                .body("status", equalTo("INACTIVE"));
        api.as(t.operator()).post("/residents/" + id + "/deactivate").then().statusCode(200)
                .body("status", equalTo("INACTIVE"));
        List<String> history = api.as(t.operator()).get("/residents/" + id + "/history").then().statusCode(200)
                .extract().path("items.kind");
        assertThat(history).containsExactly("RESIDENT_MOVED", "RESIDENT_DEACTIVATED");
    }

    @Test
    void vehiclesAreFoundByPlateWithoutExposingIt() {
        Tenant t = tenant();
        long home = household(t.operator(), "停车小区", "1栋", "101");
        long vehicle = api.as(t.operator()).body(Map.of("householdId", home, "plate", "苏a·12345"))
                .post("/vehicles").then().statusCode(201).body("plate", equalTo("苏A***45")).extract()
                .<Number>path("id").longValue();
        problem(api.as(t.operator()).body(Map.of("householdId", home, "plate", "苏A12345")).post("/vehicles"), 400,
                "validation_failed").body("errors[0].code", equalTo("vehicle_duplicate"));
        problem(api.as(t.operator()).body(Map.of("householdId", home, "plate", "ABC")).post("/vehicles"), 400,
                "validation_failed").body("errors[0].code", equalTo("plate_format"));
        api.as(t.operator()).get("/vehicles?plate=苏A 12345").then().statusCode(200)
                .body("items[0].id", equalTo((int) vehicle)).body("items[0].householdId", equalTo((int) home));
        api.as(t.operator()).post("/vehicles/" + vehicle + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        api.as(t.operator()).get("/vehicles?plate=苏A12345").then().body("items.size()", equalTo(0));
    }

    @Test
    void residentsRegisterWithAnInviteCodeAndAnOperatorVerifiesThem() {
        Tenant t = tenant();
        long home = household(t.operator(), "邀请小区", "1栋", "101");
        String code = api.as(t.operator()).post("/households/" + home + "/invites").then().statusCode(200)
                .extract().path("code");
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        String username = Api.unique("self");
        problem(api.anonymous().body(Map.of("inviteCode", "AAAAA-AAAAA", "username", username, "password",
                Api.DEMO_PASSWORD, "name", "吴女士")).post("/registrations"), 400, "validation_failed")
                .body("errors[0].code", equalTo("invite_invalid"));
        Number id = api.anonymous().body(Map.of("inviteCode", code.toLowerCase().replace("-", " "),
                        "username", username, "password", Api.DEMO_PASSWORD, "name", "吴女士",
                        "mobile", "13900007777", "relation", "SPOUSE"))
                .post("/registrations").then().statusCode(201).body("status", equalTo("PENDING"))
                .body("householdId", equalTo((int) home)).extract().path("id");
        String self = api.token(username);
        api.as(self).get("/me/resident").then().statusCode(200).body("status", equalTo("PENDING"))
                .body("name", equalTo("吴女士"));
        api.as(t.operator()).get("/residents?status=PENDING").then().body("items.id", hasItem(id));
        api.as(t.operator()).post("/residents/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        problem(api.as(t.operator()).post("/residents/" + id + "/verify"), 409, "invalid_transition");
        List<String> history = api.as(t.operator()).get("/residents/" + id + "/history").then().extract()
                .path("items.kind");
        assertThat(history).containsExactly("RESIDENT_VERIFIED");
        problem(api.anonymous().body(Map.of("inviteCode", code, "username", Api.unique("again"), "password",
                Api.DEMO_PASSWORD, "name", "再来一个")).post("/registrations"), 400, "validation_failed")
                .body("errors[0].code", equalTo("invite_invalid"));
        String fresh = api.as(t.operator()).post("/households/" + home + "/invites").then().statusCode(200)
                .extract().path("code");
        problem(api.anonymous().body(Map.of("inviteCode", fresh, "username", username, "password",
                Api.DEMO_PASSWORD, "name", "重复")).post("/registrations"), 409, "username_taken");
        api.anonymous().body(Map.of("inviteCode", fresh, "username", Api.unique("next"), "password",
                Api.DEMO_PASSWORD, "name", "新家人")).post("/registrations").then().statusCode(201);
    }

    @Test
    void aPendingResidentSeesTheirOwnStateButNothingOfTheHousehold() {
        String ops = api.token("ops-a");
        long home = api.as(ops).get("/households?size=1").then().statusCode(200).extract()
                .<Number>path("items[0].id").longValue();
        String code = api.as(ops).post("/households/" + home + "/invites").then().statusCode(200)
                .extract().path("code");
        String username = Api.unique("pending");
        api.anonymous().body(Map.of("inviteCode", code, "username", username, "password", Api.DEMO_PASSWORD,
                "name", "待核验")).post("/registrations").then().statusCode(201).body("status", equalTo("PENDING"));
        String pending = api.token(username);
        api.as(pending).get("/me/resident").then().statusCode(200).body("status", equalTo("PENDING"));
        problem(api.as(pending).get("/parcels/mine"), 409, "resident_pending");
        api.as(pending).get("/forms/mine").then().statusCode(200).body("size()", equalTo(0));
        api.as(pending).get("/offerings").then().statusCode(200);
    }

    @Test
    void noOneGivesARoleTheyDoNotHold() {
        Tenant t = tenant();
        problem(api.as(t.operator()).body(Map.of("username", Api.unique("fin"), "displayName", "财务",
                "role", "FINANCE", "password", Api.DEMO_PASSWORD)).post("/users"), 403, "forbidden");
        problem(api.as(t.operator()).body(Map.of("username", Api.unique("sup"), "displayName", "监管",
                "role", "SUPERVISOR", "password", Api.DEMO_PASSWORD)).post("/users"), 403, "forbidden");
        String workerName = Api.unique("grid");
        long worker = api.createUser(t.operator(), workerName, "GRID_WORKER");
        long colleague = api.createUser(t.operator(), Api.unique("op"), "TENANT_OPERATOR");
        String gridWorker = api.token(workerName);
        problem(api.as(gridWorker).body(Map.of("username", Api.unique("op"), "displayName", "运营",
                "role", "TENANT_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users"), 403, "forbidden");
        problem(api.as(gridWorker).body(Map.of("role", "TENANT_OPERATOR")).patch("/users/" + worker), 403,
                "forbidden");
        problem(api.as(t.operator()).body(Map.of("password", "a-new-secret-2026")).post("/users/" + colleague
                + "/password"), 403, "forbidden");
        api.as(t.operator()).body(Map.of("password", "a-new-secret-2026")).post("/users/" + worker + "/password")
                .then().statusCode(200);
        api.as(admin).header("X-Linli-Tenant", t.id()).body(Map.of("password", "a-new-secret-2026"))
                .post("/users/" + colleague + "/password").then().statusCode(200);
        api.as(admin).header("X-Linli-Tenant", t.id()).body(Map.of("username", Api.unique("fin"),
                "displayName", "财务", "role", "FINANCE", "password", Api.DEMO_PASSWORD)).post("/users").then()
                .statusCode(201);
    }

    @Test
    void smartFormsPrefillFromTheRegistryWriteConfirmedChangesBackAndCountCompletionPerGrid() {
        Tenant t = tenant();
        long home = household(t.operator(), "表单小区", "1栋", "101");
        long first = resident(t.operator(), home, "一号居民", "13900008881",
                IdNumber.of("320102", LocalDate.of(1945, 1, 1), 21));
        resident(t.operator(), home, "二号居民", "13900008882", IdNumber.of("320102", LocalDate.of(1946, 1, 1), 22));
        Number formId = api.as(t.operator()).body(Map.of("title", "独居老人走访", "audience", "GRID_WORKERS",
                        "tag", "ELDERLY_ALONE", "fields", List.of(
                                Map.of("label", "联系电话", "type", "REGISTRY", "binding", "MOBILE", "required", true),
                                Map.of("label", "身体状况", "type", "CHOICE", "options", List.of("良好", "一般", "较差"),
                                        "required", true),
                                Map.of("label", "家庭人口", "type", "NUMBER"))))
                .post("/forms").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        List<Number> fields = api.as(t.operator()).get("/forms/" + formId).then().extract().path("fields.id");
        problem(api.as(t.operator()).body(Map.of("residentId", first, "answers", Map.of()))
                .put("/forms/" + formId + "/answers"), 409, "form_not_open");
        api.as(t.operator()).post("/forms/" + formId + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        api.as(t.operator()).get("/forms/" + formId + "/prefill?resident=" + first).then().statusCode(200)
                .body(String.valueOf(fields.get(0)), equalTo("139****8881"));
        problem(api.as(t.operator()).body(Map.of("residentId", first, "answers",
                        Map.of(fields.get(0), "13700009999", fields.get(1), "很好")))
                .put("/forms/" + formId + "/answers"), 400, "validation_failed")
                .body("errors[0].code", equalTo("one_of"));
        api.as(t.operator()).body(Map.of("residentId", first, "confirmWriteBack", true, "answers",
                        Map.of(fields.get(0), "13700009999", fields.get(1), "一般", fields.get(2), "1")))
                .put("/forms/" + formId + "/answers").then().statusCode(200);
        api.as(t.operator()).get("/residents?q=13700009999").then().body("items[0].id", equalTo((int) first));

        api.as(t.operator()).get("/forms/" + formId + "/progress").then().statusCode(200)
                .body("[0].targets", equalTo(2)).body("[0].answered", equalTo(1));
        String csv = new String(api.as(t.operator()).get("/forms/" + formId + "/export").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("联系电话", "身体状况", "一般", "一号居民");
        api.as(t.operator()).post("/forms/" + formId + "/close").then().statusCode(200);
        problem(api.as(t.operator()).body(Map.of("residentId", first, "answers", Map.of(fields.get(1), "良好")))
                .put("/forms/" + formId + "/answers"), 409, "form_not_open");
    }

    @Test
    void residentsFillInTheirOwnFormsOnly() {
        Tenant t = tenant();
        long home = household(t.operator(), "自填小区", "1栋", "101");
        long mine = resident(t.operator(), home, "自填居民", "13900006661",
                IdNumber.of("320102", LocalDate.of(1950, 2, 2), 31));
        long other = resident(t.operator(), home, "他人", "13900006662",
                IdNumber.of("320102", LocalDate.of(1951, 2, 2), 32));
        String username = Api.unique("filler");
        long account = api.createUser(t.operator(), username, "RESIDENT");
        api.as(t.operator()).body(Map.of("userId", account)).post("/residents/" + mine + "/account").then()
                .statusCode(200);
        Number formId = api.as(t.operator()).body(Map.of("title", "满意度调查", "audience", "RESIDENTS", "fields",
                        List.of(Map.of("label", "满意度", "type", "CHOICE", "options", List.of("满意", "不满意"),
                                "required", true))))
                .post("/forms").then().statusCode(201).extract().path("id");
        api.as(t.operator()).post("/forms/" + formId + "/publish").then().statusCode(200);
        Number field = api.as(t.operator()).get("/forms/" + formId).then().extract().path("fields[0].id");

        String self = api.token(username);
        api.as(self).get("/forms/mine").then().statusCode(200).body("[0].id", equalTo(formId))
                .body("[0].answered", equalTo(false));
        problem(api.as(self).body(Map.of("residentId", other, "answers", Map.of(field, "满意")))
                .put("/forms/" + formId + "/answers"), 404, "resident_not_found");
        api.as(self).body(Map.of("residentId", mine, "answers", Map.of(field, "满意")))
                .put("/forms/" + formId + "/answers").then().statusCode(200);
        api.as(self).get("/forms/mine").then().body("[0].answered", equalTo(true));
        problem(api.as(self).get("/forms/" + formId + "/answers"), 403, "forbidden");
    }

    @Test
    void eachRoleSeesPersonalDataAsThePolicySaysAndSupervisorsNone() {
        Tenant t = tenant();
        long home = household(t.operator(), "和平小区", "1栋", "101");
        String elder = IdNumber.of("320102", LocalDate.of(1948, 5, 2), 12);
        long id = resident(t.operator(), home, "钱奶奶", "13900002222", elder);

        api.as(admin).header("X-Linli-Tenant", t.id()).get("/residents/" + id).then().statusCode(200)
                .body("name", equalTo("钱**"))
                .body("mobile", equalTo("139****2222"))
                .body("idNumber", equalTo(null))
                .body("revealable", equalTo(List.of()));
        problem(api.as(admin).header("X-Linli-Tenant", t.id()).body(Map.of("field", "mobile", "purpose", "抽查"))
                .post("/residents/" + id + "/reveal"), 403, "forbidden");
        // A supervisor may not even act in a tenant: figures reach them only through the oversight dashboards.
        problem(api.as(api.token("supervisor")).header("X-Linli-Tenant", t.id()).get("/residents"), 403,
                "tenant_forbidden");
        problem(api.as(api.token("provider-a")).get("/residents"), 403, "forbidden");
    }

    @Test
    void aRevealIsAuditedWithItsPurposeAndShownToTheResident() {
        Tenant t = tenant();
        long home = household(t.operator(), "和平小区", "1栋", "101");
        long id = resident(t.operator(), home, "孙阿姨", "13900003333",
                IdNumber.of("320102", LocalDate.of(1950, 8, 8), 13));
        String username = Api.unique("self");
        long account = api.createUser(t.operator(), username, "RESIDENT");
        api.as(t.operator()).body(Map.of("userId", account)).post("/residents/" + id + "/account").then()
                .statusCode(200);

        problem(api.as(t.operator()).body(Map.of("field", "mobile", "purpose", "x")).post("/residents/" + id
                + "/reveal"), 400, "validation_failed");
        api.as(t.operator()).body(Map.of("field", "mobile", "purpose", "独居老人电话回访"))
                .post("/residents/" + id + "/reveal").then().statusCode(200).body("value", equalTo("13900003333"));

        List<Map<String, Object>> audit = api.as(t.operator()).get("/audit?action=resident.reveal").then()
                .extract().path("items");
        assertThat(audit).anySatisfy(entry -> assertThat(entry).containsEntry("target", "resident:" + id)
                .containsEntry("detail", "独居老人电话回访").containsEntry("outcome", "SUCCESS"));
        String self = api.token(username);
        api.as(self).get("/me/data-accesses").then().statusCode(200)
                .body("items[0].field", equalTo("mobile"))
                .body("items[0].purpose", equalTo("独居老人电话回访"));
        api.as(self).get("/me/resident").then().statusCode(200).body("name", equalTo("孙阿姨"))
                .body("mobile", equalTo("139****3333"));
    }

    @Test
    void tenantsMayTightenThePolicyButNeverLoosenIt() {
        Tenant t = tenant();
        long home = household(t.operator(), "和平小区", "1栋", "101");
        long id = resident(t.operator(), home, "周先生", "13900004444",
                IdNumber.of("320102", LocalDate.of(1960, 1, 1), 14));
        api.as(t.operator()).body(Map.of("role", "TENANT_OPERATOR", "level", "SECRET", "visibility", "HIDDEN"))
                .put("/privacy/policy").then().statusCode(200).body("effective", equalTo("HIDDEN"));
        api.as(t.operator()).get("/residents/" + id).then().body("idNumber", equalTo(null))
                .body("mobile", equalTo("139****4444"));
        problem(api.as(t.operator()).body(Map.of("field", "idNumber", "purpose", "核对身份"))
                .post("/residents/" + id + "/reveal"), 403, "reveal_not_allowed");
        problem(api.as(t.operator()).body(Map.of("role", "PROVIDER_STAFF", "level", "SECRET", "visibility", "FULL"))
                .put("/privacy/policy"), 400, "validation_failed")
                .body("errors[0].code", equalTo("privacy_loosening"));
        api.as(t.operator()).body(Map.of("role", "TENANT_OPERATOR", "level", "SECRET", "visibility", "FULL"))
                .put("/privacy/policy").then().statusCode(200);
        api.as(t.operator()).get("/residents/" + id).then().body("idNumber", Matchers.notNullValue());
    }

    @Test
    void aGridWorkerSeesOnlyTheirGridsHouseholdsAndResidents() {
        Tenant t = tenant();
        long inGrid = household(t.operator(), "东区", "1栋", "101");
        long outside = household(t.operator(), "西区", "9栋", "901");
        long mine = resident(t.operator(), inGrid, "东区居民", "13900005555",
                IdNumber.of("320102", LocalDate.of(1970, 1, 1), 15));
        long theirs = resident(t.operator(), outside, "西区居民", "13900006666",
                IdNumber.of("320102", LocalDate.of(1971, 1, 1), 16));
        long east = api.as(t.operator()).body(Map.of("name", "东区网格")).post("/grids").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long building = api.as(t.operator()).get("/households/" + inGrid).then().extract().<Number>path("buildingId")
                .longValue();
        api.as(t.operator()).body(Map.of("ids", List.of(building))).put("/grids/" + east + "/buildings").then()
                .statusCode(200);
        String workerName = Api.unique("grid");
        long worker = api.createUser(t.operator(), workerName, "GRID_WORKER");
        long operator = api.createUser(t.operator(), Api.unique("op"), "TENANT_OPERATOR");
        String gridWorker = api.token(workerName);
        api.as(gridWorker).get("/residents?size=200").then().statusCode(200).body("items.size()", equalTo(0));
        problem(api.as(t.operator()).body(Map.of("ids", List.of(operator))).put("/grids/" + east + "/workers"),
                400, "validation_failed").body("errors[0].code", equalTo("grid_worker_role"));
        api.as(t.operator()).body(Map.of("ids", List.of(worker))).put("/grids/" + east + "/workers").then()
                .statusCode(200);

        List<Number> seen = api.as(gridWorker).get("/residents?size=200").then().statusCode(200).extract()
                .path("items.id");
        assertThat(seen).extracting(Number::longValue).containsExactly(mine);
        problem(api.as(gridWorker).get("/residents/" + theirs), 404, "resident_not_found");
        problem(api.as(gridWorker).get("/households/" + outside), 404, "household_not_found");
        problem(api.as(gridWorker).body(Map.of("name", "改名")).patch("/residents/" + theirs), 404,
                "resident_not_found");
        problem(api.as(gridWorker).body(Map.of("field", "mobile", "purpose", "上门走访核实")).post("/residents/"
                + theirs + "/reveal"), 404, "resident_not_found");
        api.as(gridWorker).body(Map.of("field", "mobile", "purpose", "上门走访核实")).post("/residents/" + mine
                + "/reveal").then().statusCode(200).body("value", equalTo("13900005555"));
        problem(api.as(gridWorker).body(Map.of("ids", List.of())).put("/grids/" + east + "/buildings"), 403,
                "forbidden");
        problem(api.as(gridWorker).contentType("text/csv").body(ResidentLists.HEADER + "\n")
                .post("/residents/imports?dryRun=true"), 403, "forbidden");
        problem(api.as(gridWorker).body(Map.of("name", "新小区")).post("/communities"), 403, "forbidden");
        problem(api.as(gridWorker).get("/users"), 403, "forbidden");
        problem(api.as(gridWorker).get("/providers"), 403, "forbidden");
        problem(api.as(gridWorker).get("/audit"), 403, "forbidden");
        problem(api.as(gridWorker).get("/privacy/policy"), 403, "forbidden");
        List<Number> all = api.as(t.operator()).get("/residents?size=200").then().extract().path("items.id");
        assertThat(all).extracting(Number::longValue).containsExactlyInAnyOrder(mine, theirs);
        api.as(t.operator()).get("/grids").then().body("[0].households", equalTo(1));
    }

    @Test
    void tenThousandRowsImportInChunksAndASecondImportFindsOnlyDuplicates() {
        Tenant t = tenant();
        byte[] file = ResidentLists.bytes(ResidentLists.rows(10_000, 42, "万人小区", "320105"));
        long started = System.nanoTime();
        api.as(t.operator()).contentType("text/csv").body(file).post("/residents/imports?dryRun=true").then()
                .statusCode(200).body("valid", equalTo(10_000)).body("applied", equalTo(false));
        long checked = System.nanoTime();
        api.as(t.operator()).contentType("text/csv").body(file).post("/residents/imports?dryRun=false").then()
                .statusCode(200).body("imported", equalTo(10_000)).body("applied", equalTo(true));
        long imported = System.nanoTime();
        System.out.printf("10k-row import: dry run %d ms, commit %d ms (client-measured, %s)%n",
                (checked - started) / 1_000_000, (imported - checked) / 1_000_000,
                System.getenv().getOrDefault("LINLI_DB_URL", "H2"));
        api.as(t.operator()).get("/residents?size=1").then().body("total", equalTo(10_000));
        api.as(t.operator()).contentType("text/csv").body(file).post("/residents/imports?dryRun=true").then()
                .body("valid", equalTo(0)).body("duplicates", equalTo(10_000))
                .body("problems[0].code", equalTo("already_registered"));
    }

    @Test
    void aFileWithErrorsIsReportedRowByRowAndAllOrNothingMeansNothing() {
        Tenant t = tenant();
        String file = ResidentLists.HEADER + "\n"
                + ResidentLists.row("春风小区", "1栋", "1单元", "101", "好人一", "13700000001",
                IdNumber.of("320102", LocalDate.of(1960, 1, 1), 1), "")
                + ResidentLists.row("春风小区", "1栋", "1单元", "101", "", "12345", "", "")
                + ResidentLists.row("春风小区", "1栋", "1单元", "102", "好人二", "13700000001", "", "");
        Response report = api.as(t.operator()).header("Accept-Language", "en").contentType("text/csv")
                .body(file).post("/residents/imports?dryRun=false&mode=ALL_OR_NOTHING");
        report.then().statusCode(200).body("applied", equalTo(false)).body("valid", equalTo(1))
                .body("invalid", equalTo(2)).body("duplicates", equalTo(1));
        List<Map<String, Object>> problems = report.then().extract().path("problems");
        assertThat(problems).extracting(p -> p.get("row"), p -> p.get("column"), p -> p.get("code"))
                .contains(Tuple.tuple(3, "name", "required"),
                        Tuple.tuple(3, "mobile", "mobile_format"),
                        Tuple.tuple(4, "mobile", "duplicate_in_file"));
        assertThat(problems).anySatisfy(p -> assertThat(p.get("message")).isEqualTo("Same as row 2"));
        api.as(t.operator()).get("/residents").then().body("total", equalTo(0));
        api.as(t.operator()).contentType("text/csv").body(file).post("/residents/imports?dryRun=false&mode=VALID_ROWS")
                .then().statusCode(200).body("imported", equalTo(1));
        api.as(t.operator()).get("/residents").then().body("total", equalTo(1));
    }

    @Test
    void exportsShowExactlyWhatTheListShowsUnderEachPolicy() {
        Tenant t = tenant();
        api.as(t.operator()).contentType("text/csv").body(ResidentLists.bytes(ResidentLists.rows(30, 7,
                "导出小区", "320106"))).post("/residents/imports?dryRun=false").then().body("imported", equalTo(30));
        assertExportMatchesList(t, "default policy", false);
        api.as(t.operator()).body(Map.of("role", "TENANT_OPERATOR", "level", "INTERNAL", "visibility", "MASKED"))
                .put("/privacy/policy").then().statusCode(200);
        api.as(t.operator()).body(Map.of("role", "TENANT_OPERATOR", "level", "SECRET", "visibility", "HIDDEN"))
                .put("/privacy/policy").then().statusCode(200);
        assertExportMatchesList(t, "tightened policy", true);
        problem(api.as(admin).header("X-Linli-Tenant", t.id()).get("/residents/export?format=csv"), 403,
                "forbidden");
    }

    private void assertExportMatchesList(Tenant t, String policy, boolean tightened) {
        List<Map<String, Object>> listed = api.as(t.operator()).get("/residents?size=200").then().statusCode(200)
                .extract().path("items");
        String csv = new String(api.as(t.operator()).get("/residents/export?format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
            rows.add(line.split(",", -1));
        }
        assertThat(rows).hasSize(31);
        for (int i = 0; i < listed.size(); i++) {
            Map<String, Object> item = listed.get(i);
            String[] row = rows.get(i + 1);
            assertThat(row[4]).as(policy + " name").isEqualTo(text(item.get("name")));
            assertThat(row[5]).as(policy + " mobile").isEqualTo(text(item.get("mobile"))).contains("****");
            assertThat(row[6]).as(policy + " id").isEqualTo(text(item.get("idNumber")));
            if (tightened) {
                assertThat(row[4]).as(policy + " masked name").endsWith("*");
                assertThat(row[6]).as(policy + " hidden id").isEmpty();
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Owners decide a proposal (议事) under art. 278: homes with floor areas and owners with shares, a resident's
     * draft co-signed by households into discussion, a reported comment hidden, a per-home vote where twelve
     * simultaneous ballots from the two owners of one home count once, a receipt that verifies, the close, the
     * tally (secret until the close, public once published) and its PDF.
     */
    @Test
    void ownersDecideAProposalFromDraftToPublishedTally() throws Exception {
        Tenant t = tenant();
        String op = t.operator();
        long community = api.as(op).body(Map.of("name", "议事小区")).post("/communities").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long building = api.as(op).body(Map.of("name", "1栋")).post("/communities/" + community + "/buildings")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long unit = api.as(op).body(Map.of("name", "1单元")).post("/buildings/" + building + "/units").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long[] homes = new long[4];
        double[] areas = {100, 80, 60, 40};
        for (int i = 0; i < homes.length; i++) {
            homes[i] = api.as(op).body(Map.of("unitId", unit, "room", "10" + (i + 1), "floorArea", areas[i]))
                    .post("/households").then().statusCode(201).extract().<Number>path("id").longValue();
        }
        String[] names = {"h1-a", "h1-b", "h2", "h3", "h4"};
        int[] homeOf = {0, 0, 1, 2, 3};
        Map<String, String> tokens = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            long resident = api.as(op).body(Map.of("householdId", homes[homeOf[i]], "name", "居民" + names[i],
                    "relation", "HEAD")).post("/residents").then().statusCode(201).extract().<Number>path("id")
                    .longValue();
            String username = Api.unique(names[i]);
            long user = api.createUser(op, username, "RESIDENT");
            api.as(op).body(Map.of("userId", user)).post("/residents/" + resident + "/account").then()
                    .statusCode(200);
            tokens.put(names[i], api.token(username));
            ids.put(names[i], resident);
        }
        // Owners: h1 shared 50/50, h2 and h4 whole; h3's resident is a tenant (no owner).
        owner(op, homes[0], ids.get("h1-a"), 5000);
        owner(op, homes[0], ids.get("h1-b"), 5000);
        owner(op, homes[1], ids.get("h2"), 10000);
        owner(op, homes[3], ids.get("h4"), 10000);
        problem(api.as(op).body(Map.of("shareBasisPoints", 6000))
                .put("/households/" + homes[0] + "/owners/" + ids.get("h1-b")), 409, "ownership_share_exceeded");
        api.as(op).get("/households/" + homes[0] + "/owners").then().statusCode(200)
                .body("shareBasisPoints", equalTo(List.of(5000, 5000)));
        // A list imported later counts with the owners already recorded: home 101 is fully owned, 103 not at all.
        String owners = "community,building,unit,room,name,relation,owner,ownership_share\n"
                + "议事小区,1栋,1单元,101,新业主甲,其他,是,10%\n"
                + "议事小区,1栋,1单元,103,新业主乙,户主,是,60%\n"
                + "议事小区,1栋,1单元,103,新业主丙,配偶,是,50%\n";
        Response imported = api.as(op).contentType("text/csv").body(ResidentLists.bytes(owners))
                .post("/residents/imports?dryRun=true&mode=VALID_ROWS");
        imported.then().statusCode(200).body("valid", equalTo(1)).body("invalid", equalTo(2));
        assertThat(imported.then().extract().<List<Map<String, Object>>>path("problems"))
                .extracting(p -> p.get("row"), p -> p.get("code"))
                .containsExactly(Tuple.tuple(2, "ownership_share_exceeded"),
                        Tuple.tuple(4, "ownership_share_exceeded"));
        api.as(op).body(Map.of("coSignaturesNeeded", 2)).put("/proposals/settings").then().statusCode(200);

        Instant now = Instant.now();
        Map<String, Object> draft = new HashMap<>(Map.of("communityId", community,
                "title", "使用维修资金修缮屋面防水", "body", "顶层渗漏，拟动用维修资金约 12 万元。",
                "kind", "OWNERS_DECISION", "counting", "PER_HOME", "matter", "ORDINARY",
                "votingFrom", now.plusSeconds(3600).toString(), "votingUntil", now.plusSeconds(7200).toString()));
        long proposal = api.as(tokens.get("h2")).body(draft).post("/proposals").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("options", equalTo(List.of("FOR", "AGAINST", "ABSTAIN")))
                .extract().<Number>path("id").longValue();
        String path = "/proposals/" + proposal;
        problem(api.as(tokens.get("h2")).post(path + "/co-signatures"), 409, "proposal_own_household");
        api.as(tokens.get("h3")).post(path + "/co-signatures").then().statusCode(200)
                .body("phase", equalTo("DRAFT")).body("coSignatures", equalTo(1))
                .body("signedByMyHousehold", equalTo(true));
        problem(api.as(tokens.get("h3")).post(path + "/co-signatures"), 409, "already_co_signed");
        api.as(tokens.get("h4")).post(path + "/co-signatures").then().statusCode(200)
                .body("phase", equalTo("DISCUSSION"));
        // Opening fixed the electorate: homes 1, 2 and 4 with an owner, 220 m².
        Map<String, Object> opened = api.as(op).get(path).then().statusCode(200).body("electorateVoters", equalTo(3))
                .body("electorateFixedAt", Matchers.notNullValue()).extract().path("");
        assertThat(((Number) opened.get("electorateArea")).doubleValue()).isEqualTo(220.0);

        long comment = api.as(tokens.get("h3")).body(Map.of("body", "先查清渗漏原因再动用资金")).post(path + "/comments")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long rude = api.as(tokens.get("h3")).body(Map.of("body", "物业都是骗子")).post(path + "/comments").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        api.as(tokens.get("h4")).body(Map.of("reason", "人身攻击")).post("/proposals/comments/" + rude + "/reports")
                .then().statusCode(200).body("reports", equalTo(1));
        api.as(op).get("/proposals/comments/reported").then().statusCode(200).body("items.id", hasItem((int) rude));
        api.as(op).body(Map.of("note", "违反议事规则")).post("/proposals/comments/" + rude + "/hide").then()
                .statusCode(200).body("status", equalTo("HIDDEN"));
        List<Integer> seen = api.as(tokens.get("h2")).get(path + "/comments").then().statusCode(200).extract()
                .path("items.id");
        assertThat(seen).containsExactly((int) comment);
        problem(api.as(tokens.get("h1-a")).body(Map.of("choice", 0)).post(path + "/votes"), 409,
                "proposal_not_voting");

        Instant until = Instant.now().plusSeconds(15);
        api.as(op).body(Map.of("votingFrom", Instant.now().minusSeconds(1).toString(),
                "votingUntil", until.toString())).put(path + "/schedule").then().statusCode(200)
                .body("phase", equalTo("VOTING"));
        // The two owners of home 1 press "vote" six times each at the same moment: one ballot counts.
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Response>> racing = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String voter = tokens.get(i % 2 == 0 ? "h1-a" : "h1-b");
            racing.add(pool.submit(() -> api.as(voter).body(Map.of("choice", 0)).post(path + "/votes")));
        }
        List<Integer> statuses = new ArrayList<>();
        String receipt = null;
        for (Future<Response> result : racing) {
            Response response = result.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 201) {
                receipt = response.path("receipt");
            } else {
                assertThat(response.<String>path("code")).isEqualTo("already_voted");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        api.as(tokens.get("h2")).body(Map.of("choice", 0)).post(path + "/votes").then().statusCode(201);
        api.as(tokens.get("h4")).body(Map.of("choice", 1)).post(path + "/votes").then().statusCode(201);
        problem(api.as(tokens.get("h3")).body(Map.of("choice", 0)).post(path + "/votes"), 403, "not_an_owner");
        problem(api.as(tokens.get("h4")).body(Map.of("choice", 0)).post(path + "/votes"), 409, "already_voted");
        // Home 3 gets an owner during the vote: the thresholds still count against the electorate fixed at opening.
        owner(op, homes[2], ids.get("h3"), 10000);

        // Until the close the operator sees how many voted, not how.
        api.as(op).get(path + "/tally").then().statusCode(200).body("complete", equalTo(false))
                .body("ballotsCast", equalTo(3)).body("options", equalTo(List.of()));
        api.as(tokens.get("h4")).get("/proposals/receipts/" + receipt.toLowerCase()).then().statusCode(200)
                .body("proposalId", equalTo((int) proposal)).body("option", equalTo("FOR"))
                .body("counted", equalTo(false));
        problem(api.as(op).post(path + "/close"), 409, "invalid_transition");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis() + 500));
        Response closing = api.as(op).post(path + "/close");
        if (closing.statusCode() != 200) {
            // The five-minute sweep was quicker: it closes ended votes just the same.
            assertThat(closing.<String>path("code")).isEqualTo("invalid_transition");
        }
        api.as(op).get(path).then().statusCode(200).body("status", equalTo("CLOSED"));
        api.as(tokens.get("h2")).get(path + "/tally").then().statusCode(200).body("complete", equalTo(false));
        api.as(op).post(path + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        // Homes 1, 2 and 4 own 220 m² and all took part; 180 m² and two homes of three were for.
        api.as(tokens.get("h2")).get(path + "/tally").then().statusCode(200).body("complete", equalTo(true))
                .body("eligibleVoters", equalTo(3)).body("participatingVoters", equalTo(3))
                .body("forVoters", equalTo(2)).body("quorate", equalTo(true)).body("approved", equalTo(true))
                .body("result", equalTo("PASSED")).body("options.ballots", equalTo(List.of(2, 1, 0)));
        Map<String, Object> tally = api.as(tokens.get("h2")).get(path + "/tally").then().extract().path("");
        assertThat(((Number) tally.get("eligibleArea")).doubleValue()).isEqualTo(220.0);
        assertThat(((Number) tally.get("participatingArea")).doubleValue()).isEqualTo(220.0);
        assertThat(((Number) tally.get("forArea")).doubleValue()).isEqualTo(180.0);
        api.as(tokens.get("h3")).get("/proposals/receipts/" + receipt).then().statusCode(200)
                .body("counted", equalTo(true));
        byte[] pdf = api.as(tokens.get("h2")).get(path + "/tally.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void owner(String token, long household, long resident, int share) {
        api.as(token).body(Map.of("shareBasisPoints", share)).put("/households/" + household + "/owners/" + resident)
                .then().statusCode(200);
    }

    /** A verified resident's case: routed to the grid of their home, worked by a provider, rated. */
    @Test
    void aCaseGoesFromReportThroughItsGridAndAProviderToTheResidentsRating() {
        Market m = Market.open(api, admin);
        long homeBuilding = api.as(m.operator).get("/households/" + m.home).then().statusCode(200).extract()
                .<Number>path("buildingId").longValue();
        long otherBuilding = api.as(m.operator).body(Map.of("name", "2栋")).post("/communities/" + m.community
                + "/buildings").then().statusCode(201).extract().<Number>path("id").longValue();
        long east = api.as(m.operator).body(Map.of("name", "东区网格")).post("/grids").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long west = api.as(m.operator).body(Map.of("name", "西区网格")).post("/grids").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        api.as(m.operator).body(Map.of("ids", List.of(homeBuilding))).put("/grids/" + east + "/buildings").then()
                .statusCode(200);
        api.as(m.operator).body(Map.of("ids", List.of(otherBuilding))).put("/grids/" + west + "/buildings").then()
                .statusCode(200);
        String eastName = Api.unique("grid");
        String westName = Api.unique("grid");
        long eastWorker = api.createUser(m.operator, eastName, "GRID_WORKER");
        long westWorker = api.createUser(m.operator, westName, "GRID_WORKER");
        api.as(m.operator).body(Map.of("ids", List.of(eastWorker))).put("/grids/" + east + "/workers").then()
                .statusCode(200);
        api.as(m.operator).body(Map.of("ids", List.of(westWorker))).put("/grids/" + west + "/workers").then()
                .statusCode(200);
        String eastToken = api.token(eastName);
        String westToken = api.token(westName);

        List<Map<String, Object>> categories = api.as(m.resident).get("/cases/setup/categories").then()
                .statusCode(200).extract().path("");
        Number lighting = categories.stream().filter(c -> "公共照明".equals(c.get("name"))).findFirst()
                .map(c -> (Number) c.get("id")).orElseThrow();
        problem(api.as(m.resident).body(Map.of("categoryId", lighting, "description", "路灯", "placeKind",
                "COMMON_AREA", "communityId", m.community, "placeName", "东门", "source", "DEVICE"))
                .post("/cases"), 403, "case_device_forbidden");
        Response reported = api.as(m.resident).body(Map.of("categoryId", lighting, "description",
                "楼道灯不亮，晚上看不见台阶", "placeKind", "HOUSEHOLD")).post("/cases");
        reported.then().statusCode(201).body("state", equalTo("REPORTED")).body("source", equalTo("RESIDENT"))
                .body("channel", equalTo("APP")).body("gridId", equalTo((int) east))
                .body("steps[0].kind", equalTo("REPORTED"));
        long id = reported.then().extract().<Number>path("id").longValue();
        api.as(m.resident).contentType("image/png").body(TestFiles.png(4096)).post("/cases/mine/" + id
                + "/photos").then().statusCode(201).body("steps[0].photos.size()", equalTo(1));

        problem(api.as(westToken).get("/cases/" + id), 404, "case_not_found");
        problem(api.as(westToken).post("/cases/" + id + "/accept"), 404, "case_not_found");
        api.as(westToken).get("/cases?size=200").then().statusCode(200).body("total", equalTo(0));
        api.as(eastToken).get("/cases?state=REPORTED").then().statusCode(200).body("items.id", hasItem((int) id));

        api.as(eastToken).post("/cases/" + id + "/accept").then().statusCode(200).body("state", equalTo("ACCEPTED"));
        problem(api.as(eastToken).post("/cases/" + id + "/accept"), 409, "invalid_transition");
        problem(api.as(eastToken).body(Map.of("text", "好了")).post("/cases/" + id + "/resolve"), 409,
                "invalid_transition");
        api.as(eastToken).body(Map.of("kind", "PROVIDER", "providerId", m.provider, "terms", "FREE",
                        "note", "公益维修")).post("/cases/" + id + "/assign").then().statusCode(200)
                .body("state", equalTo("ASSIGNED")).body("assignee.kind", equalTo("PROVIDER"))
                .body("assignee.terms", equalTo("FREE"));

        api.as(m.staff).get("/cases/provider").then().statusCode(200).body("items.id", hasItem((int) id));
        api.as(m.staff).body(Map.of("text", "已到现场，正在检修", "internal", false))
                .post("/cases/provider/" + id + "/steps").then().statusCode(201).body("state", equalTo("IN_PROGRESS"));
        api.as(m.staff).body(Map.of("text", "镇流器老化，需更换", "internal", true))
                .post("/cases/provider/" + id + "/steps").then().statusCode(201);
        api.as(m.staff).body(Map.of("text", "已更换灯管")).post("/cases/provider/" + id + "/resolve").then()
                .statusCode(200).body("state", equalTo("RESOLVED"));

        String seen = api.as(m.resident).get("/cases/mine/" + id).then().statusCode(200)
                .body("state", equalTo("RESOLVED")).body("result", equalTo("已更换灯管"))
                .extract().asString();
        assertThat(seen).contains("已到现场，正在检修").doesNotContain("镇流器");
        api.as(eastToken).get("/cases/" + id).then().statusCode(200).body("steps.text", hasItem("镇流器老化，需更换"));
        api.as(m.resident).body(Map.of("stars", 5, "comment", "修得很快")).post("/cases/mine/" + id + "/rating")
                .then().statusCode(200).body("state", equalTo("CLOSED")).body("rating", equalTo(5));
        problem(api.as(m.resident).body(Map.of("stars", 4)).post("/cases/mine/" + id + "/rating"), 409,
                "invalid_transition");

        long residentId = api.as(m.operator).get("/residents?size=200").then().statusCode(200).extract()
                .<Number>path("items[0].id").longValue();
        long byPhone = api.as(m.operator).body(Map.of("categoryId", lighting, "description", "来电：2栋门口路灯闪烁",
                        "placeKind", "BUILDING", "buildingId", otherBuilding, "residentId", residentId,
                        "channel", "PHONE")).post("/cases").then().statusCode(201)
                .body("source", equalTo("STAFF")).body("channel", equalTo("PHONE"))
                .body("gridId", equalTo((int) west)).extract().<Number>path("id").longValue();
        api.as(westToken).get("/cases/" + byPhone).then().statusCode(200);

        problem(api.as(m.resident).body(Map.of("categoryId", lighting, "description", "代报", "placeKind",
                "HOUSEHOLD", "residentId", residentId, "channel", "PHONE")).post("/cases"), 403,
                "case_on_behalf_forbidden");

        String from = Instant.now().minus(Duration.ofDays(1)).toString();
        String to = Instant.now().plus(Duration.ofDays(1)).toString();
        List<Map<String, Object>> byGrid = api.as(m.operator).get("/cases/setup/statistics?by=GRID&from=" + from
                + "&to=" + to).then().statusCode(200).extract().path("");
        assertThat(byGrid).anySatisfy(row -> {
            assertThat(row.get("label")).isEqualTo("东区网格");
            assertThat(((Number) row.get("volume")).longValue()).isEqualTo(1);
            assertThat(((Number) row.get("satisfaction")).doubleValue()).isEqualTo(5.0);
        });
        assertThat(api.as(m.operator).get("/cases/setup/statistics.csv?by=GRID&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().asString()).contains("东区网格").contains("西区网格");
        problem(api.as(eastToken).get("/cases/setup/statistics?from=" + from + "&to=" + to), 403, "forbidden");

        // The grids are reorganised: building 2 joins the east grid, and its open case goes along to east's worker.
        api.as(m.operator).body(Map.of("ids", List.of(otherBuilding))).put("/grids/" + east + "/buildings").then()
                .statusCode(200);
        api.as(eastToken).get("/cases/" + byPhone).then().statusCode(200).body("gridId", equalTo((int) east))
                .body("steps.kind", hasItem("REROUTED")).body("steps.text", hasItem("东区网格"));
        problem(api.as(westToken).get("/cases/" + byPhone), 404, "case_not_found");
        assertThat(api.as(m.operator).get("/audit?action=case.reroute&size=200").then().statusCode(200).extract()
                .<List<String>>path("items.outcome")).containsOnly("SUCCESS").isNotEmpty();
        // The rated case stays with the grid that handled it when its building moves on: past figures hold.
        api.as(m.operator).body(Map.of("ids", List.of(homeBuilding))).put("/grids/" + west + "/buildings").then()
                .statusCode(200);
        api.as(m.operator).get("/cases/" + id).then().statusCode(200).body("gridId", equalTo((int) east));
    }
}
