package org.linli.infra.it;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.linli.infra.it.ApiIT.problem;

/**
 * The marketplace end to end over HTTP on the real WAR: providers onboarded and verified, offerings on sale, a
 * resident booking a slot idempotently, paying through the development gateway, the provider serving and the
 * resident rating; cancellation and refunds giving money and slots back; one slot never booked twice.
 */
@ExtendWith(ArquillianExtension.class)
class MarketplaceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    Api api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new Api(base);
        admin = api.token("admin");
    }

    @Test
    void aResidentBooksPaysIsServedAndRatesAndEveryStepIsInTheHistory() {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "日常保洁", "HOURLY", 5000, true);
        List<Number> slots = m.publishSlots();
        assertThat(slots).hasSizeGreaterThanOrEqualTo(14);
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().statusCode(200)
                .body("items.id", hasItem((int) offering));

        String key = UUID.randomUUID().toString();
        Map<String, Object> booking = Map.of("offeringId", offering, "slotId", slots.get(0), "note", "重点打扫厨房");
        Response placed = api.as(m.resident).header("Idempotency-Key", key).body(booking).post("/orders");
        placed.then().statusCode(201).body("status", equalTo("PLACED")).body("amountFen", equalTo(10000))
                .body("amount", equalTo("¥100.00")).body("actions", equalTo(List.of("pay", "cancel")))
                .body("serviceAddress", org.hamcrest.Matchers.containsString("301"));
        long order = placed.then().extract().<Number>path("id").longValue();

        api.as(m.resident).header("Idempotency-Key", key).body(booking).post("/orders").then().statusCode(200)
                .body("id", equalTo((int) order));
        problem(api.as(m.resident).header("Idempotency-Key", key)
                .body(Map.of("offeringId", offering, "slotId", slots.get(1))).post("/orders"), 422,
                "idempotency_conflict");
        problem(api.as(m.resident).body(booking).post("/orders"), 400, "validation_failed")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        problem(api.as(m.staff).post("/orders/" + order + "/accept"), 409, "invalid_transition");
        api.as(m.resident).post("/orders/" + order + "/pay").then().statusCode(200).body("status", equalTo("PAID"));
        problem(api.as(m.resident).post("/orders/" + order + "/pay"), 409, "invalid_transition");
        problem(api.as(m.resident).post("/orders/" + order + "/accept"), 403, "order_action_forbidden");
        problem(api.as(m.staff).post("/orders/" + order + "/teleport"), 404, "transition_not_found");

        api.as(m.staff).get("/orders?status=PAID").then().statusCode(200).body("items.id", hasItem((int) order));
        api.as(m.staff).post("/orders/" + order + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("actions", equalTo(List.of("start")));
        api.as(m.staff).post("/orders/" + order + "/start").then().statusCode(200)
                .body("status", equalTo("IN_SERVICE"));
        api.as(m.staff).post("/orders/" + order + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        problem(api.as(m.resident).body(Map.of("stars", 6)).post("/orders/" + order + "/review"), 400,
                "validation_failed").body("errors[0].field", equalTo("stars"));
        api.as(m.resident).body(Map.of("stars", 4, "text", "干净利落")).post("/orders/" + order + "/review").then()
                .statusCode(200).body("status", equalTo("REVIEWED")).body("actions", equalTo(List.of()));

        api.as(m.resident).get("/orders/" + order + "/review").then().body("stars", equalTo(4));
        api.as(m.resident).get("/providers/" + m.provider).then().body("rating", equalTo(4.0f))
                .body("ratingCount", equalTo(1));
        List<Map<String, Object>> history = api.as(m.operator).get("/orders/" + order + "/history").then()
                .statusCode(200).extract().path("");
        assertThat(history).extracting(h -> h.get("action"))
                .containsExactly("place", "pay", "accept", "start", "complete", "review");
        assertThat(history).extracting(h -> h.get("to"))
                .containsExactly("PLACED", "PAID", "ACCEPTED", "IN_SERVICE", "COMPLETED", "REVIEWED");
        assertThat(history.get(2).get("actor")).isNotEqualTo(history.get(1).get("actor"));
        assertThat(history).allSatisfy(h -> assertThat(h.get("at")).isNotNull());
        List<String> audit = api.as(m.operator).get("/audit?size=200").then().extract().path("items.action");
        assertThat(audit).contains("order.place", "order.transition", "slot.take", "provider.rate");
    }

    @Test
    void ofConcurrentBookingsOfOneSlotExactlyOneSucceeds() throws Exception {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8000, true);
        Number slot = m.publishSlots().get(0);
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Callable<Response> booking = () -> {
                start.await();
                return api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("offeringId", offering, "slotId", slot)).post("/orders");
            };
            results.add(pool.submit(booking));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (Future<Response> result : results) {
            Response response = result.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 409) {
                assertThat(response.then().extract().<String>path("code")).isEqualTo("slot_taken");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsEntry(201, 1).containsEntry(409, attempts - 1);
        assertThat(api.as(m.resident).get("/orders").then().extract().<Integer>path("total")).isEqualTo(1);
        api.as(m.resident).get("/slots?provider=" + m.provider).then().body("id", not(hasItem(slot)));
    }

    @Test
    void cancellingInTimeRefundsEverythingAndFreesTheSlotWhileRefundsNeedAnOperator() {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "深度保洁", "PER_SQM", 600, true);
        List<Number> slots = m.publishSlots();
        long order = book(m, offering, slots.get(0));
        api.as(m.resident).get("/orders/" + order).then().body("amountFen", equalTo(53700));
        api.as(m.resident).post("/orders/" + order + "/pay").then().statusCode(200);
        api.as(m.resident).body(Map.of("text", "改期")).post("/orders/" + order + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(53700));
        api.as(m.resident).get("/slots?provider=" + m.provider).then().body("id", hasItem(slots.get(0)));

        long second = book(m, offering, slots.get(1));
        api.as(m.resident).post("/orders/" + second + "/pay").then().statusCode(200);
        problem(api.as(m.resident).post("/orders/" + second + "/request-refund"), 400, "validation_failed");
        api.as(m.resident).body(Map.of("text", "不需要了")).post("/orders/" + second + "/request-refund").then()
                .statusCode(200).body("status", equalTo("REFUND_REQUESTED"));
        problem(api.as(m.resident).post("/orders/" + second + "/refund"), 403, "order_action_forbidden");
        api.as(m.operator).post("/orders/" + second + "/reject-refund").then().statusCode(200)
                .body("status", equalTo("PAID"));
        api.as(m.resident).body(Map.of("text", "还是不需要")).post("/orders/" + second + "/request-refund").then()
                .statusCode(200);
        api.as(m.operator).post("/orders/" + second + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundedFen", equalTo(53700));
        api.as(m.resident).get("/slots?provider=" + m.provider).then().body("id", hasItem(slots.get(1)));
    }

    @Test
    void aFreeBasicServiceSkipsPayment() {
        Market m = Market.open(api, admin);
        long offering = m.offer("BASIC", "爱心义剪", "FIXED", 0, false);
        long order = api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering)).post("/orders").then().statusCode(201)
                .body("status", equalTo("PAID")).body("amountFen", equalTo(0)).body("actions", equalTo(List.of("cancel")))
                .extract().<Number>path("id").longValue();
        api.as(m.staff).post("/orders/" + order + "/accept").then().statusCode(200);
    }

    @Test
    void disabledModulesSuspendedProvidersAndBlockedOfferingsAreNotForSale() {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "收纳整理", "FIXED", 15000, false);
        problem(api.as(m.staff).body(Map.of("module", "PARKING", "title", "车位", "pricing", "FIXED",
                "unitPriceFen", 30000)).post("/offerings"), 403, "module_disabled");
        problem(api.as(m.resident).get("/offerings?module=PARKING"), 403, "module_disabled");

        api.as(m.operator).body(Map.of("note", "资质待补")).post("/offerings/" + offering + "/block").then()
                .statusCode(200).body("status", equalTo("BLOCKED"));
        api.as(m.resident).get("/offerings").then().body("items.id", not(hasItem((int) offering)));
        problem(api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering)).post("/orders"), 404, "offering_not_found");
        problem(api.as(m.staff).post("/offerings/" + offering + "/publish"), 409, "invalid_transition");
        api.as(m.operator).post("/offerings/" + offering + "/unblock").then().statusCode(200);

        api.as(m.operator).body(Map.of("reason", "投诉核查中")).post("/providers/" + m.provider + "/suspend").then()
                .statusCode(200).body("status", equalTo("SUSPENDED"));
        api.as(m.resident).get("/offerings").then().body("items.id", not(hasItem((int) offering)));
        api.as(m.operator).post("/providers/" + m.provider + "/reinstate").then().statusCode(200);
        api.as(m.resident).get("/offerings").then().body("items.id", hasItem((int) offering));

        api.as(admin).header("X-Linli-Tenant", m.tenant).delete("/modules/housekeeping").then().statusCode(200);
        api.as(m.resident).get("/offerings").then().body("items.id", not(hasItem((int) offering)));
        problem(api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering)).post("/orders"), 404, "offering_not_found");
    }

    @Test
    void providersAreOnboardedWithAValidQualificationAndSeeOnlyTheirOwnOrders() {
        Market m = Market.open(api, admin, "housekeeping");
        problem(api.as(m.operator).body(Map.of("name", "无证商户", "kind", "COMPANY", "licenceNumber", "123",
                "contactName", "李", "contactPhone", "12")).post("/providers"), 400, "validation_failed")
                .body("errors.field", equalTo(List.of("contactPhone", "licenceNumber")));
        String otherName = Api.unique("rival");
        long otherAccount = api.createUser(m.operator, otherName, "PROVIDER_STAFF");
        Market.onboard(api, m.operator, "对手家政", otherAccount);
        String rival = api.token(otherName);
        problem(api.as(m.operator).body(Map.of("userId", otherAccount)).post("/providers/" + m.provider + "/staff"),
                409, "staff_already_linked");

        long offering = m.offer("HOUSEKEEPING", "家电清洗", "FIXED", 12000, false);
        long order = book(m, offering, null);
        problem(api.as(rival).get("/orders/" + order), 404, "order_not_found");
        problem(api.as(rival).post("/orders/" + order + "/cancel"), 404, "order_not_found");
        assertThat(api.as(rival).get("/orders").then().extract().<Integer>path("total")).isZero();
        problem(api.as(rival).body(Map.of("module", "HOUSEKEEPING", "title", "改", "pricing", "FIXED",
                "unitPriceFen", 1)).put("/offerings/" + offering), 404, "offering_not_found");
        api.as(m.operator).get("/orders?provider=" + m.provider).then().body("items.id", hasItem((int) order));
    }

    private long book(Market m, long offering, Number slot) {
        Map<String, Object> body = new HashMap<>();
        body.put("offeringId", offering);
        if (slot != null) {
            body.put("slotId", slot);
        }
        return api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/orders")
                .then().statusCode(201).extract().<Number>path("id").longValue();
    }
}
