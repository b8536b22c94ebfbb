package org.linli.infra.it;

import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Alipay notifies against the loopback sandbox: only notifies Alipay signed, for our app, seller, trade and amount
 * count; duplicates, reordered and concurrent ones make an order paid exactly once with one set of postings; a
 * notify that never came is recovered by asking the gateway.
 */
class PaymentsIT extends RealWarTest {

    Api api;
    Market m;
    String finance;
    long offering;

    @BeforeEach
    void market() {
        api = new Api(base);
        String admin = api.token("admin");
        m = Market.open(api, admin, "housekeeping");
        api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                        "percentBasisPoints", 1_000, "platformShareBasisPoints", 3_000))
                .post("/commission-rules").then().statusCode(201);
        offering = m.offer("HOUSEKEEPING", "擦玻璃", "FIXED", 8_800, false);
        finance = m.finance(admin);
    }

    @AfterEach
    void normalNotifies() {
        notifyMode("NORMAL");
    }

    @Test
    void onlyGenuineNotifiesCountAndTwentyConcurrentDuplicatesPayTheOrderOnce() {
        notifyMode("DROP");
        long order = m.book(offering, null);
        String cashier = api.as(m.resident).post("/orders/" + order + "/pay").then().statusCode(200)
                .body("status", equalTo("PLACED")).extract().path("cashierUrl");
        String trade = api.openCashier(cashier);
        assertThat(trade).isEqualTo("LL" + m.tenant + "_" + order + "_1");
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(200)
                .body("trade_status", equalTo("TRADE_SUCCESS"));
        status(order, "PLACED");

        assertThat(notify(trade, 3, Map.of("forge", "true"))).as("signed with another key").containsOnly("fail");
        assertThat(notify(trade, 3, Map.of("set.total_amount", "0.01"))).as("amount").containsOnly("fail");
        assertThat(notify(trade, 3, Map.of("set.app_id", "2021000000009999"))).as("app").containsOnly("fail");
        assertThat(notify(trade, 3, Map.of("set.seller_id", "2088000000009999"))).as("seller").containsOnly("fail");
        assertThat(notify(trade, 3, Map.of("set.out_trade_no", "LL" + m.tenant + "_999999999_1")))
                .as("not our trade").containsOnly("fail");
        api.sandbox().formParam("url", api.root() + "/sandbox/alipay/notify-mode").formParam("copies", 1)
                .post("/trades/" + trade + "/notify").then().statusCode(400)
                .body("sub_code", equalTo("sandbox.url-not-allowed"));
        status(order, "PLACED");
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.size()", equalTo(0));

        assertThat(notify(trade, 20, Map.of())).hasSize(20).containsOnly("success");
        status(order, "PAID");
        List<String> steps = api.as(m.operator).get("/orders/" + order + "/history").then().statusCode(200)
                .extract().path("to");
        assertThat(steps).containsExactly("PLACED", "PAID");
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.kind", equalTo(List.of("payment-split")));
        api.as(finance).get("/payments/orders/" + order).then().statusCode(200)
                .body("tradeNumber", equalTo(List.of(trade))).body("status", equalTo(List.of("PAID")))
                .body("[0].gatewayTradeNo", Matchers.startsWith("20"));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));

        assertThat(notify(trade, 3, Map.of())).as("late duplicates").containsOnly("success");
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void duplicatedAndReorderedNotifiesArriveAndEachOrderIsPaidOnce() {
        notifyMode("DUPLICATE");
        long first = m.book(offering, null);
        api.pay(m.resident, first);

        notifyMode("REORDER");
        long second = m.book(offering, null);
        long third = m.book(offering, null);
        String secondTrade = open(second);
        String thirdTrade = open(third);
        api.sandbox().post("/trades/" + secondTrade + "/pay").then().statusCode(200);
        api.sandbox().post("/trades/" + thirdTrade + "/pay").then().statusCode(200);
        api.awaitStatus(m.resident, second, "PAID");
        api.awaitStatus(m.resident, third, "PAID");

        for (long order : List.of(first, second, third)) {
            List<String> steps = api.as(m.operator).get("/orders/" + order + "/history").then().extract().path("to");
            assertThat(steps).as("order " + order).containsExactly("PLACED", "PAID");
            api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                    .body("items.kind", equalTo(List.of("payment-split")));
        }
    }

    @Test
    void aDroppedNotifyIsRecoveredByAskingTheGatewayAndPayingAgainReopensTheSameTrade() {
        notifyMode("DROP");
        long order = m.book(offering, null);
        String trade = open(order);
        assertThat(open(order)).as("the waiting trade is reopened, not doubled").isEqualTo(trade);
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(200);
        status(order, "PLACED");

        api.as(m.resident).post("/payments/recover").then().statusCode(403);
        api.as(finance).post("/payments/recover").then().statusCode(200).body("confirmed", equalTo(1));
        status(order, "PAID");
        api.as(finance).post("/payments/recover").then().statusCode(200).body("checked", equalTo(0));
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.kind", equalTo(List.of("payment-split")));

        long other = m.book(offering, null);
        String unpaid = open(other);
        api.as(m.resident).post("/payments/orders/" + other + "/check").then().statusCode(200)
                .body("status", equalTo("WAITING"));
        api.sandbox().post("/trades/" + unpaid + "/pay").then().statusCode(200);
        api.as(m.resident).post("/payments/orders/" + other + "/check").then().statusCode(200)
                .body("status", equalTo("PAID"));
        status(other, "PAID");
    }

    @Test
    void desktopsPayAtThePagePayCashierAndRefundsGoToTheGatewayOnceUnderTheirRequestNumber() {
        long order = m.book(offering, null);
        ApiIT.problem(api.as(m.resident).post("/orders/" + order + "/pay?channel=TABLET"), 400, "validation_failed");
        String cashier = api.as(m.resident).post("/orders/" + order + "/pay?channel=DESKTOP").then().statusCode(200)
                .extract().path("cashierUrl");
        assertThat(cashier).contains("method=alipay.trade.page.pay").contains("FAST_INSTANT_TRADE_PAY");
        String trade = api.openCashier(cashier);
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(200);
        api.awaitStatus(m.resident, order, "PAID");
        api.as(m.resident).body(Map.of("text", "不需要了")).post("/orders/" + order + "/request-refund").then()
                .statusCode(200);
        api.as(m.operator).post("/orders/" + order + "/refund").then().statusCode(200)
                .body("refundedFen", equalTo(8_800));
        api.sandbox().get("/trades/" + trade).then().statusCode(200).body("refund_fee", equalTo("88.00"))
                .body("refunds", equalTo(1)).body("trade_status", equalTo("TRADE_CLOSED"));
        api.as(finance).get("/payments/orders/" + order).then()
                .body("[0].refundedFen", equalTo(8_800))
                .body("[0].refunds.requestNo", equalTo(List.of("R" + order + "-0")));
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.kind", equalTo(List.of("payment-split", "refund-split")));
        // The gateway's refund notify (TRADE_CLOSED after a full refund) changes nothing here.
        assertThat(notify(trade, 2, Map.of())).containsOnly("success");
        status(order, "REFUNDED");
    }

    @Test
    void anOrderPaidPartlyInPointsIsSplitInFullWithTheTenantFundingTheDiscountAndARefundGivesThePointsBack() {
        long resident = api.as(m.resident).get("/me/resident").then().statusCode(200).extract()
                .<Number>path("id").longValue();
        api.as(m.operator).get("/points/discount").then().statusCode(200).body("maxSharePercent", equalTo(0));
        ApiIT.problem(api.as(m.resident).body(Map.of("pointValueFen", 1, "maxSharePercent", 100))
                .put("/points/discount"), 403, "forbidden");
        api.as(m.operator).body(Map.of("pointValueFen", 1, "maxSharePercent", 30)).put("/points/discount").then()
                .statusCode(200).body("pointValueFen", equalTo(1)).body("maxSharePercent", equalTo(30));
        api.as(m.operator).body(Map.of("kind", "CHECK_IN", "topic", "discount-it", "points", 2_000,
                "dailyCap", 4_000)).post("/points/rules").then().statusCode(201);
        Map<String, Object> checkIn = Map.of("residentId", resident, "topic", "discount-it");
        api.as(m.operator).body(checkIn).post("/points/check-ins").then().statusCode(201);
        api.as(m.operator).body(checkIn).post("/points/check-ins").then().statusCode(201);
        List<Map<String, Object>> lotsBefore = api.as(m.resident).get("/points/me/lots").then().statusCode(200)
                .extract().path("items");
        api.as(m.resident).get("/points/discount/quote?amountFen=8800").then().statusCode(200)
                .body("balance", equalTo(4_000)).body("maxPoints", equalTo(2_640))
                .body("maxDiscountFen", equalTo(2_640));

        ApiIT.problem(bookWithPoints(offering, 2_641), 409, "points_discount_too_high");
        long order = bookWithPoints(offering, 2_640).then().statusCode(201).body("status", equalTo("PLACED"))
                .body("amountFen", equalTo(8_800)).body("pointsUsed", equalTo(2_640))
                .body("discountFen", equalTo(2_640)).body("cashDueFen", equalTo(6_160))
                .extract().<Number>path("id").longValue();
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(1_360));

        String trade = open(order);
        api.sandbox().get("/trades/" + trade).then().statusCode(200).body("total_amount", equalTo("61.60"));
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(200);
        api.awaitStatus(m.resident, order, "PAID");

        // 10 % commission on the full 88 yuan: platform 2.64, tenant 6.16, provider 79.20; the tenant funds the
        // 26.40 discount, 6.16 from its part and 20.24 owed beyond it.
        api.as(finance).get("/orders/" + order + "/split").then().statusCode(200)
                .body("totalFen", equalTo(8_800))
                .body("lines.find { it.party == 'PLATFORM' }.amountFen", equalTo(264))
                .body("lines.find { it.party == 'TENANT' }.amountFen", equalTo(616))
                .body("lines.find { it.party == 'PROVIDER' }.amountFen", equalTo(7_920))
                .body("discount.points", equalTo(2_640)).body("discount.discountFen", equalTo(2_640))
                .body("discount.cashFen", equalTo(6_160)).body("discount.fromTenantShareFen", equalTo(616))
                .body("discount.owedByTenantFen", equalTo(2_024))
                .body("discount.fundedBy", equalTo("tenant:points-discount"));
        api.as(finance).get("/settlements/balances").then().statusCode(200)
                .body("find { it.payee == 'TENANT' }.outstandingFen", equalTo(-2_024));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
        // Finance's download of the day's split lines says the same on the tenant's line, and names the provider.
        String today = LocalDate.now(ChinaTime.ZONE).toString();
        List<String> exported = api.as(finance).header("Accept-Language", "en")
                .get("/reports/revenue/details/csv?from=" + today + "&to=" + today).then().statusCode(200)
                .extract().asString().lines().filter(line -> line.startsWith(order + ",")).toList();
        assertThat(exported).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains(",Tenant,\"\",6.16,0.00,6.16,").endsWith(",26.40,20.24"))
                .anySatisfy(line -> assertThat(line).contains(",Provider,\"").endsWith(",0.00,0.00"));

        api.as(m.resident).body(Map.of("text", "临时有事")).post("/orders/" + order + "/request-refund").then()
                .statusCode(200);
        api.as(m.operator).post("/orders/" + order + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundedFen", equalTo(6_160));
        api.sandbox().get("/trades/" + trade).then().body("refund_fee", equalTo("61.60"));
        api.as(finance).get("/orders/" + order + "/split").then()
                .body("refundedFen", equalTo(8_800)).body("discount.returnedFen", equalTo(2_640));
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(4_000));
        List<Map<String, Object>> lotsAfter = api.as(m.resident).get("/points/me/lots").then().extract()
                .path("items");
        assertThat(lotsAfter).extracting(lot -> List.of(lot.get("id"), lot.get("remaining"), lot.get("expiresOn")))
                .containsExactlyInAnyOrderElementsOf(lotsBefore.stream()
                        .map(lot -> List.of(lot.get("id"), lot.get("remaining"), lot.get("expiresOn"))).toList());
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.kind", Matchers.containsInAnyOrder("points-spend", "payment-split",
                        "refund-split", "points-give-back"));
        api.as(finance).get("/settlements/balances").then()
                .body("find { it.payee == 'TENANT' }.outstandingFen", equalTo(0));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));

        // Points may pay a whole order when the tenant allows it: paid at once, with nothing at the gateway.
        api.as(m.operator).body(Map.of("pointValueFen", 1, "maxSharePercent", 100)).put("/points/discount").then()
                .statusCode(200);
        ApiIT.problem(bookWithPoints(offering, 5_000), 409, "points_balance_too_low");
        long small = m.offer("HOUSEKEEPING", "换灯泡", "FIXED", 3_000, false);
        long covered = bookWithPoints(small, 3_000).then().statusCode(201).body("status", equalTo("PAID"))
                .body("cashDueFen", equalTo(0)).extract().<Number>path("id").longValue();
        api.as(finance).get("/orders/" + covered + "/split").then().body("discount.cashFen", equalTo(0))
                .body("discount.fromTenantShareFen", equalTo(210)).body("discount.owedByTenantFen", equalTo(2_790));
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(1_000));
        api.as(m.resident).post("/orders/" + covered + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        api.as(m.resident).get("/points/me").then().body("balance", equalTo(4_000));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
    }

    @Test
    void cancellingAnOrderWhoseCashierWasOpenedClosesItsTradeAndFreesTheSlotWithoutARefund() {
        long slotted = m.offer("HOUSEKEEPING", "上门收纳", "FIXED", 6_600, true);
        Number slot = m.publishSlots().get(0);
        long order = m.book(slotted, slot);
        String trade = open(order);
        api.as(m.resident).get("/slots?provider=" + m.provider).then().body("id", Matchers.not(
                Matchers.hasItem(slot)));

        api.as(m.resident).body(Map.of("text", "不用了")).post("/orders/" + order + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(0));
        api.sandbox().get("/trades/" + trade).then().statusCode(200).body("trade_status", equalTo("TRADE_CLOSED"))
                .body("refunds", equalTo(0));
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(Matchers.not(200));
        api.as(finance).get("/payments/orders/" + order).then().statusCode(200)
                .body("status", equalTo(List.of("CLOSED"))).body("[0].refunds", Matchers.empty());
        api.as(m.resident).get("/slots?provider=" + m.provider).then().body("id", Matchers.hasItem(slot));
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.size()", equalTo(0));
    }

    @Test
    void theDaysBillReconcilesCleanlyAndWhatDisagreesIsQueuedOnceUntilMatchedOrResolved() {
        String today = LocalDate.now(ChinaTime.ZONE).toString();
        long order = m.book(offering, null);
        api.pay(m.resident, order);
        api.as(m.resident).body(Map.of("text", "不需要了")).post("/orders/" + order + "/request-refund").then()
                .statusCode(200);
        api.as(m.operator).post("/orders/" + order + "/refund").then().statusCode(200);

        api.as(finance).body(Map.of("day", today)).post("/reconciliation/runs").then().statusCode(200)
                .body("billLines", equalTo(2)).body("matched", equalTo(2)).body("gatewayNetFen", equalTo(0))
                .body("oursNetFen", equalTo(0)).body("clean", equalTo(true));

        notifyMode("DROP");
        long unnotified = m.book(offering, null);
        String paidThere = open(unnotified);
        api.sandbox().post("/trades/" + paidThere + "/pay").then().statusCode(200);
        long unpaid = m.book(offering, null);
        String claimedHere = open(unpaid);
        assertThat(notify(claimedHere, 1, Map.of("set.trade_status", "TRADE_SUCCESS",
                "set.gmt_payment", today + " 12:00:00"))).containsOnly("success");

        // Four runs of the day at once (finance beside the daily job, or two cluster members): each disagreement is
        // queued once; a run that came second is refused and changes nothing. A run after them finds the same two.
        List<io.restassured.response.Response> together = atOnce(4, () -> api.as(finance)
                .body(Map.of("day", today)).post("/reconciliation/runs"));
        assertThat(together).extracting(io.restassured.response.Response::statusCode).contains(200)
                .allMatch(status -> status == 200 || status == 409);
        together.stream().filter(r -> r.statusCode() == 409).forEach(r ->
                assertThat(r.jsonPath().getString("code")).isEqualTo("reconciliation_running"));
        together.stream().filter(r -> r.statusCode() == 200).forEach(r ->
                assertThat(r.jsonPath().getInt("openDiscrepancies")).isEqualTo(2));
        api.as(finance).body(Map.of("day", today)).post("/reconciliation/runs").then().statusCode(200)
                .body("billLines", equalTo(3)).body("matched", equalTo(2))
                .body("openDiscrepancies", equalTo(2)).body("clean", equalTo(false));
        List<Map<String, Object>> queue = api.as(finance).get("/reconciliation/discrepancies").then().statusCode(200)
                .extract().path("items");
        assertThat(queue).extracting(d -> d.get("kind"), d -> d.get("tradeNumber"), d -> d.get("detail"))
                .containsExactlyInAnyOrder(
                        Tuple.tuple("MISSING_HERE", paidThere, "payment_waiting"),
                        Tuple.tuple("MISSING_AT_GATEWAY", claimedHere, "not_billed"));

        api.as(finance).post("/payments/recover").then().statusCode(200).body("confirmed", equalTo(1));
        Number atGateway = api.as(finance).body(Map.of("day", today)).post("/reconciliation/runs").then()
                .statusCode(200).body("openDiscrepancies", equalTo(1)).extract().path("openDiscrepancies");
        assertThat(atGateway.intValue()).isEqualTo(1);
        long id = api.as(finance).get("/reconciliation/discrepancies").then()
                .body("items.kind", equalTo(List.of("MISSING_AT_GATEWAY"))).extract().<Number>path("items[0].id")
                .longValue();
        ApiIT.problem(api.as(finance).body(Map.of("note", " ")).post("/reconciliation/discrepancies/" + id
                + "/resolve"), 400, "validation_failed");
        ApiIT.problem(api.as(m.operator).body(Map.of("note", "看过了")).post("/reconciliation/discrepancies/" + id
                + "/resolve"), 403, "forbidden");
        api.as(finance).body(Map.of("note", "已向支付宝提出核查")).post("/reconciliation/discrepancies/" + id + "/resolve")
                .then().statusCode(200).body("open", equalTo(false)).body("resolution", equalTo("已向支付宝提出核查"));
        ApiIT.problem(api.as(finance).body(Map.of("note", "again")).post("/reconciliation/discrepancies/" + id
                + "/resolve"), 409, "discrepancy_resolved");
        api.as(finance).body(Map.of("day", today)).post("/reconciliation/runs").then().statusCode(200)
                .body("openDiscrepancies", equalTo(0));
        api.as(finance).get("/reconciliation/discrepancies?resolved=true").then()
                .body("items.open", equalTo(List.of(false, false)));
        ApiIT.problem(api.as(finance).body(Map.of("day", LocalDate.parse(today).plusDays(1).toString()))
                .post("/reconciliation/runs"), 400, "validation_failed");
    }

    @Test
    void sellersRegisterTheirOwnPayoutAccountAndTheFleaFeeIsTheOperatorsOrFinancesToSet() {
        ApiIT.problem(api.as(m.resident).get("/flea/payout-account"), 404, "payout_account_not_found");
        ApiIT.problem(api.as(m.resident).body(Map.of("alipayUserId", "1234567890123456", "holder", "李四"))
                .put("/flea/payout-account"), 400, "validation_failed");
        api.as(m.resident).body(Map.of("alipayUserId", "2088102146225135", "holder", " 李四 "))
                .put("/flea/payout-account").then().statusCode(200).body("holder", equalTo("李四"))
                .body("alipayUserId", Matchers.not(equalTo("2088102146225135")));
        api.as(m.resident).get("/flea/payout-account").then().statusCode(200).body("holder", equalTo("李四"));
        ApiIT.problem(api.as(m.neighbour()).get("/flea/payout-account"), 404, "payout_account_not_found");

        api.as(m.operator).get("/checkouts/flea-fee").then().statusCode(200)
                .body("percentBasisPoints", equalTo(0)).body("fixedFen", equalTo(0));
        api.as(m.operator).body(Map.of("percentBasisPoints", 250, "fixedFen", 10)).put("/checkouts/flea-fee")
                .then().statusCode(200);
        api.as(finance).get("/checkouts/flea-fee").then().statusCode(200).body("percentBasisPoints", equalTo(250))
                .body("fixedFen", equalTo(10));
        ApiIT.problem(api.as(finance).body(Map.of("percentBasisPoints", 10_001, "fixedFen", 0))
                .put("/checkouts/flea-fee"), 400, "validation_failed");
        api.as(m.resident).body(Map.of("percentBasisPoints", 0, "fixedFen", 0)).put("/checkouts/flea-fee").then()
                .statusCode(403);

        api.as(finance).get("/checkouts/flea-holds?payout=WAITING").then().statusCode(200)
                .body("total", equalTo(0));
        // Ad revenue has a rule of its own although the ads module is free.
        api.as(api.token("admin")).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "ADS",
                "percentBasisPoints", 10_000, "platformShareBasisPoints", 3_000)).post("/commission-rules").then()
                .statusCode(201);
        api.as(finance).get("/payments/checkouts/AD_BOOKING/1").then().statusCode(200).body("size()", equalTo(0));
        api.as(m.resident).get("/checkouts/flea-holds").then().statusCode(403);
    }

    @Test
    void aFleaPurchasePaidAtTheCashierIsHeldUntilTheHandoverThenReleasedToTheSellerLessTheFeeAndPaidOut() {
        String seller = m.neighbour();
        long sellerId = api.as(seller).get("/me/resident").then().extract().<Number>path("id").longValue();
        api.as(m.operator).body(Map.of("percentBasisPoints", 500, "fixedFen", 0)).put("/checkouts/flea-fee").then()
                .statusCode(200);
        long category = api.as(seller).get("/flea/categories").then().statusCode(200).extract().jsonPath()
                .<Number>getList("findAll { it.name == '其他' }.id").get(0).longValue();
        long lamp = api.as(seller).body(Map.of("title", "宜家台灯", "description", "九成新，自提", "categoryId", category,
                        "condition", "GOOD", "reach", "COMMUNITY", "pickupPlace", "1栋楼下", "priceKind", "YUAN",
                        "priceFen", 3_000, "publish", true)).post("/flea/listings").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long reservation = api.as(m.resident).body(Map.of("payment", "YUAN_ONLINE"))
                .post("/flea/listings/" + lamp + "/reservations").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        api.as(seller).post("/flea/reservations/" + reservation + "/accept").then().statusCode(200);
        String cashier = api.as(m.resident).body(Map.of("channel", "PHONE"))
                .post("/flea/reservations/" + reservation + "/pay-online").then().statusCode(200)
                .extract().path("cashierUrl");
        String trade = api.openCashier(cashier);
        assertThat(trade).startsWith("LF" + m.tenant + "_" + reservation + "_");
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(200);
        awaitCheckout("FLEA_RESERVATION", reservation, "PAID");
        api.as(m.resident).get("/flea/reservations/" + reservation).then().body("paid", equalTo(true));
        // A second notify of the same payment changes nothing.
        assertThat(notify(trade, 2, Map.of())).containsOnly("success");
        api.as(finance).get("/checkouts/flea-holds").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].reservationId", equalTo((int) reservation)).body("items[0].status", equalTo("HELD"))
                .body("items[0].amountFen", equalTo(3_000)).body("items[0].sellerResidentId", equalTo((int) sellerId));
        api.as(finance).get("/ledger/postings?reference=flea:" + reservation).then()
                .body("items.kind", equalTo(List.of("flea-hold")));

        // The handover releases the money, less the 5 % fee; the seller has no payout account yet, so it waits.
        String code = api.as(m.resident).get("/flea/reservations/" + reservation).then().extract().path("pickupCode");
        api.as(seller).body(Map.of("code", code)).post("/flea/reservations/" + reservation + "/handover").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));
        api.as(finance).get("/checkouts/flea-holds?payout=WAITING").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("RELEASED"))
                .body("items[0].feeFen", equalTo(150)).body("items[0].sellerFen", equalTo(2_850))
                .body("items[0].payoutReason", equalTo("payout_account_missing"));
        Map<String, Integer> released = balances(finance);
        assertThat(released).containsEntry("resident:" + sellerId + ":payable", -2_850)
                .containsEntry("platform:revenue", -150).containsEntry("flea:held", 0);

        // Registering the account pays out what waited, by a royalty settle from the LF trade.
        api.as(seller).body(Map.of("alipayUserId", "2088102146225135", "holder", "邻居")).put("/flea/payout-account")
                .then().statusCode(200);
        api.as(finance).get("/checkouts/flea-holds").then().body("items[0].payout", equalTo("PAID"));
        api.as(finance).get("/ledger/postings?reference=flea:" + reservation).then()
                .body("items.kind", equalTo(List.of("flea-hold", "flea-release", "payout")));
        assertThat(balances(finance)).containsEntry("resident:" + sellerId + ":payable", 0);
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
    }

    @Test
    void anAdBookingPaidAtTheCashierIsSplitPlatformTenantAndCancellingBeforeItsStartReversesTheSplit() {
        api.as(api.token("admin")).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "ADS",
                "percentBasisPoints", 10_000, "platformShareBasisPoints", 3_000)).post("/commission-rules").then()
                .statusCode(201);
        api.as(m.operator).body(Map.of("refundPercent", 50, "minDaysBefore", 3)).put("/ads/policy").then()
                .statusCode(200);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        long slot = api.as(m.operator).body(Map.of("name", "首页横幅", "placement", "STOREFRONT_HOME_BANNER",
                        "width", 750, "height", 300, "pricePerDayFen", 5_000, "communities", List.of(m.community)))
                .post("/ads/slots").then().statusCode(201).extract().<Number>path("id").longValue();
        String advertiserName = Api.unique("adv");
        long account = api.createUser(m.operator, advertiserName, "ADVERTISER");
        long advertiser = api.as(m.operator).body(Map.of("name", "鲜果店" + advertiserName, "kind", "ADVERTISER",
                        "licenceNumber", Market.licence(), "contactName", "孙老板", "contactPhone", "13800001111"))
                .post("/providers").then().statusCode(201).extract().<Number>path("id").longValue();
        api.as(m.operator).contentType("application/pdf").body(TestFiles.pdf(2048))
                .post("/providers/" + advertiser + "/documents?kind=BUSINESS_LICENCE&name=licence.pdf").then()
                .statusCode(201);
        api.as(m.operator).body(Map.of("userId", account)).post("/providers/" + advertiser + "/staff").then()
                .statusCode(201);
        api.as(m.operator).post("/providers/" + advertiser + "/verify").then().statusCode(200);
        String shop = api.token(advertiserName);
        long booking = api.as(shop).body(Map.of("slotId", slot, "firstDay", today.plusDays(10).toString(),
                        "lastDay", today.plusDays(14).toString())).post("/ads/bookings").then().statusCode(201)
                .body("amountFen", equalTo(25_000)).extract().<Number>path("id").longValue();
        api.as(shop).contentType("image/png").body(TestFiles.png(2048))
                .post("/ads/bookings/" + booking + "/creative?linkUrl=https://shop.example.cn/fruit&text=草莓上新")
                .then().statusCode(200);
        api.as(m.operator).body(Map.of("note", "通过")).post("/ads/bookings/" + booking + "/approve").then()
                .statusCode(200);
        String cashier = api.as(shop).body(Map.of("channel", "DESKTOP")).post("/ads/bookings/" + booking + "/pay")
                .then().statusCode(200).extract().path("cashierUrl");
        String trade = api.openCashier(cashier);
        assertThat(trade).startsWith("LA" + m.tenant + "_" + booking + "_");
        api.sandbox().post("/trades/" + trade + "/pay").then().statusCode(200);
        awaitCheckout("AD_BOOKING", booking, "PAID");
        api.as(shop).get("/ads/bookings/" + booking).then().body("status", equalTo("PAID"));
        assertThat(notify(trade, 2, Map.of())).containsOnly("success");

        // 30 % to the platform, 70 % to the tenant, nothing to a provider; posted as a payment split.
        api.as(finance).get("/checkouts/ad-splits/" + booking).then().statusCode(200)
                .body("party", equalTo(List.of("PLATFORM", "TENANT")))
                .body("amountFen", equalTo(List.of(7_500, 17_500)))
                .body("ruleVersion", equalTo(List.of(1, 1)));
        String day = today.toString();
        api.as(finance).get("/reports/revenue?from=" + day + "&to=" + day).then().statusCode(200)
                .body("modules.find { it.module == 'ADS' }.orders", equalTo(1))
                .body("modules.find { it.module == 'ADS' }.platformFen", equalTo(7_500))
                .body("modules.find { it.module == 'ADS' }.tenantFen", equalTo(17_500))
                .body("modules.find { it.module == 'ADS' }.providerFen", equalTo(0));

        // Cancelled ten days ahead, half comes back under the tenant's policy: each part gives back half.
        api.as(shop).post("/ads/bookings/" + booking + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        api.sandbox().get("/trades/" + trade).then().statusCode(200).body("refund_fee", equalTo("125.00"));
        api.as(finance).get("/payments/checkouts/AD_BOOKING/" + booking).then().statusCode(200)
                .body("[0].tradeNumber", equalTo(trade)).body("[0].subject", equalTo("AD"))
                .body("[0].refundedFen", equalTo(12_500));
        api.as(finance).get("/checkouts/ad-splits/" + booking).then()
                .body("refundedFen", equalTo(List.of(3_750, 8_750)));
        api.as(finance).get("/ledger/postings?reference=ad:" + booking).then()
                .body("items.kind", equalTo(List.of("payment-split", "refund-split")));
        api.as(finance).get("/reports/revenue?from=" + day + "&to=" + day).then()
                .body("modules.find { it.module == 'ADS' }.platformFen", equalTo(3_750));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));

        // The day's bill matches the LA trade and its refund like any order's.
        api.as(finance).body(Map.of("day", day)).post("/reconciliation/runs").then().statusCode(200)
                .body("billLines", equalTo(2)).body("matched", equalTo(2)).body("clean", equalTo(true));

        // The tenant's share that stays is settled with its other revenue, paid out from the LA trade.
        api.as(finance).body(Map.of("settleAfterDays", 0)).put("/settlements/terms").then().statusCode(200);
        List<Map<String, Object>> drafted = api.as(finance).post("/settlements/draft").then().statusCode(200)
                .extract().path("");
        assertThat(drafted).extracting(b -> b.get("payee") + " " + b.get("amountFen"))
                .containsExactly("TENANT 8750");
        Object batch = drafted.get(0).get("id");
        String secondFinance = m.finance(api.token("admin"));
        api.as(finance).body(Map.of("payee", "TENANT", "alipayUserId", "2088102146000002", "holder", "市场街道"))
                .put("/settlements/payout-accounts").then().statusCode(200);
        api.as(secondFinance).body(Map.of("payee", "TENANT")).post("/settlements/payout-accounts/confirm").then()
                .statusCode(200);
        api.as(finance).post("/settlements/" + batch + "/approve").then().statusCode(200);
        api.as(secondFinance).post("/settlements/" + batch + "/pay").then().statusCode(200)
                .body("status", equalTo("PAID")).body("attempts", equalTo(1));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
    }

    private String open(long order) {
        String cashier = api.as(m.resident).post("/orders/" + order + "/pay").then().statusCode(200)
                .extract().path("cashierUrl");
        return api.openCashier(cashier);
    }

    private io.restassured.response.Response bookWithPoints(long offering, long points) {
        return api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering, "points", points)).post("/orders");
    }

    private List<String> notify(String trade, int copies, Map<String, String> changes) {
        return api.sandbox().formParams(changes).formParam("copies", copies).post("/trades/" + trade + "/notify")
                .then().statusCode(200).extract().path("answers");
    }

    private void notifyMode(String mode) {
        api.sandbox().formParam("mode", mode).post("/notify-mode").then().statusCode(200)
                .body("mode", equalTo(mode));
    }

    private void status(long order, String status) {
        api.as(m.resident).get("/orders/" + order).then().statusCode(200).body("status", equalTo(status));
    }

    private void awaitCheckout(String purpose, long subject, String status) {
        for (int i = 0; i < 100; i++) {
            List<String> statuses = api.as(finance).get("/payments/checkouts/" + purpose + "/" + subject).then()
                    .statusCode(200).extract().path("status");
            if (!statuses.isEmpty() && status.equals(statuses.get(0))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(purpose + " " + subject + " never became " + status);
    }

    private Map<String, Integer> balances(String token) {
        Map<String, Integer> balances = new HashMap<>();
        List<Map<String, Object>> rows = api.as(token).get("/ledger/trial-balance?asset=CNY&size=200").then()
                .statusCode(200).extract().path("items");
        rows.forEach(row -> balances.put((String) row.get("account"), ((Number) row.get("amount")).intValue()));
        return balances;
    }

    /** The answers of {@code count} copies of a request sent at the same moment. */
    static <T> List<T> atOnce(int count, Callable<T> request) {
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(senders.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            senders.shutdownNow();
        }
    }
}
