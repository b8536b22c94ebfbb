package org.linli.infra.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;
import org.openqa.selenium.Keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.linli.infra.it.ApiIT.problem;

/**
 * Billing over HTTP on the real WAR: commission rules as versions, a paid order split exactly among platform, tenant
 * and provider and posted to the ledger, a partial refund taken back in proportion, and the ledger's invariants.
 */
class BillingIT extends RealWarTest {

    Api api;
    String admin;

    @BeforeEach
    void signIn() {
        api = new Api(base);
        admin = api.token("admin");
    }

    @Test
    void aPaymentIsSplitByTheRuleInForcePostedAndARefundTakesItBackInProportion() {
        Market m = Market.open(api, admin, "housekeeping");
        api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                        "percentBasisPoints", 1_000, "minimumFen", 100, "platformShareBasisPoints", 3_000))
                .post("/commission-rules").then().statusCode(201).body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"));
        problem(api.as(m.operator).body(Map.of("module", "HOUSEKEEPING", "percentBasisPoints", 0,
                "platformShareBasisPoints", 0)).post("/commission-rules"), 403, "forbidden");
        problem(api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "BASIC",
                "percentBasisPoints", 500, "platformShareBasisPoints", 0)).post("/commission-rules"), 400,
                "validation_failed").body("errors.code", equalTo(List.of("free_module_no_commission")));
        problem(api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                "percentBasisPoints", 20_000, "platformShareBasisPoints", 0)).post("/commission-rules"), 400,
                "validation_failed").body("errors.field", equalTo(List.of("percentBasisPoints")));

        long offering = api.as(m.staff).body(Map.of("module", "HOUSEKEEPING", "title", "全屋保洁", "pricing", "FIXED",
                        "unitPriceFen", 12_000, "needsSlot", true, "freeCancelHours", 720, "cancelFeeFen", 2_000))
                .post("/offerings").then().statusCode(201).extract().<Number>path("id").longValue();
        List<Number> slots = m.publishSlots();
        long order = m.book(offering, slots.get(0));
        api.as(m.operator).get("/orders/" + order + "/split").then().statusCode(200).body("lines.size()", equalTo(0));
        api.pay(m.resident, order);

        api.as(m.operator).get("/orders/" + order + "/split").then().statusCode(200)
                .body("totalFen", equalTo(12_000)).body("lines.party", equalTo(List.of("PLATFORM", "TENANT",
                        "PROVIDER"))).body("lines.amountFen", equalTo(List.of(360, 840, 10_800)))
                .body("lines.ruleVersion", equalTo(List.of(1, 1, 1)));
        api.as(m.staff).get("/orders/" + order + "/split").then().statusCode(200);
        problem(api.as(m.resident).get("/orders/" + order + "/split"), 403, "forbidden");

        String finance = m.finance(admin);
        api.as(finance).get("/orders/" + order + "/split").then().statusCode(200).body("totalFen", equalTo(12_000));
        problem(api.as(finance).get("/orders/999999999/split"), 404, "order_not_found");
        api.as(finance).get("/ledger/postings?reference=order:" + order).then().statusCode(200)
                .body("items.kind", equalTo(List.of("payment-split")))
                .body("items.postedBy", equalTo(List.of("system:billing"))).body("items[0].lines.size()", equalTo(4))
                .body("total", equalTo(1)).body("page", equalTo(0));

        api.as(m.resident).body(Map.of("text", "临时有事")).post("/orders/" + order + "/cancel").then()
                .statusCode(200).body("refundedFen", equalTo(10_000));
        api.as(finance).get("/orders/" + order + "/split").then().body("refundedFen", equalTo(10_000))
                .body("lines.refundedFen", equalTo(List.of(300, 700, 9_000)));
        api.as(finance).get("/payments/orders/" + order).then().body("[0].status", equalTo("PAID"))
                .body("[0].refundedFen", equalTo(10_000)).body("[0].refunds.amountFen", equalTo(List.of(10_000)));
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.kind", equalTo(List.of("payment-split", "refund-split")));
        // Paged: the second posting alone on a page of one.
        api.as(finance).get("/ledger/postings?reference=order:" + order + "&page=1&size=1").then()
                .body("items.kind", equalTo(List.of("refund-split"))).body("total", equalTo(2))
                .body("size", equalTo(1));
        Map<String, Integer> balances = balances(finance);
        assertThat(balances).containsEntry("gateway:clearing", 2_000).containsEntry("platform:revenue", -60)
                .containsEntry("tenant:revenue", -140).containsEntry("provider:" + m.provider + ":payable", -1_800);
        api.as(finance).get("/ledger/check").then().statusCode(200).body("clean", equalTo(true))
                .body("postings", equalTo(2)).body("totals.amount", equalTo(List.of(0)));
        problem(api.as(m.resident).get("/ledger/check"), 403, "forbidden");

        api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                        "percentBasisPoints", 2_000, "platformShareBasisPoints", 5_000))
                .post("/commission-rules").then().statusCode(201).body("version", equalTo(2));
        api.as(m.operator).get("/commission-rules").then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1)))
                .body("items.status", equalTo(List.of("ACTIVE", "RETIRED"))).body("total", equalTo(2));
        long second = m.book(offering, slots.get(1));
        api.pay(m.resident, second);
        api.as(finance).get("/orders/" + second + "/split").then()
                .body("lines.amountFen", equalTo(List.of(1_200, 1_200, 9_600)))
                .body("lines.ruleVersion", equalTo(List.of(2, 2, 2)));
        api.as(finance).get("/orders/" + order + "/split").then().body("lines.ruleVersion", equalTo(List.of(1, 1, 1)));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true)).body("postings", equalTo(3));

        settleAndTakeBackAfterwards(m, finance, second);
    }

    /**
     * With a T+0 cycle both payees get a batch for what they earned (provider ¥18 + ¥96, tenant ¥1.40 + ¥12),
     * approved and paid; nothing is left to draft; a refund after the payout leaves both owing it back.
     */
    private void settleAndTakeBackAfterwards(Market m, String finance, long paidOrder) {
        api.as(finance).body(Map.of("settleAfterDays", 0)).put("/settlements/terms").then().statusCode(200)
                .body("settleAfterDays", equalTo(0));
        problem(api.as(finance).body(Map.of("settleAfterDays", 365)).put("/settlements/terms"), 400,
                "validation_failed");
        problem(api.as(m.operator).post("/settlements/draft"), 403, "forbidden");
        List<Map<String, Object>> drafted = api.as(finance).post("/settlements/draft").then().statusCode(200)
                .extract().path("");
        assertThat(drafted).extracting(b -> b.get("payee") + " " + b.get("amountFen") + " " + b.get("status"))
                .containsExactlyInAnyOrder("PROVIDER 11400 DRAFT", "TENANT 1340 DRAFT");
        String cashier = m.finance(admin);
        for (Map<String, Object> batch : drafted) {
            Object id = batch.get("id");
            problem(api.as(cashier).post("/settlements/" + id + "/pay"), 409, "invalid_transition");
            api.as(finance).post("/settlements/" + id + "/approve").then().statusCode(200)
                    .body("status", equalTo("APPROVED"));
            problem(api.as(finance).post("/settlements/" + id + "/pay"), 409, "four_eyes");
            if ("PROVIDER".equals(batch.get("payee"))) {
                // What was approved is paid where it was approved to go.
                problem(api.as(finance).body(Map.of("payee", "PROVIDER", "providerId", m.provider, "alipayUserId",
                        "2088102146000009", "holder", "冒名")).put("/settlements/payout-accounts"), 409,
                        "payout_account_frozen");
            }
            api.as(cashier).post("/settlements/" + id + "/pay").then().statusCode(200)
                    .body("status", equalTo("FAILED")).body("failureReason", equalTo("payout_account_missing"));
        }
        problem(api.as(finance).body(Map.of("payee", "PROVIDER", "providerId", m.provider, "alipayUserId", "12345",
                "holder", "洁净家政")).put("/settlements/payout-accounts"), 400, "validation_failed")
                .body("errors.field", equalTo(List.of("alipayUserId")));
        problem(api.as(finance).body(Map.of("payee", "TENANT", "providerId", m.provider, "alipayUserId",
                "2088102146000002", "holder", "市场街道")).put("/settlements/payout-accounts"), 400, "validation_failed");
        problem(api.as(m.operator).body(Map.of("payee", "TENANT", "alipayUserId", "2088102146000002",
                "holder", "市场街道")).put("/settlements/payout-accounts"), 403, "forbidden");
        api.as(finance).body(Map.of("payee", "PROVIDER", "providerId", m.provider, "alipayUserId",
                "2088102146000001", "holder", "洁净家政")).put("/settlements/payout-accounts").then().statusCode(200)
                .body("pendingAlipayUserId", equalTo("2088102146000001")).body("alipayUserId", nullValue());
        api.as(finance).body(Map.of("payee", "TENANT", "alipayUserId", "2088102146000002", "holder", "市场街道"))
                .put("/settlements/payout-accounts").then().statusCode(200);
        api.as(m.staff).get("/settlements/payout-accounts/mine").then().statusCode(200)
                .body("pendingAlipayUserId", equalTo("2088********0001")).body("alipayUserId", nullValue());
        problem(api.as(finance).body(Map.of("payee", "TENANT")).post("/settlements/payout-accounts/confirm"), 409,
                "four_eyes");
        api.as(cashier).body(Map.of("payee", "PROVIDER", "providerId", m.provider))
                .post("/settlements/payout-accounts/confirm").then().statusCode(200)
                .body("alipayUserId", equalTo("2088102146000001")).body("pendingAlipayUserId", nullValue());
        api.as(cashier).body(Map.of("payee", "TENANT")).post("/settlements/payout-accounts/confirm").then()
                .statusCode(200);
        api.as(finance).get("/settlements/payout-accounts").then().statusCode(200).body("size()", equalTo(2));
        for (Map<String, Object> batch : drafted) {
            Object id = batch.get("id");
            // Royalty settle per trade: the provider's batch draws on both orders, the tenant's on both too.
            api.as(cashier).post("/settlements/" + id + "/pay").then().statusCode(200)
                    .body("status", equalTo("PAID")).body("attempts", equalTo(2))
                    .body("payoutReference", Matchers.matchesPattern("\\d{28} \\+1"));
            problem(api.as(cashier).post("/settlements/" + id + "/pay"), 409, "invalid_transition");
        }
        for (Map<String, Object> batch : drafted) {
            assertThat(pdfText(api.as(finance).get("/settlements/" + batch.get("id") + "/statement")))
                    .contains("S" + batch.get("id"), "¥" + String.format("%,.2f", ((Number) batch.get("amountFen"))
                            .longValue() / 100.0), "2088102146");
        }
        problem(api.as(m.operator).get("/settlements/" + drafted.get(0).get("id") + "/statement"), 403, "forbidden");
        String trade = api.as(finance).get("/payments/orders/" + paidOrder).then().extract().path("[0].tradeNumber");
        api.sandbox().get("/trades/" + trade).then().statusCode(200).body("settled_amount", equalTo("108.00"))
                .body("settlements", equalTo(2));
        api.as(finance).post("/settlements/draft").then().statusCode(200).body("size()", equalTo(0));
        assertThat(balances(finance)).containsEntry("provider:" + m.provider + ":payable", 0)
                .containsEntry("tenant:revenue", 0).containsEntry("gateway:clearing", 1_260)
                .containsEntry("platform:revenue", -1_260);

        api.as(m.resident).body(Map.of("text", "不需要了")).post("/orders/" + paidOrder + "/request-refund").then()
                .statusCode(200);
        api.as(m.operator).post("/orders/" + paidOrder + "/refund").then().statusCode(200)
                .body("refundedFen", equalTo(12_000));
        List<Map<String, Object>> standing = api.as(finance).get("/settlements/balances").then().statusCode(200)
                .extract().path("");
        assertThat(standing).extracting(b -> b.get("payee") + " " + b.get("paidFen") + " " + b.get("outstandingFen"))
                .containsExactlyInAnyOrder("PROVIDER 11400 -9600", "TENANT 1340 -1200");
        api.as(finance).post("/settlements/draft").then().statusCode(200).body("size()", equalTo(0));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));

        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        api.as(finance).get("/reports/revenue" + period).then().statusCode(200)
                .body("modules.module", equalTo(List.of("HOUSEKEEPING"))).body("total.orders", equalTo(2))
                .body("total.paidFen", equalTo(2_000)).body("total.platformFen", equalTo(60))
                .body("total.tenantFen", equalTo(140)).body("total.providerFen", equalTo(1_800))
                .body("providers.providerId", equalTo(List.of((int) m.provider)))
                .body("providers[0].paidFen", equalTo(2_000)).body("providers[0].commissionFen", equalTo(200))
                .body("providers[0].earnedFen", equalTo(1_800)).body("providers[0].orders", equalTo(2));
        String csv = api.as(finance).header("Accept-Language", "zh-CN").get("/reports/revenue/csv" + period).then()
                .statusCode(200).contentType(Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFF模块,订单数").contains("\"合计\",2,20.00,0.60,1.40,18.00");
        problem(api.as(finance).get("/reports/revenue?from=" + today + "&to=" + today.minusDays(3)), 400,
                "validation_failed");
        problem(api.as(m.resident).get("/reports/revenue" + period), 403, "forbidden");
        byte[] xlsx = api.as(finance).get("/reports/revenue/xlsx" + period).then().statusCode(200)
                .contentType(Matchers.startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var modules = workbook.getSheetAt(0);
            assertThat(modules.getRow(0).getCell(0).getStringCellValue()).isEqualTo("模块");
            var total = modules.getRow(modules.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(20.00);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(18.00);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(pdfText(api.as(finance).get("/reports/revenue/pdf" + period))).contains("20.00", "18.00");
        List<Map<String, Object>> tenants = api.as(admin).get("/reports/revenue/tenants" + period).then()
                .statusCode(200).extract().path("tenants");
        assertThat(tenants).filteredOn(t -> ((Number) t.get("tenantId")).longValue() == m.tenant)
                .extracting(t -> (Object) ((Map<?, ?>) t.get("total")).get("paidFen")).containsExactly(2_000);
        problem(api.as(finance).get("/reports/revenue/tenants" + period), 403, "forbidden");
    }

    @Test
    void withoutARuleTheProviderKeepsEverythingAndFreeOrdersPostNothing() {
        Market m = Market.open(api, admin, "housekeeping");
        long offering = m.offer("HOUSEKEEPING", "擦油烟机", "FIXED", 9_900, false);
        long order = m.book(offering, null);
        api.pay(m.resident, order);
        api.as(m.operator).get("/orders/" + order + "/split").then()
                .body("lines.amountFen", equalTo(List.of(0, 0, 9_900)))
                .body("lines.ruleId", equalTo(Arrays.asList(null, null, null)));

        long free = m.offer("BASIC", "义剪", "FIXED", 0, false);
        long freeOrder = m.book(free, null);
        api.as(m.operator).get("/orders/" + freeOrder + "/split").then().statusCode(200)
                .body("totalFen", equalTo(0));
        String finance = m.finance(admin);
        api.as(finance).get("/ledger/postings?reference=order:" + freeOrder).then()
                .body("items.size()", equalTo(0));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true)).body("postings", equalTo(1));
    }

    @Test
    void anOperatorMayLetTheProviderBearARefundAloneWithinWhatItReceived() {
        Market m = Market.open(api, admin, "housekeeping");
        api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("module", "HOUSEKEEPING",
                "percentBasisPoints", 1_000, "platformShareBasisPoints", 3_000)).post("/commission-rules").then()
                .statusCode(201);
        long offering = api.as(m.staff).body(Map.of("module", "HOUSEKEEPING", "title", "除螨", "pricing", "FIXED",
                        "unitPriceFen", 10_000, "needsSlot", true, "freeCancelHours", 720, "cancelFeeFen", 2_000))
                .post("/offerings").then().statusCode(201).extract().<Number>path("id").longValue();
        long order = m.book(offering, m.publishSlots().get(0));
        String bearer = "/orders/" + order + "/split/refund-bearer";
        problem(api.as(m.operator).body(Map.of("party", "PROVIDER")).post(bearer), 409, "order_not_split");
        api.pay(m.resident, order);
        api.as(m.resident).body(Map.of("text", "服务商爽约")).post("/orders/" + order + "/cancel").then()
                .statusCode(200).body("refundedFen", equalTo(8_000));
        api.as(m.operator).get("/orders/" + order + "/split").then()
                .body("lines.refundedFen", equalTo(List.of(240, 560, 7_200)));

        problem(api.as(m.resident).body(Map.of("party", "PROVIDER")).post(bearer), 403, "forbidden");
        problem(api.as(m.operator).body(Map.of("party", "NOBODY")).post(bearer), 400, "validation_failed");
        problem(api.as(m.operator).body(Map.of("party", "TENANT")).post(bearer), 409, "refund_bearer_short");
        // Only the platform's own staff may put a refund on the platform (which holds too little of it here).
        problem(api.as(m.operator).body(Map.of("party", "PLATFORM")).post(bearer), 403, "refund_bearer_platform");
        problem(api.as(admin).header("X-Linli-Tenant", m.tenant).body(Map.of("party", "PLATFORM")).post(bearer), 409,
                "refund_bearer_short");
        api.as(m.operator).body(Map.of("party", "PROVIDER")).post(bearer).then().statusCode(200)
                .body("refundedFen", equalTo(8_000)).body("lines.refundedFen", equalTo(List.of(0, 0, 8_000)));
        api.as(m.operator).body(Map.of("party", "PROVIDER")).post(bearer).then().statusCode(200)
                .body("lines.refundedFen", equalTo(List.of(0, 0, 8_000)));

        String finance = m.finance(admin);
        assertThat(balances(finance)).containsEntry("platform:revenue", -300).containsEntry("tenant:revenue", -700)
                .containsEntry("provider:" + m.provider + ":payable", -1_000).containsEntry("gateway:clearing", 2_000);
        api.as(finance).get("/ledger/postings?reference=order:" + order).then()
                .body("items.kind", equalTo(List.of("payment-split", "refund-split", "refund-reallocation")));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));

        // The split lines behind the revenue report, as finance exports them: who got what of the order, net.
        String today = LocalDate.now(ChinaTime.ZONE).toString();
        String details = "/reports/revenue/details/csv?from=" + today + "&to=" + today;
        List<String> lines = api.as(finance).header("Accept-Language", "en").get(details).then().statusCode(200)
                .extract().asString().lines().filter(l -> l.startsWith(order + ",")).toList();
        assertThat(lines).hasSize(3).anySatisfy(l -> assertThat(l).contains(",Platform,\"\",3.00,0.00,3.00,"))
                .anySatisfy(l -> assertThat(l).contains(",Provider,").contains(",90.00,80.00,10.00,"));
        api.as(finance).get(details.replace("/csv", "/xlsx")).then().statusCode(200)
                .contentType(Matchers.startsWith("application/vnd.openxmlformats"));
        problem(api.as(m.operator).get(details), 403, "forbidden");
        problem(api.as(finance).get("/reports/revenue/details/csv?from=2025-01-01&to=" + today), 400,
                "validation_failed");
    }

    @Test
    void invoicesAreIssuedByThePlatformForMonthsThatAreOverAndReadByTheTenant() {
        Market m = Market.open(api, admin, "housekeeping");
        YearMonth now = YearMonth.now(ChinaTime.ZONE);
        String inTenant = "X-Linli-Tenant";
        problem(api.as(admin).header(inTenant, m.tenant).body(Map.of("month", now.toString()))
                .post("/invoices/issue"), 400, "validation_failed")
                .body("errors.code", equalTo(List.of("month_not_over")));
        problem(api.as(admin).header(inTenant, m.tenant).body(Map.of("month", "November"))
                .post("/invoices/issue"), 400, "validation_failed")
                .body("errors.code", equalTo(List.of("month_format")));
        api.as(admin).header(inTenant, m.tenant).body(Map.of("month", now.minusMonths(1).toString()))
                .post("/invoices/issue").then().statusCode(204);
        problem(api.as(m.operator).body(Map.of("month", now.minusMonths(1).toString())).post("/invoices/issue"),
                403, "forbidden");
        api.as(m.operator).get("/invoices").then().statusCode(200).body("items.size()", equalTo(0))
                .body("total", equalTo(0));
        problem(api.as(m.resident).get("/invoices"), 403, "forbidden");
        problem(api.as(admin).header(inTenant, m.tenant).body(Map.of("reference", "x"))
                .post("/invoices/999999999/payment"), 404, "invoice_not_found");

        // The demo's tenant A has last month's invoice: its PDF says what the invoice says.
        String opsA = api.token("ops-a");
        Map<String, Object> invoice = api.as(opsA).get("/invoices").then().statusCode(200).extract().path("items[0]");
        assertThat(pdfText(api.as(opsA).get("/invoices/" + invoice.get("id") + "/pdf")))
                .contains((String) invoice.get("number"));
        problem(api.as(m.operator).get("/invoices/" + invoice.get("id") + "/pdf"), 404, "invoice_not_found");

        // Tenants pay their own invoices at the gateway; the platform's operators only record bank transfers.
        problem(api.as(m.operator).post("/invoices/999999999/pay"), 404, "invoice_not_found");
        problem(api.as(m.operator).post("/invoices/999999999/pay?channel=TABLET"), 400, "validation_failed");
        problem(api.as(m.resident).post("/invoices/999999999/pay"), 403, "forbidden");
        problem(api.as(admin).header(inTenant, m.tenant).post("/invoices/999999999/pay"), 403, "forbidden");
        String opsB = api.token("ops-b");
        Map<String, Object> paidByTransfer = api.as(opsB).get("/invoices").then().statusCode(200).extract()
                .path("items[0]");
        assertThat(paidByTransfer.get("status")).isEqualTo("PAID");
        problem(api.as(opsB).post("/invoices/" + paidByTransfer.get("id") + "/pay"), 409, "invalid_transition");
        api.as(opsB).post("/payments/invoices/" + paidByTransfer.get("id") + "/check").then().statusCode(404);
    }

    /**
     * The text of a PDF answer. Without a CJK font on the server the answer must be the problem saying so (CI
     * installs one, so there the document itself is read).
     */
    static String pdfText(io.restassured.response.Response response) {
        if (response.statusCode() == 409) {
            problem(response, 409, "pdf_font_missing");
            return "%PDF (no CJK font on this machine)";
        }
        byte[] pdf = response.then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try {
            PdfReader reader = new PdfReader(pdf);
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void membersTransferAndDonateMinutesWithinTheTenantsBoundsAndOperatorsGrantThePoolToElders() {
        Market m = Market.open(api, admin, "elder_care");
        String neighbour = m.neighbour();
        api.as(m.operator).get("/timebank/settings").then().statusCode(200).body("minimumBalance", equalTo(0))
                .body("maximumBalance", equalTo(6_000)).body("compensation", equalTo("MINUTES"));
        Map<String, Object> mine = api.as(m.resident).get("/timebank/me").then().statusCode(200)
                .body("balance", equalTo(0)).extract().path("");
        String theirs = api.as(neighbour).get("/timebank/me").then().statusCode(200).extract().path("memberCode");
        assertThat((String) mine.get("memberCode")).hasSize(8).isNotEqualTo(theirs);

        problem(transfer(m.resident, "t1", theirs, 30), 409, "time_balance_too_low");
        problem(api.as(m.resident).body(settings(-600, 100, 50, "MINUTES")).put("/timebank/settings"), 403,
                "forbidden");
        api.as(m.operator).body(settings(-600, 100, 50, "MINUTES")).put("/timebank/settings").then()
                .statusCode(200).body("minimumBalance", equalTo(-600)).body("maximumBalance", equalTo(100));

        transfer(m.resident, "t1", theirs, 30).then().statusCode(201).body("kind", equalTo("timebank-transfer"));
        transfer(m.resident, "t1", theirs, 30).then().statusCode(200).body("replayed", equalTo(true));
        problem(transfer(m.resident, "t2", (String) mine.get("memberCode"), 5), 409, "time_transfer_to_self");
        problem(transfer(m.resident, "t3", "ZZZZZZZZ", 5), 404, "time_member_not_found");
        problem(transfer(m.resident, "t4", theirs, 80), 409, "time_balance_too_high");
        problem(transfer(m.resident, "t5", theirs, 0), 400, "validation_failed");
        api.as(m.resident).header("Idempotency-Key", "d1").body(Map.of("minutes", 40, "note", "送给独居老人"))
                .post("/timebank/donations").then().statusCode(201).body("kind", equalTo("timebank-donation"));
        api.as(m.resident).get("/timebank/me").then().body("balance", equalTo(-70));
        api.as(neighbour).get("/timebank/me/statement").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].minutes", equalTo(30)).body("items[0].counterpartyKind", equalTo("MEMBER"))
                .body("items[0].counterparty", equalTo(mine.get("memberCode")));
        api.as(m.resident).get("/timebank/me/statement?size=1").then().body("total", equalTo(2))
                .body("items[0].kind", equalTo("timebank-donation")).body("items[0].minutes", equalTo(-40))
                .body("items[0].counterpartyKind", equalTo("LOVE_POOL"));

        long elder = api.as(m.operator).body(Map.of("householdId", m.home, "name", "李爷爷", "tags",
                List.of("ELDERLY_ALONE"))).post("/residents").then().statusCode(201).extract().<Number>path("id")
                .longValue();
        problem(grant(m.operator, "g1", ((Number) mine.get("residentId")).longValue(), 10), 409,
                "time_grant_not_elder");
        problem(grant(m.operator, "g2", elder, 50), 409, "time_love_pool_too_low");
        problem(grant(m.resident, "g3", elder, 10), 403, "forbidden");
        grant(m.operator, "g4", elder, 25).then().statusCode(201).body("kind", equalTo("timebank-grant"));
        api.as(m.operator).get("/timebank/love-pool").then().statusCode(200).body("balance", equalTo(15))
                .body("movements.items.kind", equalTo(List.of("timebank-grant", "timebank-donation")));
        api.as(m.operator).get("/timebank/accounts/" + elder).then().statusCode(200).body("balance", equalTo(25));
        problem(api.as(m.resident).get("/timebank/accounts/" + elder), 403, "forbidden");

        String finance = m.finance(admin);
        api.as(finance).get("/timebank/liabilities").then().statusCode(200).body("members", equalTo(-15))
                .body("lovePool", equalTo(15)).body("outstanding", equalTo(0));
        problem(api.as(m.resident).get("/timebank/liabilities"), 403, "forbidden");
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));
    }

    @Test
    void anElderCareOrderIsPaidInMinutesToTheProviderOrReimbursedInYuanAndARefundGivesTheMinutesBack() {
        Market m = Market.open(api, admin, "elder_care");
        long visit = m.offer("ELDER_CARE", "上门助浴", "PER_VISIT", 8_000, false);
        long first = m.book(visit, null);
        problem(api.as(m.resident).post("/orders/" + first + "/pay-in-time"), 409, "time_not_accepted");
        problem(api.as(m.staff).body(Map.of("payableInTime", true)).put("/offerings/" + visit + "/payable-in-time"),
                403, "forbidden");
        api.as(m.operator).body(Map.of("payableInTime", true)).put("/offerings/" + visit + "/payable-in-time")
                .then().statusCode(200).body("payableInTime", equalTo(true));
        api.as(m.operator).body(settings(-100, 6_000, 100, "MINUTES")).put("/timebank/settings").then()
                .statusCode(200);

        api.as(m.resident).post("/orders/" + first + "/pay-in-time").then().statusCode(200)
                .body("status", equalTo("PAID")).body("paidMinutes", equalTo(80))
                .body("timeCompensation", equalTo("MINUTES"));
        api.as(m.resident).get("/timebank/me").then().body("balance", equalTo(-80));
        long second = m.book(visit, null);
        problem(api.as(m.resident).post("/orders/" + second + "/pay-in-time"), 409, "time_balance_too_low");
        String finance = m.finance(admin);
        api.as(finance).get("/orders/" + first + "/split").then().statusCode(200).body("lines.size()", equalTo(0));
        api.as(finance).get("/ledger/postings?reference=order:" + first).then()
                .body("items.kind", equalTo(List.of("timebank-spend")));
        api.as(finance).get("/timebank/liabilities").then().body("providers", equalTo(80))
                .body("members", equalTo(-80));
        api.as(m.resident).body(Map.of("text", "老人住院了")).post("/orders/" + first + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(8_000));
        api.as(m.resident).get("/timebank/me").then().body("balance", equalTo(0));
        api.as(finance).get("/ledger/postings?reference=order:" + first).then()
                .body("items.kind", equalTo(List.of("timebank-spend", "reversal")));

        api.as(m.operator).body(settings(-100, 6_000, 100, "YUAN")).put("/timebank/settings").then()
                .statusCode(200).body("compensation", equalTo("YUAN"));
        api.as(m.resident).post("/orders/" + second + "/pay-in-time").then().statusCode(200)
                .body("paidMinutes", equalTo(80)).body("timeCompensation", equalTo("YUAN"));
        api.as(finance).get("/orders/" + second + "/split").then().statusCode(200).body("totalFen", equalTo(8_000))
                .body("fundedBy", equalTo("tenant:time-reimbursement"))
                .body("lines.amountFen", equalTo(List.of(0, 0, 8_000)));
        Map<String, Integer> paid = balances(finance);
        assertThat(paid).containsEntry("tenant:time-reimbursement", 8_000)
                .containsEntry("provider:" + m.provider + ":payable", -8_000).doesNotContainKey("gateway:clearing");
        api.as(finance).get("/timebank/liabilities").then().body("spent", equalTo(80)).body("providers", equalTo(0));
        // The tenant owes the reimbursement: it is set against its revenue when it is settled.
        api.as(finance).get("/settlements/balances").then().statusCode(200)
                .body("find { it.payee == 'TENANT' }.outstandingFen", equalTo(-8_000));

        api.as(m.resident).body(Map.of("text", "没有上门")).post("/orders/" + second + "/request-refund").then()
                .statusCode(200);
        api.as(m.operator).post("/orders/" + second + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundedFen", equalTo(8_000));
        api.as(m.resident).get("/timebank/me").then().body("balance", equalTo(0));
        api.as(finance).get("/orders/" + second + "/split").then().body("refundedFen", equalTo(8_000));
        assertThat(balances(finance)).containsEntry("tenant:time-reimbursement", 0)
                .containsEntry("provider:" + m.provider + ":payable", 0);
        api.as(finance).get("/settlements/balances").then()
                .body("find { it.payee == 'TENANT' }.outstandingFen", equalTo(0));
        api.as(finance).get("/ledger/check").then().body("clean", equalTo(true));

        // Points bought a discount the tenant funds against a gateway payment: the rest is paid in cash, not time.
        api.as(m.operator).body(Map.of("pointValueFen", 1, "maxSharePercent", 50)).put("/points/discount").then()
                .statusCode(200);
        api.as(m.operator).body(Map.of("kind", "CHECK_IN", "topic", "time-it", "points", 1_000, "dailyCap", 1_000))
                .post("/points/rules").then().statusCode(201);
        long resident = api.as(m.resident).get("/me/resident").then().extract().<Number>path("id").longValue();
        api.as(m.operator).body(Map.of("residentId", resident, "topic", "time-it")).post("/points/check-ins").then()
                .statusCode(201);
        long withPoints = api.as(m.resident).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", visit, "points", 1_000)).post("/orders").then().statusCode(201)
                .body("cashDueFen", equalTo(7_000)).extract().<Number>path("id").longValue();
        problem(api.as(m.resident).post("/orders/" + withPoints + "/pay-in-time"), 409, "time_not_with_points");
        api.as(m.resident).get("/timebank/me").then().body("balance", equalTo(0));
    }

    /**
     * The demo's time bank on a phone (390×844): resident-a sees the balance left after the demo's transfer, donation
     * and bath, donates in the dialog, books a bath and pays it in minutes from the order; the operator sees the love
     * pool and her account's statement, and finance the minutes outstanding.
     */
    @Test
    void theDemoResidentUsesTheTimeAccountOnAPhoneAndPaysABathInMinutes() {
        String residentA = api.token("resident-a");
        String code = api.as(residentA).get("/timebank/me").then().statusCode(200).body("balance", equalTo(310))
                .body("minimumBalance", equalTo(0)).extract().path("memberCode");
        // A bath of its own: the demo's waiting one expires with the payment timeout when the suite has run long.
        List<Map<String, Object>> baths = api.as(residentA).queryParam("q", "上门助浴").get("/offerings").then()
                .statusCode(200).extract().path("items");
        long offering = baths.stream().filter(o -> "上门助浴".equals(o.get("title")))
                .map(o -> ((Number) o.get("id")).longValue()).findFirst().orElseThrow();
        long bath = api.as(residentA).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offeringId", offering)).post("/orders").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        try (Browser resident = new Browser(base.toString(), 390, 844)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            resident.open("/me");
            resident.click("#time-account-link");
            resident.waitForTextContaining("#time-balance", "310");
            assertThat(resident.find("#member-code").getText()).isEqualTo(code);
            resident.waitForTextContaining("#time-statement", "捐入爱心池");
            resident.click("#time-donate");
            resident.type("#donate-minutes input", "10");
            resident.click("#donate-submit");
            resident.waitForTextContaining("#time-balance", "300");
            assertThat(resident.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);

            resident.open("/my-orders/order/" + bath);
            resident.waitForTextContaining("#order-" + bath + "-pay-in-time", "用时间支付 80 分钟");
            resident.click("#order-" + bath + "-pay-in-time");
            resident.waitForText("#order-status", "待接单");
            assertThat(resident.pageText()).doesNotContain("!timebank").doesNotContain("!order")
                    .doesNotContain("Exception");
        }
        api.as(residentA).get("/timebank/me").then().body("balance", equalTo(220));
        api.as(residentA).get("/orders/" + bath).then().body("paidMinutes", equalTo(80));
        try (Browser operator = new Browser(base.toString(), 1280, 900)) {
            operator.signIn("ops-a", Api.DEMO_PASSWORD);
            operator.open("/timebank");
            operator.waitForTextContaining("#love-pool", "30 分钟");
            operator.waitForTextContaining("#love-pool-movements", "爱心池发放");
            // The operator answers resident-a's question about her minutes from her account's statement.
            operator.find("#member-picker input").sendKeys("李建国");
            operator.waitForTextContaining("vaadin-combo-box-item", "李建国");
            operator.find("#member-picker input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            operator.waitForTextContaining("#member-balance", "220 分钟");
            operator.waitForTextContaining("#member-statement", "志愿服务时长");
            operator.waitForTextContaining("#member-statement", "用时间支付订单");
            operator.open("/providers");
            operator.find("vaadin-checkbox[id^='offering-'][id$='-time']");
            assertThat(operator.pageText()).doesNotContain("!timebank").doesNotContain("!offering");
        }
        try (Browser finance = new Browser(base.toString(), 1280, 900)) {
            finance.signIn("finance-a", Api.DEMO_PASSWORD);
            finance.open("/finance/ledger");
            finance.waitForTextContaining("#time-liabilities", "未兑付时长合计");
            assertThat(finance.pageText()).doesNotContain("!ledger");
        }
    }

    private io.restassured.response.Response transfer(String member, String key, String code, long minutes) {
        return api.as(member).header("Idempotency-Key", key).body(Map.of("memberCode", code, "minutes", minutes,
                "note", "谢谢帮忙")).post("/timebank/transfers");
    }

    private io.restassured.response.Response grant(String operator, String key, long resident, long minutes) {
        return api.as(operator).header("Idempotency-Key", key).body(Map.of("residentId", resident,
                "minutes", minutes, "note", "独居老人助浴")).post("/timebank/love-pool/grants");
    }

    private static Map<String, Object> settings(long minimum, long maximum, long minuteValueFen, String mode) {
        return Map.of("minimumBalance", minimum, "maximumBalance", maximum, "minuteValueFen", minuteValueFen,
                "compensation", mode);
    }

    private Map<String, Integer> balances(String finance) {
        List<Map<String, Object>> rows = api.as(finance).get("/ledger/trial-balance?asset=CNY&size=200").then()
                .statusCode(200).extract().path("items");
        Map<String, Integer> balances = new HashMap<>();
        rows.forEach(row -> balances.put((String) row.get("account"), ((Number) row.get("amount")).intValue()));
        return balances;
    }
}
