package org.linli.infra.it;

import io.restassured.response.Response;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
class MarketplaceIT extends RealWarTest {

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
        long offering = api.as(m.staff).body(Map.of("module", "HOUSEKEEPING", "title", "日常保洁", "pricing", "HOURLY",
                        "unitPriceFen", 5000, "needsSlot", true, "checklist", List.of("擦窗", "拖地")))
                .post("/offerings").then().statusCode(201).body("checklist", equalTo(List.of("擦窗", "拖地")))
                .extract().<Number>path("id").longValue();
        List<Number> slots = m.publishSlots();
        assertThat(slots).hasSizeGreaterThanOrEqualTo(14);
        // A rival provider's offering whose title sorts first: ahead while neither provider has a review.
        String rivalStaff = Api.unique("cleaner");
        Market.onboard(api, m.operator, "快洁家政" + rivalStaff, api.createUser(m.operator, rivalStaff,
                "PROVIDER_STAFF"));
        long rival = api.as(api.token(rivalStaff)).body(Map.of("module", "HOUSEKEEPING", "title", "A 快速保洁",
                "pricing", "FIXED", "unitPriceFen", 3000, "needsSlot", false)).post("/offerings").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) rival, (int) offering)));

        String key = UUID.randomUUID().toString();
        Map<String, Object> booking = Map.of("offeringId", offering, "slotId", slots.get(0), "note", "重点打扫厨房");
        Response placed = api.as(m.resident).header("Idempotency-Key", key).body(booking).post("/orders");
        placed.then().statusCode(201).body("status", equalTo("PLACED")).body("amountFen", equalTo(10000))
                .body("amount", equalTo("¥100.00")).body("actions", equalTo(List.of("pay", "cancel")))
                .body("serviceAddress", Matchers.containsString("301"));
        long order = placed.then().extract().<Number>path("id").longValue();

        api.as(m.resident).header("Idempotency-Key", key).body(booking).post("/orders").then().statusCode(200)
                .body("id", equalTo((int) order));
        problem(api.as(m.resident).header("Idempotency-Key", key)
                .body(Map.of("offeringId", offering, "slotId", slots.get(1))).post("/orders"), 422,
                "idempotency_conflict");
        problem(api.as(m.resident).body(booking).post("/orders"), 400, "validation_failed")
                .body("errors[0].field", equalTo("Idempotency-Key"));

        problem(api.as(m.staff).post("/orders/" + order + "/accept"), 409, "invalid_transition");
        api.pay(m.resident, order);
        problem(api.as(m.resident).post("/orders/" + order + "/pay"), 409, "invalid_transition");
        problem(api.as(m.resident).post("/orders/" + order + "/accept"), 403, "order_action_forbidden");
        problem(api.as(m.staff).post("/orders/" + order + "/teleport"), 404, "transition_not_found");

        api.as(m.staff).get("/orders?status=PAID").then().statusCode(200).body("items.id", hasItem((int) order));
        api.as(m.staff).post("/orders/" + order + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("actions", equalTo(List.of("start")));
        api.as(m.staff).post("/orders/" + order + "/start").then().statusCode(200)
                .body("status", equalTo("IN_SERVICE"));
        problem(api.as(m.staff).body(Map.of("tasks", List.of("拖地", "擦桌子"))).post("/orders/" + order + "/complete"),
                400, "validation_failed").body("errors[0].field", equalTo("tasks"));
        api.as(m.staff).body(Map.of("tasks", List.of("拖地"))).post("/orders/" + order + "/complete").then()
                .statusCode(200).body("status", equalTo("COMPLETED")).body("checklist", equalTo(List.of("擦窗", "拖地")))
                .body("tasksDone", equalTo(List.of("拖地")));
        problem(api.as(m.resident).body(Map.of("stars", 6)).post("/orders/" + order + "/review"), 400,
                "validation_failed").body("errors[0].field", equalTo("stars"));
        api.as(m.resident).body(Map.of("stars", 4, "text", "干净利落")).post("/orders/" + order + "/review").then()
                .statusCode(200).body("status", equalTo("REVIEWED")).body("actions", equalTo(List.of()));

        api.as(m.resident).get("/orders/" + order + "/review").then().body("stars", equalTo(4));
        api.as(m.resident).get("/providers/" + m.provider).then().body("rating", equalTo(4.0f))
                .body("ratingCount", equalTo(1));
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) offering, (int) rival)));
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
        long order = m.book(offering, slots.get(0));
        api.as(m.resident).get("/orders/" + order).then().body("amountFen", equalTo(53700));
        api.pay(m.resident, order);
        api.as(m.resident).body(Map.of("text", "改期")).post("/orders/" + order + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(53700));
        api.as(m.resident).get("/slots?provider=" + m.provider).then().body("id", hasItem(slots.get(0)));

        long second = m.book(offering, slots.get(1));
        api.pay(m.resident, second);
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
                .body("status", equalTo("PAID")).body("amountFen", equalTo(0))
                .body("actions", equalTo(List.of("cancel")))
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

        // Kept under the edition the resident's token signs in with, then refused at once when the module goes.
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().body("items.id", hasItem((int) offering));
        api.as(admin).header("X-Linli-Tenant", m.tenant).delete("/modules/housekeeping").then().statusCode(200);
        problem(api.as(m.resident).get("/offerings?module=HOUSEKEEPING"), 403, "module_disabled");
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
        long order = m.book(offering, null);
        problem(api.as(rival).get("/orders/" + order), 404, "order_not_found");
        problem(api.as(rival).post("/orders/" + order + "/cancel"), 404, "order_not_found");
        assertThat(api.as(rival).get("/orders").then().extract().<Integer>path("total")).isZero();
        problem(api.as(rival).body(Map.of("module", "HOUSEKEEPING", "title", "改", "pricing", "FIXED",
                "unitPriceFen", 1)).put("/offerings/" + offering), 404, "offering_not_found");
        api.as(m.operator).get("/orders?provider=" + m.provider).then().body("items.id", hasItem((int) order));
    }

    @Test
    void verificationNeedsValidProofOfIdentityAndDocumentsStayWithOperatorsAndTheProvider() {
        Market m = Market.open(api, admin, "housekeeping");
        long applicant = api.as(m.operator).body(Map.of("name", "新来家政", "kind", "INDIVIDUAL",
                        "licenceNumber", "11010519491231002X", "contactName", "王", "contactPhone", "13800002222"))
                .post("/providers").then().statusCode(201).extract().<Number>path("id").longValue();
        String documents = "/providers/" + applicant + "/documents";
        problem(api.as(m.operator).post("/providers/" + applicant + "/verify"), 409, "provider_documents_missing");

        problem(api.as(m.operator).contentType("application/pdf").body("not a pdf".getBytes())
                .post(documents + "?kind=ID_CARD"), 400, "validation_failed")
                .body("errors.code", equalTo(List.of("file_type_not_allowed")));
        problem(api.as(m.operator).contentType("application/pdf").body(TestFiles.pdf(5 * 1024 * 1024 + 1))
                .post(documents + "?kind=ID_CARD"), 400, "validation_failed")
                .body("errors.code", equalTo(List.of("file_too_large")));
        problem(api.as(m.operator).contentType("application/pdf").body(TestFiles.pdf(100))
                .post(documents + "?kind=ID_CARD&validUntil=2020-01-01"), 400, "validation_failed")
                .body("errors.code", equalTo(List.of("not_past")));
        problem(api.as(m.operator).contentType("application/pdf").body(TestFiles.pdf(100))
                .post(documents + "?kind=PASSPORT"), 400, "validation_failed");
        api.as(m.operator).contentType("application/pdf").body(TestFiles.pdf(100))
                .post(documents + "?kind=HEALTH_CERTIFICATE&name=health.pdf").then().statusCode(201);
        problem(api.as(m.operator).post("/providers/" + applicant + "/verify"), 409, "provider_documents_missing");

        byte[] scan = TestFiles.png(40_000);
        long card = api.as(m.operator).contentType("application/octet-stream").body(scan)
                .queryParam("kind", "ID_CARD").queryParam("name", "C:\\scans\\身份证.png")
                .queryParam("validUntil", "2040-01-01").post(documents).then()
                .statusCode(201).body("type", equalTo("PNG")).body("fileName", equalTo("身份证.png"))
                .body("sizeBytes", equalTo(40_000)).extract().<Number>path("id").longValue();
        Response download = api.as(m.operator).get(documents + "/" + card);
        download.then().statusCode(200).contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", Matchers.startsWith("attachment;"));
        assertThat(download.asByteArray()).isEqualTo(scan);
        api.as(m.operator).get(documents).then().statusCode(200).body("kind", equalTo(List.of("ID_CARD",
                "HEALTH_CERTIFICATE")));
        api.as(m.operator).post("/providers/" + applicant + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        assertThat(api.as(m.operator).get("/audit?action=provider.document.read&size=200").then().statusCode(200)
                .extract().<List<String>>path("items.target")).contains("provider:" + applicant);

        api.as(m.staff).get("/providers/" + m.provider + "/documents").then().statusCode(200)
                .body("kind", equalTo(List.of("BUSINESS_LICENCE")));
        long own = api.as(m.staff).contentType("application/pdf").body(TestFiles.pdf(300))
                .post("/providers/" + m.provider + "/documents?kind=INSURANCE&validUntil=2035-06-30").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        problem(api.as(m.staff).get(documents), 404, "provider_not_found");
        problem(api.as(m.staff).get(documents + "/" + card), 404, "provider_not_found");
        problem(api.as(m.staff).delete(documents + "/" + card), 404, "provider_not_found");
        problem(api.as(m.operator).get(documents + "/" + own), 404, "document_not_found");
        problem(api.as(m.resident).get("/providers/" + m.provider + "/documents"), 403, "forbidden");
        api.as(m.staff).delete("/providers/" + m.provider + "/documents/" + own).then().statusCode(204);
        problem(api.as(m.staff).get("/providers/" + m.provider + "/documents/" + own), 404, "document_not_found");
    }

    @Test
    void offeringsShowPicturesThatResidentsSeeOnlyWhileTheOfferingIsOnSale() {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8000, false);
        String images = "/offerings/" + offering + "/images";
        problem(api.as(m.staff).contentType("application/pdf").body(TestFiles.pdf(500)).post(images), 400,
                "validation_failed").body("errors.code", equalTo(List.of("file_type_not_allowed")));
        problem(api.as(m.staff).contentType("image/png").body(TestFiles.png(2 * 1024 * 1024 + 1)).post(images),
                400, "validation_failed").body("errors.code", equalTo(List.of("file_too_large")));
        problem(api.as(m.operator).contentType("image/png").body(TestFiles.png(500)).post(images), 403,
                "forbidden");
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ids.add(api.as(m.staff).contentType("image/png").body(TestFiles.png(1000 * i)).post(images).then()
                    .statusCode(201).body("position", equalTo(i - 1)).extract().<Number>path("id").longValue());
        }
        problem(api.as(m.staff).contentType("image/png").body(TestFiles.png(100)).post(images), 409,
                "offering_images_full");

        api.as(m.resident).get(images).then().statusCode(200).body("size()", equalTo(6));
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().statusCode(200)
                .body("items.find { it.id == " + offering + " }.coverImage",
                        equalTo("offerings/" + offering + "/images/" + ids.get(0)));
        Response picture = api.as(m.resident).get(images + "/" + ids.get(2));
        picture.then().statusCode(200).contentType("image/png");
        assertThat(picture.asByteArray()).isEqualTo(TestFiles.png(3000));
        api.as(m.resident).header("If-None-Match", picture.header("ETag")).get(images + "/" + ids.get(2)).then()
                .statusCode(304);

        api.as(m.staff).post(images + "/" + ids.get(4) + "/cover").then().statusCode(200);
        api.as(m.resident).get("/offerings/" + offering).then().body("coverImage",
                equalTo("offerings/" + offering + "/images/" + ids.get(4)));
        // The shelf was read before: the new cover and a new price show on it at once all the same.
        api.as(m.staff).body(Map.of("module", "HOUSEKEEPING", "title", "擦玻璃（双面）", "pricing", "FIXED",
                "unitPriceFen", 9000)).put("/offerings/" + offering).then().statusCode(200);
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().statusCode(200)
                .body("items.find { it.id == " + offering + " }.coverImage",
                        equalTo("offerings/" + offering + "/images/" + ids.get(4)))
                .body("items.find { it.id == " + offering + " }.unitPrice", equalTo("¥90.00"));
        api.as(m.staff).delete(images + "/" + ids.get(4)).then().statusCode(204);
        api.as(m.resident).get(images).then().body("id[0]", equalTo(ids.get(0).intValue()))
                .body("size()", equalTo(5));

        api.as(m.staff).post("/offerings/" + offering + "/withdraw").then().statusCode(200);
        api.as(m.resident).get("/offerings?module=HOUSEKEEPING").then().body("items.id", not(hasItem((int) offering)));
        problem(api.as(m.resident).get(images), 404, "offering_not_found");
        problem(api.as(m.resident).get(images + "/" + ids.get(0)), 404, "offering_not_found");
        api.as(m.operator).get(images + "/" + ids.get(0)).then().statusCode(200);
    }

    @Test
    void monthlyPermitsFollowTheirOrdersAndVisitorsPayByTheTariff() {
        Market m = Market.open(api, admin, "parking");
        long permits = m.offer("PARKING", "地面车位月租", "PER_MONTH", 30000, false);
        long lot = api.as(m.operator).body(Map.of("communityId", m.community, "providerId", m.provider,
                        "name", "北门停车场", "freeMinutes", 15, "hourlyRateFen", 500, "dailyCapFen", 3000,
                        "permitOfferingId", permits)).post("/parking/lots").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        api.as(m.operator).body(Map.of("codes", List.of("A-001", "A-002"), "kind", "MONTHLY"))
                .post("/parking/lots/" + lot + "/spaces").then().statusCode(201).body("size()", equalTo(2));
        problem(api.as(m.operator).body(Map.of("codes", List.of("A-002"), "kind", "MONTHLY"))
                .post("/parking/lots/" + lot + "/spaces"), 409, "parking_space_taken");

        problem(api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", lot, "plate", "ABC", "months", 2)).post("/parking/permits"), 400,
                "validation_failed").body("errors[0].code", equalTo("plate_format"));
        String key = UUID.randomUUID().toString();
        Response requested = api.as(m.resident).header("Idempotency-Key", key)
                .body(Map.of("lotId", lot, "plate", "苏a·12345", "months", 2)).post("/parking/permits");
        requested.then().statusCode(201).body("status", equalTo("PENDING")).body("plate", equalTo("苏A12345"));
        long order = requested.then().extract().<Number>path("orderId").longValue();
        LocalDate from = LocalDate.parse(requested.then().extract().path("validFrom"));
        requested.then().body("validUntil", equalTo(from.plusMonths(2).minusDays(1).toString()));
        api.as(m.resident).get("/orders/" + order).then().body("amountFen", equalTo(60000))
                .body("module", equalTo("PARKING"));
        problem(api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("lotId", lot, "plate", "苏A12345", "months", 1)).post("/parking/permits"), 409,
                "parking_permit_overlaps");
        api.pay(m.resident, order);
        api.as(m.resident).get("/parking/permits/mine").then().body("[0].status", equalTo("ACTIVE"));
        assertThat(api.as(m.operator).get("/parking/permits/expiring?days=70").then().extract()
                .<List<Number>>path("orderId")).extracting(Number::longValue).contains(order);
        assertThat(api.as(m.operator).get("/parking/permits/expiring?days=7").then().extract()
                .<List<Number>>path("orderId")).extracting(Number::longValue).doesNotContain(order);

        long holder = api.as(m.staff).body(Map.of("plate", "苏A12345")).post("/parking/lots/" + lot + "/entries")
                .then().statusCode(201).body("permitHolder", equalTo(true)).extract().<Number>path("id").longValue();
        problem(api.as(m.staff).body(Map.of("plate", "苏A12345")).post("/parking/lots/" + lot + "/entries"), 409,
                "parking_already_inside");
        api.as(m.staff).post("/parking/sessions/" + holder + "/exit").then().statusCode(200)
                .body("feeFen", equalTo(0));
        problem(api.as(m.staff).post("/parking/sessions/" + holder + "/exit"), 409, "session_closed");
        long visitor = api.as(m.staff).body(Map.of("plate", "苏B88888")).post("/parking/lots/" + lot + "/entries")
                .then().statusCode(201).body("permitHolder", equalTo(false)).extract().<Number>path("id").longValue();
        api.as(m.operator).get("/parking/lots/" + lot + "/sessions?open=true").then()
                .body("items.plate", equalTo(List.of("苏B88888")));
        api.as(m.staff).post("/parking/sessions/" + visitor + "/exit").then().statusCode(200)
                .body("feeFen", equalTo(0)).body("fee", equalTo("¥0.00"));
        problem(api.as(m.resident).body(Map.of("plate", "苏C12345")).post("/parking/lots/" + lot + "/entries"), 404,
                "parking_lot_not_found");

        api.as(m.resident).body(Map.of("text", "车卖了")).post("/orders/" + order + "/cancel").then()
                .statusCode(200).body("refundedFen", equalTo(60000));
        api.as(m.resident).get("/parking/permits/mine").then().body("[0].status", equalTo("CANCELLED"));

        Market other = Market.open(api, admin, "housekeeping");
        problem(api.as(other.operator).get("/parking/lots"), 403, "module_disabled");
    }

    @Test
    void parcelsAreHandedOverAgainstTheirCodeOrDeliveredToTheDoor() {
        Market m = Market.open(api, admin, "delivery");
        long doorstep = m.offer("DELIVERY", "送件上门", "PER_VISIT", 300, false);
        Map<String, Object> first = Map.of("householdId", m.home, "carrier", "顺丰", "trackingNumber",
                "sf" + System.nanoTime());
        api.as(m.staff).get("/parcels/homes?q=301").then().statusCode(200).body("id", hasItem((int) m.home));
        long parcel = api.as(m.staff).body(first).post("/parcels").then().statusCode(201)
                .body("status", equalTo("WAITING")).body("address", Matchers.containsString("301"))
                .extract().<Number>path("id").longValue();
        problem(api.as(m.staff).body(first).post("/parcels"), 409, "parcel_known");
        problem(api.as(m.resident).body(first).post("/parcels"), 403, "forbidden");

        List<Map<String, Object>> atStation = api.as(m.staff).get("/parcels").then().statusCode(200).extract()
                .path("items");
        assertThat(atStation).hasSize(1).allSatisfy(p -> assertThat(p).doesNotContainKey("pickupCode"));
        assertThat(api.as(m.staff).get("/parcels?overdue=true").then().extract().<List<Object>>path("items"))
                .isEmpty();
        String code = api.as(m.resident).get("/parcels/mine").then().statusCode(200).extract().path("[0].pickupCode");
        assertThat(code).matches("\\d{6}");
        String wrong = code.equals("000000") ? "111111" : "000000";
        problem(api.as(m.staff).body(Map.of("code", wrong)).post("/parcels/" + parcel + "/pickup"), 409,
                "pickup_code_wrong");
        api.as(m.staff).body(Map.of("code", code)).post("/parcels/" + parcel + "/pickup").then().statusCode(200)
                .body("status", equalTo("PICKED_UP"));
        problem(api.as(m.staff).body(Map.of("code", code)).post("/parcels/" + parcel + "/pickup"), 409,
                "invalid_transition");

        long second = api.as(m.staff).body(Map.of("householdId", m.home, "carrier", "中通", "trackingNumber",
                "zt" + System.nanoTime())).post("/parcels").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        long order = api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", doorstep)).post("/parcels/" + second + "/doorstep").then()
                .statusCode(201).extract().<Number>path("orderId").longValue();
        api.pay(m.resident, order);
        for (String step : List.of("accept", "start", "complete")) {
            api.as(m.staff).post("/orders/" + order + "/" + step).then().statusCode(200);
        }
        api.as(m.resident).get("/parcels/mine").then().body("find { it.id == " + second + " }.status",
                equalTo("DELIVERED"));
        assertThat(api.as(m.staff).get("/parcels").then().extract().<List<Object>>path("items")).isEmpty();
    }

    @Test
    void complaintsAreFiledByTheResidentAndResolvedByAnOperator() {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "空调清洗", "FIXED", 9000, false);
        long order = m.book(offering, null);
        problem(api.as(m.resident).body(Map.of("orderId", order, "text", "还没付钱")).post("/complaints"), 409,
                "complaint_needs_payment");
        api.pay(m.resident, order);
        problem(api.as(m.staff).body(Map.of("orderId", order, "text", "冒充")).post("/complaints"), 403, "forbidden");
        long complaint = api.as(m.resident).body(Map.of("orderId", order, "text", "迟到一小时"))
                .post("/complaints").then().statusCode(201).body("open", equalTo(true)).extract()
                .<Number>path("id").longValue();
        api.as(m.staff).get("/complaints").then().body("items.id", hasItem((int) complaint));
        api.as(m.operator).get("/complaints?open=true").then().body("items.id", hasItem((int) complaint));
        problem(api.as(m.staff).body(Map.of("resolution", "自己结案")).post("/complaints/" + complaint + "/resolve"),
                403, "forbidden");
        api.as(m.operator).body(Map.of("resolution", "已提醒服务商，赠送优惠")).post("/complaints/" + complaint
                + "/resolve").then().statusCode(200).body("open", equalTo(false));
        problem(api.as(m.operator).body(Map.of("resolution", "再次")).post("/complaints/" + complaint + "/resolve"),
                409, "complaint_resolved");
        api.as(m.resident).get("/complaints").then().body("items[0].resolution", equalTo("已提醒服务商，赠送优惠"));
    }

    @Test
    void familyBookAndPlanCareForAnElderReadTheVisitReportsAndHearOfMissedVisits() {
        Market m = Market.open(api, admin, "elder_care");
        long bath = m.offer("ELDER_CARE", "上门助浴", "PER_VISIT", 8000, false);
        long elder = api.as(m.operator).body(Map.of("householdId", m.home, "name", "王奶奶", "tags",
                List.of("ELDERLY_ALONE"))).post("/residents").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        long family = api.as(m.resident).get("/me/resident").then().statusCode(200).extract().<Number>path("id")
                .longValue();
        problem(api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", bath, "forResidentId", elder)).post("/orders"), 404, "resident_not_found");

        api.as(m.operator).body(Map.of("elderId", elder, "familyId", family, "relation", "女儿")).post("/care/family")
                .then().statusCode(201);
        problem(api.as(m.operator).body(Map.of("elderId", elder, "familyId", family, "relation", "女儿"))
                .post("/care/family"), 409, "family_already_linked");
        api.as(m.resident).get("/care/elders").then().body("name", equalTo(List.of("王奶奶")))
                .body("relation", equalTo(List.of("女儿")));
        api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", bath, "forResidentId", elder)).post("/orders").then().statusCode(201)
                .body("residentId", equalTo((int) elder)).body("party", equalTo("RESIDENT"));

        long plan = api.as(m.resident).body(Map.of("elderId", elder, "providerId", m.provider, "title", "每日探访",
                        "weekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                                "SUNDAY"), "time", "09:00", "durationMinutes", 60, "tasks", List.of("助浴", "量血压"),
                        "firstDay", LocalDate.now(ChinaTime.ZONE).toString()))
                .post("/care/plans").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .extract().<Number>path("id").longValue();
        List<Number> visits = api.as(m.resident).get("/care/plans/" + plan + "/visits").then().statusCode(200)
                .extract().path("items.id");
        assertThat(visits).hasSizeBetween(27, 28);
        // A plan's visits grow with time, so they are answered a page at a time.
        api.as(m.resident).get("/care/plans/" + plan + "/visits?page=1&size=5").then().statusCode(200)
                .body("items.size()", equalTo(5)).body("items[0].id", equalTo(visits.get(5).intValue()))
                .body("total", equalTo(visits.size())).body("page", equalTo(1)).body("size", equalTo(5));
        long first = visits.get(visits.size() - 1).longValue();
        long second = visits.get(visits.size() - 2).longValue();
        api.as(m.staff).get("/care/rounds?to=" + Instant.now().plus(Duration.ofDays(3))).then()
                .body("items.visit.id", hasItem((int) first)).body("items[0].elder", equalTo("王奶奶"))
                .body("items[0].tasks", equalTo(List.of("助浴", "量血压")))
                .body("items[0].address", Matchers.containsString("301"));

        api.as(m.staff).post("/care/visits/" + first + "/check-in").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        problem(api.as(m.staff).body(Map.of("note", "顺利", "tasksDone", List.of("理发")))
                .post("/care/visits/" + first + "/check-out"), 400, "validation_failed");
        api.as(m.staff).body(Map.of("note", "老人精神很好，血压130/85", "tasksDone", List.of("助浴", "量血压")))
                .post("/care/visits/" + first + "/check-out").then().statusCode(200).body("status", equalTo("DONE"));
        api.as(m.resident).get("/care/plans/" + plan + "/visits").then()
                .body("items.find { it.id == " + first + " }.note", equalTo("老人精神很好，血压130/85"));

        api.as(m.staff).body(Map.of("at", Instant.now().minus(Duration.ofHours(3)).toString()))
                .post("/care/visits/" + second + "/reschedule").then().statusCode(200);
        assertThat(api.as(m.operator).post("/care/watch").then().statusCode(200).extract().<Integer>path("missed"))
                .isEqualTo(1);
        api.as(m.resident).get("/care/plans/" + plan + "/visits").then()
                .body("items.find { it.id == " + second + " }.status", equalTo("MISSED"));
        api.as(m.resident).get("/care/alerts").then().body("items.visitId", equalTo(List.of((int) second)));
        api.as(m.operator).get("/care/alerts").then().body("items.visitId", hasItem((int) second));
        assertThat(api.as(m.operator).post("/care/watch").then().extract().<Integer>path("missed")).isZero();

        api.as(m.resident).post("/care/plans/" + plan + "/end").then().statusCode(200).body("status", equalTo("ENDED"));
        List<String> after = api.as(m.operator).get("/care/plans/" + plan + "/visits").then().extract()
                .path("items.status");
        assertThat(after).doesNotContain("PLANNED").contains("CANCELLED", "DONE", "MISSED");
    }

    @Test
    void volunteersAreCreditedInOnePostingThatOnlyAReversalTakesBackAndSpendTheMinutesOnElderCare() throws Exception {
        Market m = Market.open(api, admin, "elder_care");
        String organiser = organisationStaff(m, "新华志愿队");
        String outsider = organisationStaff(m, "幸福里志愿队");
        String second = registeredResident(m, "13900007777");
        long organisation = api.as(organiser).get("/providers/mine").then().statusCode(200).extract()
                .<Number>path("id").longValue();
        Instant start = Instant.now().plusSeconds(10);
        long activity = api.as(organiser).body(Map.of("communityId", m.community, "title", "敬老院探访",
                        "place", "社区敬老院", "startsAt", start.toString(), "endsAt", start.plusSeconds(4).toString(),
                        "places", 2, "skills", "陪聊", "minutesPerAttendee", 120))
                .post("/volunteering/activities").then().statusCode(201).body("organiserId", equalTo((int) organisation))
                .body("status", equalTo("PUBLISHED")).body("placesLeft", equalTo(2))
                .body("$", not(Matchers.hasKey("qrSecret"))).extract().<Number>path("id").longValue();
        String path = "/volunteering/activities/" + activity;

        api.as(m.resident).get("/volunteering/activities").then().statusCode(200)
                .body("items.id", hasItem((int) activity));
        long first = api.as(m.resident).post(path + "/sign-up").then().statusCode(201)
                .body("signUp.status", equalTo("SIGNED_UP")).extract().<Number>path("signUp.residentId").longValue();
        problem(api.as(m.resident).post(path + "/sign-up"), 409, "volunteer_already_signed_up");
        long other = api.as(second).post(path + "/sign-up").then().statusCode(201).extract()
                .<Number>path("signUp.residentId").longValue();
        api.as(m.resident).get("/volunteering/activities/mine").then().statusCode(200)
                .body("activity.id", hasItem((int) activity));

        problem(api.as(m.staff).get(path + "/attendance"), 403, "volunteer_not_organisation");
        problem(api.as(outsider).get(path + "/attendance"), 404, "volunteer_activity_not_found");
        problem(api.as(outsider).get(path + "/code?direction=IN"), 404, "volunteer_activity_not_found");
        api.as(organiser).get("/volunteering/activities/organised/" + activity).then().statusCode(200)
                .body("placesLeft", equalTo(0));
        problem(api.as(outsider).get("/volunteering/activities/organised/" + activity), 404,
                "volunteer_activity_not_found");

        String in = api.as(organiser).get(path + "/code?direction=IN").then().statusCode(200)
                .body("path", Matchers.startsWith("volunteer/scan?code=")).extract().path("code");
        api.as(m.resident).body(Map.of("code", in)).post("/volunteering/scan").then().statusCode(200)
                .body("direction", equalTo("IN")).body("counted", equalTo(true)).body("walkIn", equalTo(false));
        api.as(m.resident).body(Map.of("code", in)).post("/volunteering/scan").then().statusCode(200)
                .body("counted", equalTo(false));
        problem(api.as(second).body(Map.of("code", in.substring(0, in.length() - 2) + "xx"))
                .post("/volunteering/scan"), 409, "volunteer_code_invalid");
        api.as(second).body(Map.of("code", in)).post("/volunteering/scan").then().statusCode(200)
                .body("counted", equalTo(true));
        String out = api.as(organiser).get(path + "/code?direction=OUT").then().statusCode(200).extract().path("code");
        api.as(m.resident).body(Map.of("code", out)).post("/volunteering/scan").then().statusCode(200)
                .body("direction", equalTo("OUT")).body("counted", equalTo(true));
        problem(api.as(organiser).post(path + "/credit"), 409, "volunteer_activity_not_verified");
        problem(api.as(organiser).post(path + "/verify"), 409, "volunteer_activity_not_ended");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), start.plusSeconds(5))
                .toMillis()));
        api.as(organiser).post(path + "/verify").then().statusCode(200)
                .body("signUp.status", equalTo(List.of("ATTENDED", "ATTENDED")))
                .body("minutes", equalTo(List.of(120, 120)));
        long posting = api.as(organiser).post(path + "/credit").then().statusCode(200)
                .body("kind", equalTo("volunteer-credit")).body("reference", equalTo("activity:" + activity))
                .extract().<Number>path("id").longValue();
        api.as(organiser).post(path + "/credit").then().statusCode(200).body("id", equalTo((int) posting));

        String finance = m.finance(admin);
        api.as(finance).get("/ledger/postings?reference=activity:" + activity).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].lines", Matchers.hasSize(3))
                .body("items[0].lines.find { it.account == 'timebank:issue' }.amount", equalTo(240))
                .body("items[0].lines.find { it.account == 'resident:" + first + ":minutes' }.amount",
                        equalTo(-120))
                .body("items[0].lines.find { it.account == 'resident:" + other + ":minutes' }.amount",
                        equalTo(-120));
        api.as(finance).get("/ledger/trial-balance?asset=MINUTES&size=200").then().statusCode(200)
                .body("items.find { it.account == 'resident:" + first + ":minutes' }.amount", equalTo(-120));
        api.as(organiser).get("/volunteering/reports/hours/volunteers").then().statusCode(200)
                .body("total", equalTo(2)).body("items.minutes", equalTo(List.of(120, 120)));
        api.as(organiser).get("/volunteering/reports/hours/export?format=csv").then().statusCode(200)
                .body(Matchers.containsString(first + ",")).body(Matchers.containsString(
                        "2.00"));

        problem(api.as(organiser).body(Map.of()).post(path + "/reverse"), 400, "validation_failed");
        api.as(organiser).body(Map.of("reason", "签到记录有误")).post(path + "/reverse").then().statusCode(200)
                .body("reverses", equalTo((int) posting));
        api.as(m.resident).get(path).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        api.as(finance).get("/ledger/postings?reference=activity:" + activity).then().body("total", equalTo(2))
                .body("items[1].reverses", equalTo((int) posting))
                .body("items[1].lines.find { it.account == 'resident:" + first + ":minutes' }.amount",
                        equalTo(120));
        api.as(organiser).post(path + "/verify").then().statusCode(200);
        long again = api.as(organiser).post(path + "/credit").then().statusCode(200).extract().<Number>path("id")
                .longValue();
        assertThat(again).isNotEqualTo(posting);
        api.as(finance).get("/ledger/postings?reference=activity:" + activity).then().body("total", equalTo(3));

        // The minutes are the volunteers' to give and to spend: thirty go to the second volunteer, and the first pays
        // a 90-yuan elder-care visit with the other ninety, at the tenant's default of one yuan a minute.
        String theirs = api.as(second).get("/timebank/me").then().statusCode(200).body("balance", equalTo(120))
                .extract().path("memberCode");
        api.as(m.resident).header("Idempotency-Key", "thanks").body(Map.of("memberCode", theirs, "minutes", 30,
                "note", "一起探访")).post("/timebank/transfers").then().statusCode(201);
        long visit = m.offer("ELDER_CARE", "陪同就医", "PER_VISIT", 9_000, false);
        api.as(m.operator).body(Map.of("payableInTime", true)).put("/offerings/" + visit + "/payable-in-time")
                .then().statusCode(200);
        long order = m.book(visit, null);
        api.as(m.resident).post("/orders/" + order + "/pay-in-time").then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidMinutes", equalTo(90));
        api.as(m.resident).get("/timebank/me").then().body("balance", equalTo(0));
        api.as(second).get("/timebank/me").then().body("balance", equalTo(150));
        api.as(finance).get("/timebank/liabilities").then().statusCode(200).body("members", equalTo(150))
                .body("providers", equalTo(90));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
    }

    @Test
    void neighboursTradeForPointsThatMoveOnceAtHandoverAndComeBackWhenAReservationEnds() {
        Market m = Market.open(api, admin);
        String seller = m.neighbour();
        String other = m.neighbour();
        long buyerId = api.as(m.resident).get("/me/resident").then().extract().<Number>path("id").longValue();
        long sellerId = api.as(seller).get("/me/resident").then().extract().<Number>path("id").longValue();
        api.as(m.operator).body(Map.of("kind", "CHECK_IN", "topic", "flea-it", "points", 500, "dailyCap", 500))
                .post("/points/rules").then().statusCode(201);
        api.as(m.operator).body(Map.of("residentId", buyerId, "topic", "flea-it")).post("/points/check-ins").then()
                .statusCode(201);
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(500));

        long allowed = category(seller, "其他");
        problem(api.as(seller).body(listing("金鱼一缸", category(seller, "活体动物"), "POINTS", null, 10))
                .post("/flea/listings"), 409, "flea_category_forbidden");
        long lamp = api.as(seller).body(listing("宜家台灯 九成新", allowed, "POINTS", null, 200))
                .post("/flea/listings").then().statusCode(201).body("status", equalTo("PUBLISHED"))
                .extract().<Number>path("id").longValue();
        api.as(m.resident).get("/flea/listings?q=台灯").then().statusCode(200)
                .body("items.id", hasItem((int) lamp))
                .body("items.find { it.id == " + lamp + " }.seller.nickname", equalTo("邻*"))
                .body("items.find { it.id == " + lamp + " }.seller.building", equalTo("1栋"))
                .body("items.find { it.id == " + lamp + " }.seller", not(Matchers.hasKey("mobile")));
        api.as(m.resident).get("/flea/listings?q=沙发").then().statusCode(200)
                .body("items.id", not(hasItem((int) lamp)));

        // The buyer reserves: the price is held from their lots at once, and nobody else can reserve meanwhile.
        long reservation = api.as(m.resident).body(Map.of("payment", "POINTS"))
                .post("/flea/listings/" + lamp + "/reservations").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("pricePoints", equalTo(200))
                .extract().<Number>path("id").longValue();
        String code = api.as(m.resident).get("/flea/reservations/" + reservation).then().statusCode(200)
                .body("role", equalTo("BUYER")).extract().path("pickupCode");
        assertThat(code).matches("\\d{6}");
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(300));
        problem(api.as(other).body(Map.of("payment", "POINTS")).post("/flea/listings/" + lamp + "/reservations"),
                409, "flea_listing_not_available");
        problem(api.as(other).get("/flea/reservations/" + reservation), 404, "flea_reservation_not_found");

        api.as(m.resident).body(Map.of("body", "今晚七点楼下见？")).post("/flea/reservations/" + reservation
                + "/messages").then().statusCode(201);
        api.as(seller).get("/flea/reservations/" + reservation + "/messages").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].body", equalTo("今晚七点楼下见？"))
                .body("items[0].mine", equalTo(false));
        problem(api.as(other).get("/flea/reservations/" + reservation + "/messages"), 404,
                "flea_reservation_not_found");

        problem(api.as(m.resident).post("/flea/reservations/" + reservation + "/accept"), 403, "flea_not_seller");
        api.as(seller).post("/flea/reservations/" + reservation + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("pickupCode", equalTo(null));
        problem(api.as(seller).body(Map.of("code", "000000".equals(code) ? "111111" : "000000"))
                .post("/flea/reservations/" + reservation + "/handover"), 409, "flea_pickup_code_wrong");
        api.as(seller).body(Map.of("code", code)).post("/flea/reservations/" + reservation + "/handover").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(300));
        api.as(seller).get("/points/me").then().body("balance", equalTo(200));
        api.as(seller).get("/flea/listings/mine").then().body("items.find { it.id == " + lamp + " }.status",
                equalTo("SOLD"));

        String finance = m.finance(admin);
        api.as(finance).get("/ledger/postings?reference=flea:reservation:" + reservation).then().statusCode(200)
                .body("total", equalTo(2)).body("items.kind", equalTo(List.of("points-spend", "points-pass-on")))
                .body("items[1].lines", Matchers.hasSize(2))
                .body("items[1].lines.find { it.account == 'points:flea-held' }.amount", equalTo(200))
                .body("items[1].lines.find { it.account == 'resident:" + sellerId + ":points' }.amount",
                        equalTo(-200));

        api.as(m.resident).body(Map.of("stars", 5, "comment", "很好")).post("/flea/reservations/" + reservation
                + "/rating").then().statusCode(200).body("myStars", equalTo(5));
        problem(api.as(m.resident).body(Map.of("stars", 1)).post("/flea/reservations/" + reservation + "/rating"),
                409, "flea_already_rated");
        api.as(seller).body(Map.of("stars", 4)).post("/flea/reservations/" + reservation + "/rating").then()
                .statusCode(200).body("theirStars", equalTo(5));
        api.as(other).get("/flea/sellers/" + sellerId).then().statusCode(200).body("ratings", equalTo(1))
                .body("averageStars", equalTo(5.0f)).body("seller.nickname", equalTo("邻*"));

        // A reservation that ends without a handover gives the held points back to the buyer's lots.
        long chair = api.as(seller).body(listing("儿童椅", allowed, "EITHER", 3_000L, 120)).post("/flea/listings")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long declined = api.as(m.resident).body(Map.of("payment", "POINTS"))
                .post("/flea/listings/" + chair + "/reservations").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(180));
        api.as(seller).post("/flea/reservations/" + declined + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(300));
        long cancelled = api.as(m.resident).body(Map.of("payment", "POINTS"))
                .post("/flea/listings/" + chair + "/reservations").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        api.as(m.resident).post("/flea/reservations/" + cancelled + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(300));
        problem(api.as(m.resident).body(Map.of("payment", "POINTS")).post("/flea/listings/" + lamp
                + "/reservations"), 404, "flea_listing_not_found");

        // Online payment arrives with the checkout: until then the gateway refuses, and no handover happens unpaid.
        long online = api.as(other).body(Map.of("payment", "YUAN_ONLINE"))
                .post("/flea/listings/" + chair + "/reservations").then().statusCode(201)
                .body("priceFen", equalTo(3_000)).extract().<Number>path("id").longValue();
        problem(api.as(other).body(Map.of("channel", "PHONE")).post("/flea/reservations/" + online + "/pay-online"),
                409, "flea_reservation_not_payable");
        api.as(seller).post("/flea/reservations/" + online + "/accept").then().statusCode(200);
        // Opening the cashier is not paying: until the gateway confirms, no handover happens.
        api.as(other).body(Map.of("channel", "PHONE")).post("/flea/reservations/" + online + "/pay-online").then()
                .statusCode(200).body("cashierUrl", Matchers.containsString("alipay.trade.wap.pay"));
        String otherCode = api.as(other).get("/flea/reservations/" + online).then().extract().path("pickupCode");
        problem(api.as(seller).body(Map.of("code", otherCode)).post("/flea/reservations/" + online + "/handover"),
                409, "flea_reservation_not_paid");
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
    }

    @Test
    void operatorsHideReportedListingsWithANoteAndRepeatedUpheldReportsSuspendTheSeller() {
        Market m = Market.open(api, admin);
        String seller = m.neighbour();
        api.as(m.operator).body(Map.of("suspendAfterUpheldReports", 2)).put("/flea/admin/settings").then()
                .statusCode(200).body("suspendAfterUpheldReports", equalTo(2));
        long allowed = category(seller, "其他");
        List<Long> shown = new ArrayList<>();
        for (String title : List.of("来路不明的手机", "仿冒名牌包", "旧书一箱")) {
            shown.add(api.as(seller).body(listing(title, allowed, "FREE", null, null)).post("/flea/listings").then()
                    .statusCode(201).extract().<Number>path("id").longValue());
        }
        long report = api.as(m.resident).body(Map.of("reason", "疑似赃物")).post("/flea/listings/" + shown.get(0)
                + "/reports").then().statusCode(201).body("status", equalTo("OPEN")).extract().<Number>path("id")
                .longValue();
        problem(api.as(m.resident).body(Map.of("reason", "再报一次")).post("/flea/listings/" + shown.get(0)
                + "/reports"), 409, "flea_already_reported");
        problem(api.as(seller).body(Map.of("reason", "自己")).post("/flea/listings/" + shown.get(0) + "/reports"),
                409, "flea_own_listing");
        api.as(m.resident).body(Map.of("reason", "假货")).post("/flea/listings/" + shown.get(1) + "/reports").then()
                .statusCode(201);
        api.as(m.resident).body(Map.of("reason", "看错了")).post("/flea/listings/" + shown.get(2) + "/reports")
                .then().statusCode(201);
        problem(api.as(m.resident).get("/flea/admin/reports"), 403, "forbidden");
        api.as(m.operator).get("/flea/admin/reports").then().statusCode(200).body("total", equalTo(3))
                .body("items[0].reportId", equalTo((int) report)).body("items[0].reason", equalTo("疑似赃物"))
                .body("items[0].seller.nickname", equalTo("邻*"));

        problem(api.as(m.operator).body(Map.of()).post("/flea/listings/" + shown.get(0) + "/hide"), 400,
                "validation_failed");
        api.as(m.operator).body(Map.of("note", "核实为赃物")).post("/flea/listings/" + shown.get(0) + "/hide").then()
                .statusCode(200).body("moderation", equalTo("HIDDEN"));
        problem(api.as(m.resident).get("/flea/listings/" + shown.get(0)), 404, "flea_listing_not_found");
        api.as(m.resident).get("/flea/listings").then().body("items.id", not(hasItem(shown.get(0).intValue())));
        api.as(seller).get("/flea/listings/" + shown.get(0)).then().statusCode(200)
                .body("moderation", equalTo("HIDDEN"));
        api.as(m.operator).body(Map.of("note", "正常旧书")).post("/flea/listings/" + shown.get(2) + "/restore")
                .then().statusCode(200).body("moderation", equalTo("SHOWN"));
        api.as(seller).body(listing("又一件", allowed, "FREE", null, null)).post("/flea/listings").then()
                .statusCode(201);

        api.as(m.operator).body(Map.of("note", "假冒商品")).post("/flea/listings/" + shown.get(1) + "/hide").then()
                .statusCode(200);
        api.as(m.operator).get("/flea/admin/reports?status=UPHELD").then().statusCode(200)
                .body("total", equalTo(2)).body("items.note", hasItem("核实为赃物"))
                .body("items[0].upheldAgainstSeller", equalTo(2));
        api.as(m.operator).get("/flea/admin/reports?status=DISMISSED").then().body("total", equalTo(1));
        problem(api.as(seller).body(listing("新手机", allowed, "FREE", null, null)).post("/flea/listings"), 409,
                "flea_seller_suspended");
        problem(api.as(seller).post("/flea/listings/" + shown.get(2) + "/renew"), 409, "flea_seller_suspended");
        api.as(m.operator).get("/audit?action=flea.listing.hide").then().statusCode(200)
                .body("total", Matchers.greaterThanOrEqualTo(2));
    }

    private long category(String token, String name) {
        return api.as(token).get("/flea/categories").then().statusCode(200).extract().jsonPath()
                .<Number>getList("findAll { it.name == '" + name + "' }.id").get(0).longValue();
    }

    private static Map<String, Object> listing(String title, long category, String priceKind, Long fen,
                                               Integer points) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "description", title + "，自提",
                "categoryId", category, "condition", "GOOD", "reach", "COMMUNITY", "pickupPlace", "1栋楼下",
                "priceKind", priceKind, "publish", true));
        if (fen != null) {
            body.put("priceFen", fen);
        }
        if (points != null) {
            body.put("pricePoints", points);
        }
        return body;
    }

    /** A volunteer organisation of the market's tenant, verified and staffed; returns its staff member's token. */
    private String organisationStaff(Market m, String name) {
        String username = Api.unique("vol");
        long account = api.createUser(m.operator, username, "PROVIDER_STAFF");
        long provider = api.as(m.operator).body(Map.of("name", name + username, "kind", "VOLUNTEER_ORGANISATION",
                        "licenceNumber", Market.licence().replaceFirst("^91", "53"), "contactName", "吴伯",
                        "contactPhone", "13305150005"))
                .post("/providers").then().statusCode(201).extract().<Number>path("id").longValue();
        api.as(m.operator).contentType("application/pdf").body(TestFiles.pdf(2048))
                .post("/providers/" + provider + "/documents?kind=REGISTRATION_CERTIFICATE&name=cert.pdf").then()
                .statusCode(201);
        api.as(m.operator).post("/providers/" + provider + "/verify").then().statusCode(200);
        api.as(m.operator).body(Map.of("userId", account)).post("/providers/" + provider + "/staff").then()
                .statusCode(201);
        return api.token(username);
    }

    /** Another verified resident of the market's home, registered with an invite; returns their token. */
    private String registeredResident(Market m, String mobile) {
        String code = api.as(m.operator).post("/households/" + m.home + "/invites").then().statusCode(200)
                .extract().path("code");
        String username = Api.unique("neighbour");
        Number id = api.anonymous().body(Map.of("inviteCode", code, "username", username, "password",
                        Api.DEMO_PASSWORD, "name", "邻居", "mobile", mobile, "relation", "SPOUSE"))
                .post("/registrations").then().statusCode(201).extract().path("id");
        api.as(m.operator).post("/residents/" + id + "/verify").then().statusCode(200);
        return api.token(username);
    }
}
