package org.linli.infra.it;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.linli.infra.it.ApiIT.problem;

/**
 * Tenant A's operator tries every way the API offers to reach tenant B's users: read, list, update, delete, the
 * state changes, the bulk paths and naming tenant B in the header. Each attempt must fail exactly like an unknown id
 * (or with 403 for the header), and tenant B's data must be unchanged afterwards. Then both tenants hammer the API
 * from eight threads each, interleaved, and no response may ever contain the other tenant's rows.
 */
class IsolationIT extends RealWarTest {

    Api api;
    String opsA;
    String opsB;
    long tenantA;
    long tenantB;

    @BeforeEach
    void signIn() {
        api = new Api(base);
        opsA = api.token("ops-a");
        opsB = api.token("ops-b");
        tenantA = api.as(opsA).get("/auth/me").then().extract().<Number>path("tenantId").longValue();
        tenantB = api.as(opsB).get("/auth/me").then().extract().<Number>path("tenantId").longValue();
    }

    @Test
    void anotherTenantsUserIsNotFoundWhateverTheAttempt() {
        long victim = api.createUser(opsB, Api.unique("b-user"), "RESIDENT");
        Map<String, Object> before = api.as(opsB).get("/users/" + victim).then().statusCode(200).extract().path("");

        problem(api.as(opsA).get("/users/" + victim), 404, "user_not_found");
        problem(api.as(opsA).body(Map.of("displayName", "hacked", "role", "TENANT_OPERATOR"))
                .patch("/users/" + victim), 404, "user_not_found");
        problem(api.as(opsA).post("/users/" + victim + "/disable"), 404, "user_not_found");
        problem(api.as(opsA).post("/users/" + victim + "/enable"), 404, "user_not_found");
        problem(api.as(opsA).body(Map.of("password", "taken-over-1")).post("/users/" + victim + "/password"), 404,
                "user_not_found");
        problem(api.as(opsA).delete("/users/" + victim), 404, "user_not_found");
        api.as(opsA).body(Map.of("ids", List.of(victim))).post("/users/bulk/disable").then().statusCode(200)
                .body("affected", equalTo(0));
        api.as(opsA).body(Map.of("ids", List.of(victim))).post("/users/bulk/delete").then().statusCode(200)
                .body("affected", equalTo(0));

        Map<String, Object> after = api.as(opsB).get("/users/" + victim).then().statusCode(200).extract().path("");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theDemoElevatorNoticeShowsPartialReachInTenantAAndNothingOfItInTenantB() {
        long elevator = api.as(opsA).queryParam("q", "电梯年检").get("/notices").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].acknowledgementRequired", equalTo(true)).extract().<Number>path("items[0].id")
                .longValue();
        api.as(opsA).get("/notices/" + elevator + "/reach").then().statusCode(200)
                .body("householdsAcknowledged", Matchers.greaterThanOrEqualTo(1))
                .body("householdsUnreached", Matchers.greaterThan(0))
                .body("householdsNotReachable", Matchers.greaterThan(0))
                .body("remindedAt", Matchers.notNullValue());
        api.as(api.token("resident-a")).get("/notices/mine").then().statusCode(200)
                .body("items[0].pinned", equalTo(true))
                .body("items.find { it.id == " + elevator + " }.acknowledgedAt", Matchers.notNullValue());

        api.as(opsB).get("/notices").then().statusCode(200).body("items.title", hasItem("绿苑小区消防演练"))
                .body("items.title", not(hasItem("电梯年检停运通知")));
        problem(api.as(opsB).get("/notices/" + elevator + "/reach"), 404, "notice_not_found");
    }

    @Test
    void anotherTenantsNoticesReachAndInboxAreOutOfReachAndResidentsSeeOnlyTheirNotices() {
        String admin = api.token("admin");
        Market a = Market.open(api, admin);
        Market b = Market.open(api, admin);
        long notice = api.as(a.operator).body(Map.of("title", "全体居民通知", "body", "<p>年终大扫除</p>",
                        "audience", "TENANT")).post("/notices?publish=true").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        api.as(a.operator).post("/notices/" + notice + "/reminders").then().statusCode(200)
                .body("usersReminded", equalTo(1));
        long message = api.as(a.resident).get("/inbox").then().statusCode(200).extract()
                .<Number>path("items[0].id").longValue();

        api.as(b.operator).get("/notices").then().statusCode(200).body("total", equalTo(0));
        problem(api.as(b.operator).get("/notices/" + notice), 404, "notice_not_found");
        problem(api.as(b.operator).get("/notices/" + notice + "/reach"), 404, "notice_not_found");
        problem(api.as(b.operator).get("/notices/" + notice + "/unreached"), 404, "notice_not_found");
        problem(api.as(b.operator).post("/notices/" + notice + "/reminders"), 404, "notice_not_found");
        problem(api.as(b.operator).post("/notices/" + notice + "/withdraw"), 404, "notice_not_found");
        api.as(b.resident).get("/notices/mine").then().statusCode(200).body("total", equalTo(0));
        problem(api.as(b.resident).get("/notices/mine/" + notice), 404, "notice_not_found");
        problem(api.as(b.resident).post("/notices/mine/" + notice + "/acknowledgement"), 404, "notice_not_found");
        api.as(b.resident).get("/inbox").then().statusCode(200).body("total", equalTo(0));
        problem(api.as(b.resident).post("/inbox/" + message + "/read"), 404, "inbox_message_not_found");
        problem(api.as(b.operator).post("/inbox/" + message + "/read"), 404, "inbox_message_not_found");
        api.as(a.resident).get("/inbox/unread").then().body("unread", equalTo(1));
        api.as(a.operator).get("/notices/" + notice + "/reach").then().body("householdsRead", equalTo(0));

        long otherBuilding = api.as(a.operator).body(Map.of("name", "9栋")).post("/communities/" + a.community
                + "/buildings").then().statusCode(201).extract().<Number>path("id").longValue();
        long elsewhere = api.as(a.operator).body(Map.of("title", "9栋停电", "body", "<p>周日停电</p>",
                        "audience", "BUILDINGS", "buildingIds", List.of(otherBuilding)))
                .post("/notices?publish=true").then().statusCode(201).extract().<Number>path("id").longValue();
        api.as(a.resident).get("/notices/mine").then().statusCode(200).body("items.id", hasItem((int) notice))
                .body("items.id", not(hasItem((int) elsewhere)));
        problem(api.as(a.resident).get("/notices/mine/" + elsewhere), 404, "notice_not_found");
    }

    @Test
    void anotherTenantsFleaMarketIsOutOfReach() {
        String admin = api.token("admin");
        Market a = Market.open(api, admin);
        Market b = Market.open(api, admin);
        String buyerInA = a.neighbour();
        long category = api.as(a.resident).get("/flea/categories").then().statusCode(200).extract().jsonPath()
                .<Number>getList("findAll { it.name == '其他' }.id").get(0).longValue();
        long listing = api.as(a.resident).body(Map.of("title", "全租户可见的自行车", "categoryId", category,
                        "condition", "GOOD", "reach", "TENANT", "pickupPlace", "小区门口", "priceKind", "FREE",
                        "publish", true))
                .post("/flea/listings").then().statusCode(201).extract().<Number>path("id").longValue();
        long reservation = api.as(buyerInA).body(Map.of("payment", "FREE"))
                .post("/flea/listings/" + listing + "/reservations").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        long sellerInA = api.as(a.resident).get("/me/resident").then().extract().<Number>path("id").longValue();

        api.as(b.resident).get("/flea/listings").then().statusCode(200).body("total", equalTo(0));
        problem(api.as(b.resident).get("/flea/listings/" + listing), 404, "flea_listing_not_found");
        problem(api.as(b.resident).get("/flea/listings/" + listing + "/photos/1"), 404, "flea_listing_not_found");
        problem(api.as(b.resident).body(Map.of("payment", "FREE")).post("/flea/listings/" + listing
                + "/reservations"), 404, "flea_listing_not_found");
        problem(api.as(b.resident).body(Map.of("reason", "跨租户")).post("/flea/listings/" + listing + "/reports"),
                404, "flea_listing_not_found");
        problem(api.as(b.resident).get("/flea/reservations/" + reservation), 404, "flea_reservation_not_found");
        problem(api.as(b.resident).body(Map.of("body", "你好")).post("/flea/reservations/" + reservation
                + "/messages"), 404, "flea_reservation_not_found");
        problem(api.as(b.resident).get("/flea/reservations/" + reservation + "/messages"), 404,
                "flea_reservation_not_found");
        problem(api.as(b.resident).post("/flea/reservations/" + reservation + "/cancel"), 404,
                "flea_reservation_not_found");
        problem(api.as(b.resident).get("/flea/sellers/" + sellerInA), 404, "flea_seller_not_found");
        problem(api.as(b.operator).body(Map.of("note", "越权")).post("/flea/listings/" + listing + "/hide"), 404,
                "flea_listing_not_found");
        api.as(b.operator).get("/flea/admin/reports").then().statusCode(200).body("total", equalTo(0));

        api.as(a.resident).get("/flea/listings/" + listing).then().statusCode(200)
                .body("status", equalTo("RESERVED")).body("moderation", equalTo("SHOWN"));
        api.as(buyerInA).get("/flea/reservations/" + reservation).then().statusCode(200)
                .body("status", equalTo("REQUESTED"));
    }

    @Test
    void anotherTenantsPointsRulesRewardsRedemptionsAndResidentsAreOutOfReach() {
        String residentA = api.token("resident-a");
        String code = api.as(residentA).get("/points/mall/redemptions/mine").then().statusCode(200).extract()
                .path("items[0].pickupCode");
        long reward = api.as(opsA).get("/points/mall/rewards?all=true").then().statusCode(200).extract()
                .<Number>path("items[0].id").longValue();
        long residentOfA = api.as(residentA).get("/me/resident").then().statusCode(200).extract()
                .<Number>path("id").longValue();
        long rule = api.as(opsA).get("/points/rules").then().statusCode(200).extract().<Number>path("items[0].id")
                .longValue();
        api.as(opsA).get("/points/rules").then().body("total", Matchers.greaterThan(0));

        api.as(opsB).get("/points/rules").then().statusCode(200).body("total", equalTo(0));
        api.as(opsB).get("/points/mall/rewards?all=true").then().statusCode(200).body("total", equalTo(0));
        api.as(opsB).get("/points/mall/redemptions").then().statusCode(200).body("total", equalTo(0));
        problem(api.as(opsB).get("/points/mall/redemptions/" + code), 404, "points_redemption_not_found");
        problem(api.as(opsB).post("/points/mall/redemptions/" + code + "/handover"), 404,
                "points_redemption_not_found");
        problem(api.as(opsB).post("/points/mall/redemptions/" + code + "/cancel"), 404,
                "points_redemption_not_found");
        problem(api.as(opsB).body(Map.of("stock", 0)).put("/points/mall/rewards/" + reward), 404,
                "points_reward_not_found");
        problem(api.as(opsB).post("/points/rules/" + rule + "/retire"), 404, "points_rule_not_found");
        problem(api.as(opsB).body(Map.of("residentId", residentOfA, "topic", "garbage-sorting"))
                .post("/points/check-ins"), 404, "resident_not_found");
        problem(api.as(opsA).header("X-Linli-Tenant", tenantB).get("/points/rules"), 403, "tenant_forbidden");

        api.as(opsA).get("/points/mall/redemptions/" + code).then().statusCode(200)
                .body("status", equalTo("WAITING"));
    }

    @Test
    void aTenantsPointsDiscountTermsAreItsOwn() {
        Map<String, Object> termsOfA = api.as(opsA).get("/points/discount").then().statusCode(200).extract()
                .jsonPath().getMap("");
        Map<String, Object> termsOfB = api.as(opsB).get("/points/discount").then().statusCode(200).extract()
                .jsonPath().getMap("");
        int otherShare = ((Number) termsOfA.get("maxSharePercent")).intValue() == 77 ? 78 : 77;

        api.as(opsB).body(Map.of("pointValueFen", 3, "maxSharePercent", otherShare)).put("/points/discount").then()
                .statusCode(200);
        api.as(opsA).get("/points/discount").then().body("pointValueFen", equalTo(termsOfA.get("pointValueFen")))
                .body("maxSharePercent", equalTo(termsOfA.get("maxSharePercent")));
        problem(api.as(opsA).header("X-Linli-Tenant", tenantB).get("/points/discount"), 403, "tenant_forbidden");
        problem(api.as(opsA).header("X-Linli-Tenant", tenantB).body(Map.of("pointValueFen", 1,
                "maxSharePercent", 100)).put("/points/discount"), 403, "tenant_forbidden");
        api.as(opsB).get("/points/discount").then().body("maxSharePercent", equalTo(otherShare));

        api.as(opsB).body(termsOfB).put("/points/discount").then().statusCode(200);
    }

    @Test
    void anotherTenantsAdSlotsBookingsCreativesAndReportsAreOutOfReach() {
        long slotOfA = api.as(opsA).get("/ads/slots?placement=STOREFRONT_HOME_BANNER").then().statusCode(200)
                .extract().<Number>path("items[0].id").longValue();
        long bookingOfA = api.as(opsA).get("/ads/bookings?status=PAID&slotId=" + slotOfA).then().statusCode(200)
                .extract().<Number>path("items[0].id").longValue();
        String day = LocalDate.now(ChinaTime.ZONE).plusDays(40).toString();

        problem(api.as(opsB).get("/ads/slots/" + slotOfA), 404, "ad_slot_not_found");
        problem(api.as(opsB).get("/ads/slots/" + slotOfA + "/calendar?from=" + day + "&to=" + day), 404,
                "ad_slot_not_found");
        problem(api.as(opsB).post("/ads/slots/" + slotOfA + "/pause"), 404, "ad_slot_not_found");
        problem(api.as(opsB).get("/ads/bookings/" + bookingOfA), 404, "ad_booking_not_found");
        problem(api.as(opsB).get("/ads/bookings/" + bookingOfA + "/creative/image"), 404, "ad_booking_not_found");
        problem(api.as(opsB).body(Map.of("note", "x")).post("/ads/bookings/" + bookingOfA + "/approve"),
                404, "ad_booking_not_found");
        problem(api.as(opsB).post("/ads/bookings/" + bookingOfA + "/cancel"), 404, "ad_booking_not_found");
        problem(api.as(opsB).get("/ads/bookings/" + bookingOfA + "/report"), 404, "ad_booking_not_found");
        problem(api.as(opsB).get("/ads/bookings/" + bookingOfA + "/report.csv"), 404, "ad_booking_not_found");
        api.as(opsB).get("/ads/slots").then().statusCode(200).body("items.id", not(hasItem((int) slotOfA)));
        api.as(opsB).get("/ads/bookings").then().statusCode(200).body("items.id", not(hasItem((int) bookingOfA)));
        problem(api.as(opsA).header("X-Linli-Tenant", tenantB).get("/ads/bookings"), 403, "tenant_forbidden");
        api.anonymous().header("User-Agent", "Mozilla/5.0 (iPhone) Mobile Safari/604.1")
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + tenantB).then().statusCode(204);
        api.anonymous().header("User-Agent", "Mozilla/5.0 (iPhone) Mobile Safari/604.1")
                .get("/ads/serve?placement=STOREFRONT_HOME_BANNER&tenant=" + tenantA).then().statusCode(200)
                .body("bookingId", equalTo((int) bookingOfA));
    }

    /**
     * Tenant A's devices and alerts are out of tenant B's reach, and a device of A cannot post into B: its code names
     * its tenant, and the same code with B's id is an unknown device there.
     */
    @Test
    void anotherTenantsDevicesAndAlertsAreOutOfReachAndADeviceCannotPostIntoAnotherTenant() {
        Devices devices = new Devices(api);
        Devices.Device smoke = devices.register(opsA, Api.unique("烟感"), "SMOKE_DETECTOR",
                devices.buildingsOf(opsA, "幸福里社区").get(2));
        long alert = devices.send(smoke, "PANIC").then().statusCode(202).extract().<Number>path("alertId")
                .longValue();
        Map<String, Object> before = api.as(opsA).get("/devices/" + smoke.id()).then().statusCode(200)
                .extract().path("");

        problem(api.as(opsB).get("/devices/" + smoke.id()), 404, "device_not_found");
        problem(api.as(opsB).body(Map.of("name", "hacked", "heartbeatMinutes", 5)).put("/devices/" + smoke.id()),
                404, "device_not_found");
        problem(api.as(opsB).post("/devices/" + smoke.id() + "/secret"), 404, "device_not_found");
        problem(api.as(opsB).post("/devices/" + smoke.id() + "/retire"), 404, "device_not_found");
        problem(api.as(opsB).get("/device-alerts/" + alert), 404, "device_alert_not_found");
        problem(api.as(opsB).body(Map.of("label", "FALSE_POSITIVE")).post("/device-alerts/" + alert + "/label"),
                404, "device_alert_not_found");
        api.as(opsB).get("/devices?size=200").then().statusCode(200)
                .body("items.code", not(hasItem(smoke.code())));
        api.as(opsB).get("/device-alerts?size=200").then().statusCode(200)
                .body("items.id", not(hasItem((int) alert)));
        api.as(opsB).get("/device-alerts?deviceId=" + smoke.id()).then().statusCode(200).body("total", equalTo(0));

        String intoB = smoke.code().replaceFirst("^d" + tenantA + "-", "d" + tenantB + "-");
        assertThat(intoB).isNotEqualTo(smoke.code());
        problem(devices.send(Devices.sign(intoB, smoke.secret(), Devices.event("SMOKE"),
                Instant.now().getEpochSecond())), 401, "device_signature_invalid");
        problem(devices.send(new Devices.Delivery(smoke.code(), "1", "nonce-into-b", "00", "{}")), 401,
                "device_signature_invalid");

        Map<String, Object> after = api.as(opsA).get("/devices/" + smoke.id()).then().statusCode(200)
                .extract().path("");
        assertThat(after).isEqualTo(before);
        api.as(opsA).get("/device-alerts/" + alert).then().statusCode(200).body("label", nullValue());
    }

    /**
     * The no-activity alerts about tenant A's elders (the demo's) stay in A, and within A a grid worker sees one only
     * when they may see the elder's record: the alert names a person and follows the home's grid.
     */
    @Test
    void anElderAlonesAlertsStayInTheirTenantAndTheElderHomesGrid() {
        List<Map<String, Object>> concerns = api.as(opsA).get("/activity-concerns?size=200").then().statusCode(200)
                .extract().path("items");
        assertThat(concerns).isNotEmpty();
        long concern = ((Number) concerns.get(0).get("id")).longValue();
        problem(api.as(opsB).get("/activity-concerns/" + concern), 404, "activity_concern_not_found");
        problem(api.as(opsB).body(Map.of("note", "越权")).post("/activity-concerns/" + concern + "/acknowledge"),
                404, "activity_concern_not_found");
        api.as(opsB).get("/activity-concerns?size=200").then().statusCode(200)
                .body("items.id", not(hasItem((int) concern)));
        Map<String, Object> ruleOfA = api.as(opsA).get("/activity-concerns/rule").then().statusCode(200).extract()
                .path("");
        api.as(opsB).body(Map.of("silenceMinutes", 121, "dayStart", 360, "dayEnd", 1320, "acknowledgeMinutes", 30))
                .put("/activity-concerns/rule").then().statusCode(200).body("silenceMinutes", equalTo(121));
        assertThat(api.as(opsA).get("/activity-concerns/rule").then().statusCode(200).extract()
                .<Map<String, Object>>path("")).isEqualTo(ruleOfA);

        String gridA = api.token("grid-a");
        for (Map<String, Object> each : concerns) {
            int elderSeen = api.as(gridA).get("/residents/" + each.get("elderId")).then().extract().statusCode();
            api.as(gridA).get("/activity-concerns/" + each.get("id")).then()
                    .statusCode(elderSeen == 200 ? 200 : 404);
        }
    }

    @Test
    void anUnknownIdAndAForeignIdLookTheSame() {
        long foreign = api.createUser(opsB, Api.unique("b-user"), "RESIDENT");
        String foreignBody = api.as(opsA).get("/users/" + foreign).then().statusCode(404).extract().asString();
        String unknownBody = api.as(opsA).get("/users/987654321").then().statusCode(404).extract().asString();
        assertThat(foreignBody.replace(Long.toString(foreign), "ID"))
                .isEqualTo(unknownBody.replace("987654321", "ID"));
    }

    @Test
    void aGridWorkerReachesNeitherAnotherTenantNorAnotherGridNorAnyAdministration() {
        String gridA = api.token("grid-a");
        long residentOfB = api.as(opsB).get("/residents?size=1").then().extract().<Number>path("items[0].id")
                .longValue();
        problem(api.as(gridA).get("/residents/" + residentOfB), 404, "resident_not_found");
        problem(api.as(gridA).header("X-Linli-Tenant", tenantB).get("/residents"), 403, "tenant_forbidden");
        List<Number> tenantWide = api.as(opsA).get("/residents?size=200").then().extract().path("items.id");
        List<Number> seen = api.as(gridA).get("/residents?size=200").then().statusCode(200).extract()
                .path("items.id");
        assertThat(seen).isNotEmpty();
        assertThat(tenantWide).hasSizeGreaterThan(seen.size());
        Number outside = tenantWide.stream().filter(id -> !seen.contains(id)).findFirst().orElseThrow();
        problem(api.as(gridA).get("/residents/" + outside), 404, "resident_not_found");
        problem(api.as(gridA).body(Map.of("username", Api.unique("op"), "displayName", "越权", "role",
                "TENANT_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users"), 403, "forbidden");
        problem(api.as(gridA).get("/orders"), 403, "forbidden");
        problem(api.as(gridA).get("/modules"), 403, "forbidden");
    }

    @Test
    void namingAnotherTenantInTheHeaderIsForbiddenForTenantUsers() {
        problem(api.as(opsA).header("X-Linli-Tenant", tenantB).get("/users"), 403, "tenant_forbidden");
        problem(api.as(opsA).header("X-Linli-Tenant", tenantB).get("/audit"), 403, "tenant_forbidden");
        problem(api.as(opsA).header("X-Linli-Tenant", "abc").get("/users"), 400, "validation_failed");
        api.as(opsA).header("X-Linli-Tenant", tenantA).get("/users").then().statusCode(200);
    }

    @Test
    void platformOperatorsActInTheTenantTheyName() {
        String admin = api.token("admin");
        long inB = api.createUser(opsB, Api.unique("b-user"), "RESIDENT");
        api.as(admin).header("X-Linli-Tenant", tenantB).get("/users/" + inB).then().statusCode(200);
        problem(api.as(admin).header("X-Linli-Tenant", tenantA).get("/users/" + inB), 404, "user_not_found");
        problem(api.as(admin).get("/users/" + inB), 400, "tenant_required");
        problem(api.as(admin).header("X-Linli-Tenant", 987654).get("/users"), 404, "tenant_not_found");
    }

    @Test
    void listsAndTheAuditTrailShowOnlyTheOwnTenant() {
        String bOnly = Api.unique("b-only");
        api.createUser(opsB, bOnly, "RESIDENT");
        List<String> seenByA = api.as(opsA).get("/users?size=200").then().extract().path("items.username");
        assertThat(seenByA).contains("ops-a").doesNotContain("ops-b", bOnly);
        List<String> searchedByA = api.as(opsA).get("/users?q=" + bOnly).then().extract().path("items.username");
        assertThat(searchedByA).isEmpty();
        List<Number> auditTenants = api.as(opsA).get("/audit?size=200").then().extract().path("items.tenantId");
        assertThat(auditTenants).allSatisfy(t -> assertThat(t.longValue()).isEqualTo(tenantA));
    }

    @Test
    void anotherTenantsRegistryIsNotFoundWhateverTheAttempt() {
        long community = api.as(opsB).body(Map.of("name", Api.unique("乙小区"))).post("/communities").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long building = api.as(opsB).body(Map.of("name", "1栋")).post("/communities/" + community + "/buildings")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long unit = api.as(opsB).body(Map.of("name", "1单元")).post("/buildings/" + building + "/units").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long household = api.as(opsB).body(Map.of("unitId", unit, "room", "101")).post("/households").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        String secretName = Api.unique("乙居民");
        long resident = api.as(opsB).body(Map.of("householdId", household, "name", secretName,
                "mobile", "13611112222")).post("/residents").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        long grid = api.as(opsB).body(Map.of("name", Api.unique("乙网格"))).post("/grids").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        Map<String, Object> before = api.as(opsB).get("/residents/" + resident).then().extract().path("");

        problem(api.as(opsA).get("/communities/" + community), 404, "community_not_found");
        problem(api.as(opsA).get("/communities/" + community + "/buildings"), 404, "community_not_found");
        problem(api.as(opsA).body(Map.of("name", "2栋")).post("/communities/" + community + "/buildings"), 404,
                "community_not_found");
        problem(api.as(opsA).get("/buildings/" + building + "/units"), 404, "building_not_found");
        problem(api.as(opsA).body(Map.of("name", "2单元")).post("/buildings/" + building + "/units"), 404,
                "building_not_found");
        problem(api.as(opsA).body(Map.of("unitId", unit, "room", "102")).post("/households"), 404,
                "unit_not_found");
        problem(api.as(opsA).get("/households/" + household), 404, "household_not_found");
        problem(api.as(opsA).body(Map.of("floorArea", 1)).patch("/households/" + household), 404,
                "household_not_found");
        problem(api.as(opsA).post("/households/" + household + "/deactivate"), 404, "household_not_found");
        problem(api.as(opsA).get("/residents/" + resident), 404, "resident_not_found");
        problem(api.as(opsA).body(Map.of("name", "改")).patch("/residents/" + resident), 404, "resident_not_found");
        problem(api.as(opsA).post("/residents/" + resident + "/deactivate"), 404, "resident_not_found");
        problem(api.as(opsA).body(Map.of("field", "mobile", "purpose", "越权查看")).post("/residents/" + resident
                + "/reveal"), 404, "resident_not_found");
        problem(api.as(opsA).get("/residents/" + resident + "/accesses"), 404, "resident_not_found");
        problem(api.as(opsA).body(Map.of("householdId", household, "name", "闯入者")).post("/residents"), 404,
                "household_not_found");
        problem(api.as(opsA).body(Map.of("ids", List.of(building))).put("/grids/" + grid + "/buildings"), 404,
                "grid_not_found");
        api.as(opsA).get("/residents?community=" + community).then().statusCode(200).body("total", equalTo(0));
        assertThat(api.as(opsA).get("/residents?q=" + secretName).then().extract().<Integer>path("total")).isZero();
        String export = new String(api.as(opsA).get("/residents/export?format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(export).doesNotContain(secretName);
        assertThat(api.as(opsA).get("/grids").then().extract().<List<Number>>path("id"))
                .extracting(Number::longValue).doesNotContain(grid);

        problem(api.as(opsA).post("/households/" + household + "/invites"), 404, "household_not_found");
        problem(api.as(opsA).post("/residents/" + resident + "/verify"), 404, "resident_not_found");

        long vehicle = api.as(opsB).body(Map.of("householdId", household, "plate", "苏B" + (10000 + (int) (resident % 89999))))
                .post("/vehicles").then().statusCode(201).extract().<Number>path("id").longValue();
        problem(api.as(opsA).post("/vehicles/" + vehicle + "/deactivate"), 404, "vehicle_not_found");
        assertThat(api.as(opsA).get("/vehicles?household=" + household).then().statusCode(200)
                .extract().<List<Object>>path("items")).isEmpty();

        Number form = api.as(opsB).body(Map.of("title", Api.unique("乙表单"), "audience", "GRID_WORKERS", "fields",
                List.of(Map.of("label", "问题", "type", "TEXT")))).post("/forms").then().statusCode(201)
                .extract().path("id");
        api.as(opsB).post("/forms/" + form + "/publish").then().statusCode(200);
        problem(api.as(opsA).get("/forms/" + form), 404, "form_not_found");
        problem(api.as(opsA).get("/forms/" + form + "/answers"), 404, "form_not_found");
        problem(api.as(opsA).post("/forms/" + form + "/close"), 404, "form_not_found");
        problem(api.as(opsA).body(Map.of("residentId", resident, "answers", Map.of()))
                .put("/forms/" + form + "/answers"), 404, "form_not_found");
        api.as(opsA).body(Map.of("role", "PROVIDER_STAFF", "level", "SENSITIVE", "visibility", "HIDDEN"))
                .put("/privacy/policy").then().statusCode(200);
        api.as(opsB).get("/privacy/policy").then().statusCode(200)
                .body("find { it.role == 'PROVIDER_STAFF' && it.level == 'SENSITIVE' }.effective", equalTo("MASKED"));
        api.as(opsA).body(Map.of("role", "PROVIDER_STAFF", "level", "SENSITIVE", "visibility", "MASKED"))
                .put("/privacy/policy").then().statusCode(200);

        assertThat(api.as(opsB).get("/residents/" + resident).then().extract().<Map<String, Object>>path(""))
                .isEqualTo(before);
        api.as(opsB).get("/forms/" + form).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        api.as(opsB).get("/households/" + household).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anotherTenantsMarketplaceIsNotFoundWhateverTheAttempt() {
        Market b = Market.open(api, api.token("admin"), "housekeeping", "parking", "delivery",
                "elder_care");
        long offering = b.offer("HOUSEKEEPING", "乙方保洁", "FIXED", 9900, true);
        Number slot = b.publishSlots().get(0);
        long order = api.as(b.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering, "slotId", slot)).post("/orders").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        api.pay(b.resident, order);
        Map<String, Object> before = api.as(b.operator).get("/orders/" + order).then().extract().path("");
        String residentA = api.token("resident-a");
        String providerA = api.token("provider-a");

        problem(api.as(opsA).get("/providers/" + b.provider), 404, "provider_not_found");
        problem(api.as(opsA).body(Map.of("reason", "越权")).post("/providers/" + b.provider + "/suspend"), 404,
                "provider_not_found");
        problem(api.as(opsA).post("/providers/" + b.provider + "/verify"), 404, "provider_not_found");
        problem(api.as(opsA).get("/providers/" + b.provider + "/staff"), 404, "provider_not_found");
        problem(api.as(opsA).body(Map.of("userId", 1)).post("/providers/" + b.provider + "/staff"), 404,
                "provider_not_found");
        assertThat(api.as(opsA).get("/providers").then().extract().<List<Number>>path("items.id"))
                .extracting(Number::longValue).doesNotContain(b.provider);
        problem(api.as(opsA).get("/offerings/" + offering), 404, "offering_not_found");
        long image = api.as(b.staff).contentType("image/png").body(TestFiles.png(500))
                .post("/offerings/" + offering + "/images").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        Number licence = api.as(b.operator).get("/providers/" + b.provider + "/documents").then().statusCode(200)
                .extract().path("id[0]");
        problem(api.as(opsA).get("/orders/" + order + "/split"), 404, "order_not_found");
        String financeA = api.token("finance-a");
        problem(api.as(financeA).get("/orders/" + order + "/split"), 404, "order_not_found");
        api.as(financeA).get("/ledger/postings?reference=order:" + order).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        problem(api.as(providerA).get("/orders/" + order + "/split"), 404, "order_not_found");
        problem(api.as(opsA).get("/providers/" + b.provider + "/documents"), 404, "provider_not_found");
        problem(api.as(opsA).get("/providers/" + b.provider + "/documents/" + licence), 404, "provider_not_found");
        problem(api.as(opsA).delete("/providers/" + b.provider + "/documents/" + licence), 404,
                "provider_not_found");
        problem(api.as(opsA).contentType("application/pdf").body(TestFiles.pdf(100))
                .post("/providers/" + b.provider + "/documents?kind=OTHER"), 404, "provider_not_found");
        problem(api.as(residentA).get("/offerings/" + offering + "/images"), 404, "offering_not_found");
        problem(api.as(residentA).get("/offerings/" + offering + "/images/" + image), 404, "offering_not_found");
        problem(api.as(providerA).delete("/offerings/" + offering + "/images/" + image), 404, "offering_not_found");
        problem(api.as(providerA).contentType("image/png").body(TestFiles.png(500))
                .post("/offerings/" + offering + "/images"), 404, "offering_not_found");
        problem(api.as(opsA).body(Map.of("note", "越权")).post("/offerings/" + offering + "/block"), 404,
                "offering_not_found");
        problem(api.as(providerA).post("/offerings/" + offering + "/withdraw"), 404, "offering_not_found");
        // Tenant B's shelf is read first, so that a page kept for it would be there to leak.
        assertThat(api.as(b.resident).get("/offerings?size=200").then().extract().<List<Number>>path("items.id"))
                .extracting(Number::longValue).contains(offering);
        assertThat(api.as(residentA).get("/offerings?size=200").then().extract().<List<Number>>path("items.id"))
                .extracting(Number::longValue).doesNotContain(offering);
        problem(api.as(residentA).get("/slots?provider=" + b.provider), 404, "provider_not_found");
        problem(api.as(residentA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering, "slotId", slot)).post("/orders"), 404, "offering_not_found");
        for (String token : List.of(opsA, residentA, providerA)) {
            problem(api.as(token).get("/orders/" + order), 404, "order_not_found");
            problem(api.as(token).get("/orders/" + order + "/history"), 404, "order_not_found");
            problem(api.as(token).post("/orders/" + order + "/cancel"), 404, "order_not_found");
            problem(api.as(token).post("/orders/" + order + "/accept"), 404, "order_not_found");
            assertThat(api.as(token).get("/orders?size=200").then().extract().<List<Number>>path("items.id"))
                    .extracting(Number::longValue).doesNotContain(order);
        }
        assertThat(api.as(opsA).get("/orders?provider=" + b.provider).then().statusCode(200).extract()
                .<Integer>path("total")).isZero();

        long complaint = api.as(b.resident).body(Map.of("orderId", order, "text", "乙方投诉")).post("/complaints")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        problem(api.as(opsA).body(Map.of("resolution", "越权")).post("/complaints/" + complaint + "/resolve"), 404,
                "complaint_not_found");
        assertThat(api.as(opsA).get("/complaints").then().extract().<List<Number>>path("items.id"))
                .extracting(Number::longValue).doesNotContain(complaint);
        problem(api.as(residentA).body(Map.of("orderId", order, "text", "冒名")).post("/complaints"), 404,
                "order_not_found");

        long lot = api.as(b.operator).body(Map.of("communityId", b.community, "providerId", b.provider,
                "name", "乙方停车场")).post("/parking/lots").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        long stay = api.as(b.staff).body(Map.of("plate", "苏E54321")).post("/parking/lots/" + lot + "/entries")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        problem(api.as(opsA).get("/parking/lots/" + lot + "/spaces"), 404, "parking_lot_not_found");
        problem(api.as(opsA).body(Map.of("codes", List.of("X-1"), "kind", "VISITOR"))
                .post("/parking/lots/" + lot + "/spaces"), 404, "parking_lot_not_found");
        problem(api.as(opsA).body(Map.of("plate", "苏E54322")).post("/parking/lots/" + lot + "/entries"), 404,
                "parking_lot_not_found");
        problem(api.as(opsA).post("/parking/sessions/" + stay + "/exit"), 404, "parking_session_not_found");
        problem(api.as(residentA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", lot, "plate", "苏A11111")).post("/parking/permits"), 404,
                "parking_lot_not_found");
        assertThat(api.as(opsA).get("/parking/lots").then().extract().<List<Number>>path("id"))
                .extracting(Number::longValue).doesNotContain(lot);

        long parcel = api.as(b.staff).body(Map.of("householdId", b.home, "carrier", "邮政", "trackingNumber",
                "yz" + System.nanoTime())).post("/parcels").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        problem(api.as(providerA).body(Map.of("code", "123456")).post("/parcels/" + parcel + "/pickup"), 404,
                "parcel_not_found");
        problem(api.as(residentA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering)).post("/parcels/" + parcel + "/doorstep"), 404,
                "parcel_not_found");
        problem(api.as(providerA).body(Map.of("householdId", b.home, "carrier", "邮政", "trackingNumber", "x1"))
                .post("/parcels"), 404, "household_not_found");

        long elder = api.as(b.resident).get("/me/resident").then().extract().<Number>path("id").longValue();
        long plan = api.as(b.operator).body(Map.of("elderId", elder, "providerId", b.provider, "title", "乙方探访",
                "weekdays", List.of("MONDAY"), "time", "10:00", "tasks", List.of("聊天"), "firstDay",
                LocalDate.now(ChinaTime.ZONE).plusDays(1).toString()))
                .post("/care/plans").then().statusCode(201).extract().<Number>path("id").longValue();
        long visit = api.as(b.operator).get("/care/plans/" + plan + "/visits").then().extract()
                .<Number>path("items[0].id").longValue();
        problem(api.as(opsA).get("/care/plans/" + plan + "/visits"), 404, "care_plan_not_found");
        problem(api.as(opsA).post("/care/plans/" + plan + "/end"), 404, "care_plan_not_found");
        problem(api.as(opsA).get("/care/elders/" + elder + "/plans"), 404, "resident_not_found");
        problem(api.as(opsA).body(Map.of("elderId", elder, "familyId", elder, "relation", "子女"))
                .post("/care/family"), 404, "resident_not_found");
        problem(api.as(providerA).post("/care/visits/" + visit + "/check-in"), 404, "care_visit_not_found");
        problem(api.as(residentA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering, "forResidentId", elder)).post("/orders"), 404,
                "resident_not_found");
        assertThat(api.as(opsA).get("/care/alerts").then().extract().<List<Number>>path("items.elderId"))
                .extracting(Number::longValue).doesNotContain(elder);

        assertThat(api.as(b.operator).get("/orders/" + order).then().extract().<Map<String, Object>>path(""))
                .isEqualTo(before);
        api.as(b.operator).get("/care/plans/" + plan + "/visits").then().body("items[0].status", equalTo("PLANNED"));
        api.as(b.staff).get("/parking/lots/" + lot + "/sessions?open=true").then()
                .body("items.id", hasItem((int) stay));
    }

    @Test
    void anotherTenantsVolunteerActivitiesCodesAndHoursAreOutOfReach() {
        Market b = Market.open(api, api.token("admin"));
        long community = api.as(opsA).body(Map.of("name", Api.unique("甲小区"))).post("/communities").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        Instant start = Instant.now().plus(Duration.ofDays(3));
        long activity = api.as(opsA).body(Map.of("communityId", community, "title", "河道清洁", "place", "护城河",
                        "startsAt", start.toString(), "endsAt", start.plusSeconds(7200).toString(), "places", 10))
                .post("/volunteering/activities").then().statusCode(201).extract().<Number>path("id").longValue();
        String path = "/volunteering/activities/" + activity;
        String code = api.as(opsA).get(path + "/code?direction=IN").then().statusCode(200).extract().path("code");

        problem(api.as(b.resident).get(path), 404, "volunteer_activity_not_found");
        problem(api.as(b.resident).post(path + "/sign-up"), 404, "volunteer_activity_not_found");
        problem(api.as(b.resident).delete(path + "/sign-up"), 404, "volunteer_activity_not_found");
        problem(api.as(b.resident).body(Map.of("code", code)).post("/volunteering/scan"), 409,
                "volunteer_code_invalid");
        for (String action : List.of("/cancel", "/verify", "/credit")) {
            problem(api.as(b.operator).post(path + action), 404, "volunteer_activity_not_found");
        }
        problem(api.as(b.operator).get(path + "/attendance"), 404, "volunteer_activity_not_found");
        problem(api.as(b.operator).get("/volunteering/activities/organised/" + activity), 404,
                "volunteer_activity_not_found");
        problem(api.as(b.operator).get(path + "/code?direction=OUT"), 404, "volunteer_activity_not_found");
        problem(api.as(b.operator).body(Map.of("reason", "x")).post(path + "/reverse"), 404,
                "volunteer_activity_not_found");
        api.as(b.resident).get("/volunteering/activities").then().statusCode(200)
                .body("items.id", Matchers.not(hasItem((int) activity)));
        api.as(opsB).get("/volunteering/activities/organised?size=200").then().statusCode(200)
                .body("items.id", Matchers.not(hasItem((int) activity)));
        // the demo credits an activity held a week ago
        int year = LocalDate.now(ChinaTime.ZONE).minusDays(7).getYear();
        api.as(opsA).get("/volunteering/reports/hours/volunteers?year=" + year).then().statusCode(200)
                .body("total", Matchers.greaterThan(0));
        api.as(b.operator).get("/volunteering/reports/hours/volunteers?year=" + year).then().statusCode(200)
                .body("total", equalTo(0));
        api.as(b.operator).get("/volunteering/reports/hours/months?year=" + year).then().statusCode(200)
                .body("minutes.sum()", equalTo(0));
        api.as(opsA).get(path).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("placesLeft", equalTo(10));
    }

    @Test
    void anotherTenantsTimeBankIsNotFoundWhateverTheAttempt() {
        String admin = api.token("admin");
        Market a = Market.open(api, admin, "elder_care");
        Market b = Market.open(api, admin, "elder_care");
        api.as(a.operator).body(Map.of("minimumBalance", -600, "maximumBalance", 6_000, "minuteValueFen", 100,
                "compensation", "MINUTES")).put("/timebank/settings").then().statusCode(200);
        api.as(b.operator).body(Map.of("minimumBalance", -600, "maximumBalance", 6_000, "minuteValueFen", 100,
                "compensation", "MINUTES")).put("/timebank/settings").then().statusCode(200);
        Map<String, Object> accountA = api.as(a.resident).get("/timebank/me").then().statusCode(200).extract()
                .path("");
        long residentA = ((Number) accountA.get("residentId")).longValue();
        long elderA = api.as(a.operator).body(Map.of("householdId", a.home, "name", "甲老人", "tags",
                List.of("ELDERLY_ALONE"))).post("/residents").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        api.as(a.resident).header("Idempotency-Key", "a-d1").body(Map.of("minutes", 60))
                .post("/timebank/donations").then().statusCode(201);

        problem(api.as(b.resident).header("Idempotency-Key", "b-t1").body(Map.of("memberCode",
                accountA.get("memberCode"), "minutes", 10)).post("/timebank/transfers"), 404,
                "time_member_not_found");
        problem(api.as(b.operator).get("/timebank/accounts/" + residentA), 404, "resident_not_found");
        problem(api.as(b.operator).get("/timebank/accounts/" + residentA + "/statement"), 404,
                "resident_not_found");
        problem(api.as(b.operator).header("Idempotency-Key", "b-g1").body(Map.of("residentId", elderA,
                "minutes", 10, "note", "越权发放")).post("/timebank/love-pool/grants"), 404, "resident_not_found");
        problem(api.as(b.operator).header("X-Linli-Tenant", a.tenant).get("/timebank/love-pool"), 403,
                "tenant_forbidden");
        api.as(b.operator).get("/timebank/love-pool").then().statusCode(200).body("balance", equalTo(0))
                .body("movements.total", equalTo(0));

        api.as(a.operator).get("/timebank/love-pool").then().body("balance", equalTo(60));
        api.as(a.resident).get("/timebank/me").then().body("balance", equalTo(-60))
                .body("memberCode", equalTo(accountA.get("memberCode")));
        api.as(a.operator).get("/timebank/accounts/" + elderA).then().statusCode(200).body("balance", equalTo(0));
    }

    @Test
    void twoTenantsTimesEightThreadsNeverSeeEachOthersRows() throws Exception {
        long ownA = api.createUser(opsA, Api.unique("a-load"), "RESIDENT");
        long ownB = api.createUser(opsB, Api.unique("b-load"), "RESIDENT");
        Set<String> usersOfB = Set.copyOf(api.as(opsB).get("/users?size=200").then().extract()
                .<List<String>>path("items.username"));
        Set<String> usersOfA = Set.copyOf(api.as(opsA).get("/users?size=200").then().extract()
                .<List<String>>path("items.username"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                work.add(() -> hammer(opsA, ownA, ownB, usersOfB));
                work.add(() -> hammer(opsB, ownB, ownA, usersOfA));
            }
            int requests = 0;
            for (Future<Integer> result : pool.invokeAll(work)) {
                requests += result.get();
            }
            assertThat(requests).isEqualTo(16 * 25 * 3);
        } finally {
            pool.shutdownNow();
        }
    }


    /**
     * Tenant B cannot reach tenant A's proposals, ballots or receipts; and tenant A's own operator sees how many
     * voted while the vote runs — never who voted what: no answer about a ballot names a voter or a home.
     */
    @Test
    void anotherTenantsProposalsAndBallotsAreNotFoundAndOperatorsCannotSeeWhoVotedWhat() {
        String residentA = api.token("resident-a");
        long community = api.as(residentA).get("/me/resident").then().statusCode(200).extract()
                .<Number>path("communityId").longValue();
        Instant now = Instant.now();
        long poll = api.as(opsA).body(Map.of("communityId", community, "title", Api.unique("隔离测试投票"),
                        "body", "只在本租户可见", "kind", "SIMPLE_POLL", "options", List.of("甲", "乙"),
                        "votingFrom", now.minusSeconds(5).toString(),
                        "votingUntil", now.plusSeconds(3600).toString()))
                .post("/proposals").then().statusCode(201).extract().<Number>path("id").longValue();
        Map<String, Object> receipt = api.as(residentA).body(Map.of("choice", 1)).post("/proposals/" + poll + "/votes")
                .then().statusCode(201).extract().path("");
        String code = (String) receipt.get("receipt");

        problem(api.as(opsB).get("/proposals/" + poll), 404, "proposal_not_found");
        problem(api.as(opsB).get("/proposals/" + poll + "/tally"), 404, "proposal_not_found");
        problem(api.as(opsB).get("/proposals/" + poll + "/comments"), 404, "proposal_not_found");
        problem(api.as(opsB).post("/proposals/" + poll + "/close"), 404, "proposal_not_found");
        problem(api.as(opsB).get("/proposals/receipts/" + code), 404, "receipt_not_found");
        List<Integer> listedForB = api.as(opsB).get("/proposals?size=200").then().statusCode(200).extract()
                .path("items.id");
        assertThat(listedForB).doesNotContain((int) poll);

        Map<String, Object> tally = api.as(opsA).get("/proposals/" + poll + "/tally").then().statusCode(200)
                .body("complete", equalTo(false)).body("ballotsCast", equalTo(1)).extract().path("");
        assertThat((List<?>) tally.get("options")).isEmpty();
        Map<String, Object> check = api.as(opsA).get("/proposals/receipts/" + code).then().statusCode(200)
                .body("option", equalTo("乙")).extract().path("");
        assertThat(check.keySet()).containsExactlyInAnyOrder("receipt", "proposalId", "title", "choice", "option",
                "counted");
        String everything = api.as(opsA).get("/proposals/" + poll).then().extract().asString()
                + api.as(opsA).get("/proposals/" + poll + "/votes").then().extract().asString()
                + api.as(opsA).get("/proposals/" + poll + "/tally").then().extract().asString();
        assertThat(everything).doesNotContain("resident").doesNotContain("household").doesNotContain("李建国")
                .doesNotContain(code);
    }

    /** 25 rounds of: own user found, foreign user not found, own list free of foreign usernames. */
    private int hammer(String token, long own, long foreign, Set<String> foreignNames) {
        int requests = 0;
        for (int round = 0; round < 25; round++) {
            api.as(token).get("/users/" + own).then().statusCode(200);
            api.as(token).get("/users/" + foreign).then().statusCode(404);
            List<String> listed = api.as(token).get("/users?size=200").then().statusCode(200).extract()
                    .path("items.username");
            assertThat(listed).doesNotContainAnyElementsOf(foreignNames);
            requests += 3;
        }
        return requests;
    }

    /** A fresh tenant of {@code kind} with an operator; returns the tenant id and the operator's token. */
    private Map.Entry<Long, String> tenantWithOperator(String admin, String name, String kind) {
        long id = api.createTenant(admin, Api.unique(name), kind);
        String operator = Api.unique("op");
        api.as(admin).header("X-Linli-Tenant", id).body(Map.of("username", operator, "displayName", "值班运营",
                "role", "TENANT_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users").then().statusCode(201);
        return Map.entry(id, api.token(operator));
    }

    /**
     * A property company's case overdue past the district threshold reaches its supervising district as a snapshot
     * without personal data; the district's comment comes back to the case; nobody else sees either.
     */
    @Test
    void anOverdueCaseReachesTheSupervisingDistrictWithoutPersonalDataAndNoOneElse() throws InterruptedException {
        String admin = api.token("admin");
        Map.Entry<Long, String> district = tenantWithOperator(admin, "监管街道", "DISTRICT");
        Map.Entry<Long, String> company = tenantWithOperator(admin, "督办物业", "PROPERTY_COMPANY");
        Map.Entry<Long, String> otherCompany = tenantWithOperator(admin, "别家物业", "PROPERTY_COMPANY");
        problem(api.as(admin).body(Map.of("districtId", otherCompany.getKey()))
                .put("/tenants/" + company.getKey() + "/supervisor"), 409, "tenant_supervision_kinds");
        api.as(admin).body(Map.of("districtId", district.getKey())).put("/tenants/" + company.getKey()
                + "/supervisor").then().statusCode(200).body("supervisingDistrictId",
                equalTo(district.getKey().intValue()));
        String ops = company.getValue();

        long community = api.as(ops).body(Map.of("name", "督办小区")).post("/communities").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long building = api.as(ops).body(Map.of("name", "7栋")).post("/communities/" + community + "/buildings")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long unit = api.as(ops).body(Map.of("name", "1单元")).post("/buildings/" + building + "/units").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long home = api.as(ops).body(Map.of("unitId", unit, "room", "702", "floorArea", 90))
                .post("/households").then().statusCode(201).extract().<Number>path("id").longValue();
        String code = api.as(ops).post("/households/" + home + "/invites").then().statusCode(200).extract()
                .path("code");
        String username = Api.unique("reporter");
        Number residentId = api.anonymous().body(Map.of("inviteCode", code, "username", username,
                        "password", Api.DEMO_PASSWORD, "name", "张三丰", "mobile", "13912345678", "relation", "HEAD"))
                .post("/registrations").then().statusCode(201).extract().path("id");
        api.as(ops).post("/residents/" + residentId + "/verify").then().statusCode(200);
        String resident = api.token(username);

        api.as(ops).body(Map.of("zone", "Asia/Shanghai", "workdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                        "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "dayStart", 0, "dayEnd", 1440,
                        "warnPercent", 50, "districtPercent", 101))
                .put("/cases/setup/calendar").then().statusCode(200).body("dayEnd", equalTo(1440));
        long category = api.as(ops).body(Map.of("name", "消防通道堵塞", "nameEn", "Blocked fire lane",
                        "acceptMinutes", 1, "resolveMinutes", 1)).post("/cases/setup/categories").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long caseId = api.as(resident).body(Map.of("categoryId", category, "description", "7栋消防通道堆满杂物",
                        "placeKind", "HOUSEHOLD")).post("/cases").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        api.as(ops).post("/cases/" + caseId + "/accept").then().statusCode(200);
        api.as(ops).post("/cases/setup/deadline-check").then().statusCode(200)
                .body("escalatedToDistrict", equalTo(0));

        Thread.sleep(65_000);
        // The five-minute case watch may have run this sweep first, so the case's state counts, not the sweep's tally.
        api.as(ops).post("/cases/setup/deadline-check").then().statusCode(200);
        api.as(ops).get("/cases/" + caseId).then().statusCode(200).body("overdue", equalTo(true))
                .body("overdueAt", notNullValue()).body("escalatedToDistrictAt", notNullValue());
        api.as(ops).get("/cases?overdue=true").then().statusCode(200).body("items.id", hasItem((int) caseId));

        String districtOps = district.getValue();
        String list = api.as(districtOps).get("/cases/escalated").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].sourceCaseId", equalTo((int) caseId))
                .body("items[0].reporterMasked", equalTo("张**"))
                .body("items[0].categoryName", equalTo("消防通道堵塞"))
                .body("items[0].placeName", equalTo("7栋"))
                .extract().asString();
        long escalation = api.as(districtOps).get("/cases/escalated").then().extract()
                .<Number>path("items[0].id").longValue();
        String detail = api.as(districtOps).get("/cases/escalated/" + escalation).then().statusCode(200)
                .body("description", equalTo("7栋消防通道堆满杂物")).extract().asString();
        for (String shown : List.of(list, detail)) {
            assertThat(shown).doesNotContain("张三丰").doesNotContain("13912345678")
                    .doesNotContain(username);
        }
        problem(api.as(districtOps).get("/cases/" + caseId), 404, "case_not_found");

        // Round the clock, the company's working time is calendar time: the district counts the same overdue time.
        long overdueMinutes = api.as(districtOps).get("/cases/escalated/" + escalation).then().extract()
                .<Number>path("overdueWorkingMinutes").longValue();
        assertThat(overdueMinutes).isBetween(0L, 5L);
        String changed = api.as(districtOps).get("/cases/escalated").then().extract().path("items[0].updatedAt");
        api.as(districtOps).body(Map.of("text", "请今日内清理并回报")).post("/cases/escalated/" + escalation
                + "/comments").then().statusCode(201).body("steps.text", hasItem("请今日内清理并回报"));
        // The district's own comment is the case's latest change, so the list (latest change first) shows it.
        String commented = api.as(districtOps).get("/cases/escalated").then().extract().path("items[0].updatedAt");
        assertThat(Instant.parse(commented)).isAfter(Instant.parse(changed));
        api.as(ops).get("/cases/" + caseId).then().statusCode(200)
                .body("escalatedToDistrictAt", Matchers.notNullValue())
                .body("steps.kind", hasItem("DISTRICT_COMMENT"))
                .body("steps.text", hasItem("请今日内清理并回报"));
        api.as(resident).get("/cases/mine/" + caseId).then().statusCode(200)
                .body("steps.kind", Matchers.not(hasItem("DISTRICT_COMMENT")));

        problem(api.as(opsB).get("/cases/" + caseId), 404, "case_not_found");
        problem(api.as(opsB).post("/cases/" + caseId + "/accept"), 404, "case_not_found");
        problem(api.as(opsA).get("/cases/escalated/" + escalation), 404, "case_not_found");
        api.as(otherCompany.getValue()).get("/cases/escalated").then().statusCode(200).body("total", equalTo(0));
        api.as(opsA).get("/cases?size=200").then().statusCode(200).body("items.id",
                Matchers.not(hasItem((int) caseId)));
    }

    /**
     * A supervisor sees exactly its jurisdiction: the district it is attached to and the property companies that
     * district supervises. Asked for any other district or company — by id, by export, or by naming the tenant in
     * the header — it is refused; moved to another district, it loses the first one entirely.
     */
    @Test
    void aSupervisorOfOneDistrictGetsNothingOfAnotherDistrictOrItsCompanies() {
        String admin = api.token("admin");
        String supervisor = api.token("supervisor");
        long supervisorId = api.as(supervisor).get("/auth/me").then().extract().<Number>path("accountId")
                .longValue();
        long districtY = api.createTenant(admin, Api.unique("另一街道"), "DISTRICT");
        long companyZ = api.createTenant(admin, Api.unique("另一物业"), "PROPERTY_COMPANY");
        api.as(admin).body(Map.of("districtId", districtY)).put("/tenants/" + companyZ + "/supervisor").then()
                .statusCode(200);

        for (long outside : List.of(districtY, companyZ)) {
            problem(api.as(supervisor).get("/oversight/tenants/" + outside), 403, "oversight_outside_jurisdiction");
            problem(api.as(supervisor).get("/oversight/tenants/" + outside + "/export?format=xlsx"), 403,
                    "oversight_outside_jurisdiction");
            problem(api.as(supervisor).header("X-Linli-Tenant", outside).get("/oversight/overview"), 403,
                    "tenant_forbidden");
        }
        api.as(supervisor).get("/oversight/overview").then().statusCode(200)
                .body("tables[0].rows.key", hasItem(Long.toString(tenantA)))
                .body("tables[0].rows.key", not(hasItem(Long.toString(districtY))))
                .body("tables[0].rows.key", not(hasItem(Long.toString(companyZ))));

        try {
            api.as(admin).body(Map.of("districtId", districtY)).put("/supervisors/" + supervisorId + "/jurisdiction")
                    .then().statusCode(200).body("districtId", equalTo((int) districtY));
            api.as(supervisor).get("/oversight/jurisdiction").then().statusCode(200)
                    .body("tenants.id", equalTo(List.of((int) districtY, (int) companyZ)));
            api.as(supervisor).get("/oversight/tenants/" + companyZ).then().statusCode(200);
            problem(api.as(supervisor).get("/oversight/tenants/" + tenantA), 403, "oversight_outside_jurisdiction");
            problem(api.as(supervisor).get("/oversight/tenants/" + tenantB), 403, "oversight_outside_jurisdiction");
            api.as(admin).delete("/supervisors/" + supervisorId + "/jurisdiction").then().statusCode(204);
            api.as(supervisor).get("/oversight/jurisdiction").then().statusCode(200)
                    .body("tenants", Matchers.hasSize(0));
            problem(api.as(supervisor).get("/oversight/overview"), 404, "oversight_no_jurisdiction");
            problem(api.as(supervisor).get("/oversight/tenants/" + companyZ), 404, "oversight_no_jurisdiction");
        } finally {
            api.as(admin).body(Map.of("districtId", tenantA)).put("/supervisors/" + supervisorId + "/jurisdiction")
                    .then().statusCode(200);
        }
        api.as(admin).get("/audit?action=oversight.jurisdiction.&size=20").then().statusCode(200)
                .body("items.action", hasItem("oversight.jurisdiction.attach"))
                .body("items.action", hasItem("oversight.jurisdiction.detach"));
        // The supervisor's looks at company Z went to Z's trail, not to tenant B's.
        api.as(opsB).get("/audit?action=oversight.&size=100").then().statusCode(200)
                .body("items.tenantId", Matchers.everyItem(equalTo((int) tenantB)));
    }
}
