package org.linli.infra.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.Keys;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront on a phone (390 × 844) and the provider's console beside it, on the demo data: a resident books
 * housekeeping for a slot picked by day, checks the summary (price made up, terms, total) before confirming, pays
 * from "my orders" at the Alipay sandbox's cashier and is back on the paid order with a clean address, the
 * provider accepts, checks in and checks out, and the resident rates it;
 * then finds their parcels' pickup codes, their parking permit and their elder's care plan under "Me"; signs up
 * for a volunteer activity, and checks in to another by the organiser's rotating QR code; finds a neighbour's plant in
 * the flea market, reserves it and gets the pickup code once the neighbour accepts; reports a case with a photo,
 * which a volunteer team works and the operator resolves, and rates it.
 */
@EnabledIf("org.linli.infra.it.Browser#usable")
class StorefrontBrowserIT extends RealWarTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void aProvidersStaffBrowsingTheShopSeesTheCoverPicturesOfEveryProvidersOfferings() {
        try (Browser provider = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            provider.signIn("provider-a", Api.DEMO_PASSWORD);
            provider.open("/shop");
            provider.find(".offering-card img.offering-picture");
            // Each picture fetched again from the page: its status, whatever the browser cached.
            @SuppressWarnings("unchecked")
            List<Object> statuses = (List<Object>) provider.script(
                    "return Promise.all([...document.querySelectorAll('.offering-card img.offering-picture')]"
                            + ".map(img => fetch(img.src).then(response => response.status)))");
            assertThat(statuses).hasSizeGreaterThan(1).allSatisfy(status ->
                    assertThat(((Number) status).intValue()).isEqualTo(200));
            provider.waitForScript("return [...document.querySelectorAll('.offering-card img.offering-picture')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");

            Api api = new Api(base);
            List<Number> mine = api.as(api.token("provider-a")).get("/offerings/mine").then()
                    .statusCode(200).extract().path("id");
            Object rival = provider.script("return [...document.querySelectorAll('.offering-card')]"
                    + ".filter(card => card.querySelector('img.offering-picture')).map(card => card.id)"
                    + ".find(id => !arguments[0].includes(Number(id.substring('offering-'.length))))",
                    mine.stream().map(Number::longValue).toList());
            assertThat(rival).as("another provider's offering with its cover picture in the shop").isNotNull();
        }
    }

    /**
     * The shop's first phone screen shows at least three offerings as compact rows, each with a picture; the module
     * chips scroll sideways without a scrollbar and the chosen one is shown whole; prices keep their spacing on one
     * line; a monthly parking permit asks for months; "my data" opens inside the storefront with its tab bar, a
     * read of the resident's data as a card, and nothing to scroll sideways.
     */
    @Test
    void theShopOnAPhoneShowsSeveralOfferingsAndMyDataStaysInTheStorefront() {
        Api api = new Api(base);
        Number me = api.as(api.token("resident-a")).get("/me/resident").then().statusCode(200).extract().path("id");
        api.as(api.token("ops-a")).body(Map.of("field", "mobile", "purpose",
                        "核实地面车位月租申请人的联系电话，以便通知续租和车位调整事宜"))
                .post("/residents/" + me + "/reveal").then().statusCode(200);
        try (Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            assertThat(resident.url()).endsWith("/shop");
            resident.waitForScript("return [...document.querySelectorAll('.offering-card img.offering-picture')]"
                    + ".length > 2 && [...document.querySelectorAll('.offering-card img.offering-picture')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");
            // Seen: at least the title's line of the card is above the tab bar.
            Object seen = resident.script("const tabs = document.querySelector('#storefront-tabs')"
                    + ".getBoundingClientRect().top; return [...document.querySelectorAll('.offering-card')]"
                    + ".filter(card => card.getBoundingClientRect().top + 32 <= tabs).length");
            Object layout = resident.script("return [...document.querySelectorAll('.storefront-top, .ad-banner,"
                    + " .notice-block, #shop-search, .module-chips, .offering-card, #storefront-tabs')]"
                    + ".map(e => (e.id || e.className) + '@' + Math.round(e.getBoundingClientRect().top) + '+'"
                    + " + Math.round(e.getBoundingClientRect().height)).join(', ') + ' window ' + innerHeight");
            assertThat(((Number) seen).intValue()).as("offerings on the first screen, above the tab bar: " + layout)
                    .isGreaterThanOrEqualTo(3);
            assertThat(resident.horizontalOverflow()).as("the shop on a phone").isLessThanOrEqualTo(0);
            assertThat(resident.script("const row = document.querySelector('.module-chips');"
                    + " return getComputedStyle(row).scrollbarWidth + ' ' + (row.offsetHeight - row.clientHeight)"))
                    .as("the chips' row scrolls without a scrollbar").isEqualTo("none 0");
            assertThat(resident.script("const row = document.querySelector('.module-chips');"
                    + " return row.scrollWidth > row.clientWidth")).as("more chips than a phone is wide")
                    .isEqualTo(true);
            resident.click("#module-parking");
            resident.waitForScript("const row = document.querySelector('.module-chips').getBoundingClientRect();"
                    + " const chip = document.querySelector('#module-parking').getBoundingClientRect();"
                    + " return chip.left >= row.left && chip.right <= row.right");
            String price = resident.find(".offering-card .offering-price").getText();
            assertThat(price).isEqualTo("¥300.00 / 月");
            assertThat(resident.script("return document.querySelector('.offering-card .offering-price')"
                    + ".getClientRects().length")).as("the price on one line").isEqualTo(1L);

            resident.clickContaining(".offering-card", "地面车位月租");
            resident.find("#permit-plate");
            assertThat(resident.find("#quantity").getAttribute("label")).isEqualTo("月数");
            assertThat(resident.script("const by = document.querySelector('.offering-view > .offering-provider');"
                    + " const price = document.querySelector('#offering-price');"
                    + " return price.getBoundingClientRect().top >= by.getBoundingClientRect().bottom - 1"))
                    .as("the price under the provider and rating, not run into them").isEqualTo(true);
            resident.type("#permit-plate input", "苏A6M688");
            resident.click("#book");
            resident.waitForText("#summary-breakdown", "1 个月 × ¥300.00");
            assertThat(resident.pageText()).contains("月数").doesNotContain("次数");
            resident.click("#summary-back");

            resident.open("/shop");
            resident.click("#module-housekeeping");
            resident.clickContaining(".offering-card", "日常保洁（按小时）");
            resident.find(".offering-checklist .label-word");
            assertThat(resident.script("return document.querySelector('.offering-checklist .label-word')"
                    + ".getClientRects().length")).as("服务清单 in one piece").isEqualTo(1L);

            resident.click("#storefront-tabs a[href='me']");
            resident.click("#my-data-link");
            resident.waitForUrlEnding("/me/data");
            resident.find("#storefront-tabs");
            resident.waitForTextContaining("#who-saw .who-saw-card", "核实地面车位月租申请人的联系电话");
            assertThat(resident.find("#my-data-entry").getText()).contains("姓名", "住址");
            assertThat(resident.horizontalOverflow()).as("my data on a phone").isEqualTo(0);
            assertThat(resident.policyViolations()).isEmpty();
        }
    }

    @Test
    void aResidentBooksHousekeepingTheProviderServesItAndTheResidentRatesIt() {
        try (Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT);
             Browser provider = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            assertThat(resident.url()).endsWith("/shop");
            resident.find("#storefront-tabs");
            resident.click("#module-housekeeping");
            resident.clickContaining(".offering-card", "日常保洁（按小时）");
            // The week's slots come a day at a time: a tab per day, that day's times under it.
            resident.find("#slot-days vaadin-tab.slot-day-tab");
            assertThat((Long) resident.script("return document.querySelectorAll('#slot-days vaadin-tab').length"))
                    .as("a tab per day with free slots").isGreaterThan(1L);
            assertThat((Long) resident.script("return document.querySelectorAll('.slot-button').length"))
                    .as("one day's slots at a time").isBetween(1L, 6L);
            resident.click("#slot-days vaadin-tab:nth-of-type(2)");
            resident.find("#slot-buttons .slot-button");
            assertThat(resident.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            resident.click("#slot-buttons .slot-button");
            resident.click("#book");
            // A summary of the whole order first; nothing is booked until it is confirmed.
            resident.waitForText("#summary-breakdown", "2 小时 × ¥50.00");
            assertThat(resident.find("#summary-total").getText()).isEqualTo("¥100.00");
            assertThat(resident.find("#summary-terms").getText()).contains("取消");
            assertThat(resident.find("#summary-address").getText()).isNotBlank();
            assertThat(resident.find("#summary-time").getText()).matches(".*\\d{2}-\\d{2} \\d{2}:\\d{2}–.*");
            assertThat(resident.url()).doesNotContain("/my-orders/");
            assertThat(resident.horizontalOverflow()).as("the summary on a phone").isLessThanOrEqualTo(0);
            resident.click("#confirm-order");
            resident.waitForText("#order-status", "待支付");
            assertThat(resident.url()).contains("/my-orders/order/");
            String order = resident.url().substring(resident.url().lastIndexOf('/') + 1);
            assertThat(resident.pageText()).contains("¥100.00");
            // My orders, to pay: the order is there with 去支付, as on its own page.
            resident.click("#storefront-tabs a[href='my-orders']");
            resident.click("#my-orders-tab-unpaid");
            resident.find("#my-orders #order-card-" + order);
            assertThat(resident.find("#order-" + order + "-pay").getText()).isEqualTo("去支付");
            assertThat(resident.horizontalOverflow()).as("my orders on a phone").isLessThanOrEqualTo(0);
            resident.click("#order-" + order + "-pay");
            resident.waitForText("#sandbox-amount", "¥100.00");
            assertThat(resident.url()).contains("/sandbox/alipay/gateway.do?").contains("alipay.trade.wap.pay");
            resident.click("#sandbox-pay");
            resident.waitForText("#order-status", "待接单");
            resident.waitForText("#payment-result-title", "支付成功");
            resident.waitForUrlEnding("/my-orders/order/" + order);
            assertThat(resident.url()).as("the gateway's signed return parameters are cleared")
                    .doesNotContain("sign=").doesNotContain("out_trade_no=");
            assertThat(resident.find(".order-history").getText()).as("the gateway named in words")
                    .contains("支付宝").doesNotContain("alipay");

            provider.signIn("provider-a", Api.DEMO_PASSWORD);
            assertThat(provider.url()).endsWith("/work");
            provider.find("#order-card-" + order);
            provider.click("#order-" + order + "-accept");
            provider.click("#order-" + order + "-start");
            provider.find("#order-" + order + "-checklist");
            provider.click("#order-" + order + "-complete");
            provider.waitForTextContaining("#provider-summary", "¥");

            resident.open("/my-orders/order/" + order);
            resident.waitForText("#order-status", "待评价");
            resident.click("#order-" + order + "-review");
            resident.type("#review-text textarea", "准时到达，打扫得很干净");
            resident.click("#review-submit");
            resident.waitForText("#order-status", "已评价");
            assertThat(resident.pageText()).contains("张丽（安心家政）", "✓ 拖地").doesNotContain("Exception");
            assertThat(resident.horizontalOverflow()).isLessThanOrEqualTo(0);

            resident.click("#storefront-tabs a[href='my-orders']");
            resident.find("#order-card-" + order);
            resident.click("#my-orders-tab-unpaid");
            assertThat(resident.script("return document.querySelector('#order-card-" + order + "')"))
                    .as("a rated order is not among those to pay").isNull();
            resident.click("#my-orders-tab-done");
            resident.find("#order-card-" + order);

            resident.click("#storefront-tabs a[href='me']");
            assertThat(resident.find("#my-parcels .pickup-code").getText()).matches("\\d{6}");
            resident.waitForTextContaining("#my-permits", "苏A8K123");
            resident.click("#family-care-link");
            resident.waitForTextContaining(".care-elder", "居家探访（一三五）");
            assertThat(resident.horizontalOverflow()).isLessThanOrEqualTo(0);

            // A ¥3 parcel to the door has no appointment and its own terms; going back books nothing.
            resident.open("/shop");
            resident.click("#module-delivery");
            resident.clickContaining(".offering-card", "快递送件上门");
            String doorstepTerms = "送件出发前可随时取消，全额退款，快递仍留在驿站，可凭取件码自取；送达后如有问题可申请退款";
            assertThat(resident.find(".offering-policy").getText()).isEqualTo(doorstepTerms);
            assertThat(resident.script("const count = document.querySelector('#quantity');"
                    + " return !count || count.offsetParent === null")).as("one parcel, one delivery: no count")
                    .isEqualTo(true);
            resident.click("#doorstep-parcel");
            resident.click("vaadin-select-item");
            resident.click("#book");
            resident.waitForText("#summary-breakdown", "1 次 × ¥3.00");
            assertThat(resident.find("#summary-total").getText()).isEqualTo("¥3.00");
            assertThat(resident.find("#summary-terms").getText()).isEqualTo(doorstepTerms);
            assertThat(resident.find("#summary-choice").getText()).isNotBlank();
            assertThat(resident.horizontalOverflow()).isLessThanOrEqualTo(0);
            resident.click("#summary-back");
            assertThat(resident.find("#book").isDisplayed()).as("back at the form").isTrue();
            assertThat(resident.policyViolations()).as("the storefront and the wap cashier under the CSP").isEmpty();
            assertThat(provider.policyViolations()).isEmpty();
        }
    }

    @Test
    void theParkingGateAndTheCarersRoundsWorkOnAPhoneAndTheFamilyReadsTheVisitReport() {
        try (Browser gate = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT);
             Browser carer = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT);
             Browser family = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            gate.signIn("parking-a", Api.DEMO_PASSWORD);
            gate.open("/gate");
            gate.type("#gate-plate input", "苏C77777");
            gate.click("#gate-enter");
            gate.waitForTextContaining("#gate-inside", "苏C77777");
            gate.click("#gate-inside vaadin-button");
            gate.waitForTextContaining("vaadin-notification-card", "¥0.00");

            carer.signIn("care-a", Api.DEMO_PASSWORD);
            carer.open("/rounds");
            carer.click("#care-rounds vaadin-button[id$='-check-in']");
            carer.type("#care-rounds vaadin-text-area[id$='-note'] textarea", "血压135/85，精神不错，燃气已检查");
            carer.click("#care-rounds vaadin-button[id$='-check-out']");
            carer.waitForTextContaining("#care-rounds", "血压135/85");
            assertThat(carer.horizontalOverflow()).isLessThanOrEqualTo(0);

            family.signIn("resident-a", Api.DEMO_PASSWORD);
            family.open("/family-care");
            family.waitForTextContaining(".care-elder", "血压135/85，精神不错，燃气已检查");
            family.waitForTextContaining(".care-elder .care-alert", "已电话联系，妈妈说腿疼在家休息");
            assertThat(family.pageText()).as("the still day that became a case").containsPattern("事件 #\\d+");
        }
    }

    @Test
    void aResidentSignsUpForAnUpcomingVolunteerActivityOnAPhoneAndFindsItAmongHerOwn() {
        try (Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            resident.click("#storefront-tabs a[href='volunteer']");
            resident.waitForTextContaining("#volunteer-upcoming", "爱心义剪");
            assertThat(resident.find("#volunteer-mine").getText()).doesNotContain("爱心义剪");
            resident.click("#volunteer-upcoming vaadin-button.activity-sign-up");
            resident.waitForTextContaining("#volunteer-mine", "爱心义剪");
            assertThat(resident.find("#volunteer-mine vaadin-button").getText()).isEqualTo("取消报名");
            assertThat(resident.find("#volunteer-my-hours").getAttribute("href")).endsWith("volunteer/me");
            assertThat(resident.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            assertThat(resident.policyViolations()).isEmpty();
        }
    }

    @Test
    void aResidentRedeemsAMallRewardOnAPhoneAndSeesThePickupCodeAndTheLowerBalance() {
        try (Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            resident.click("#storefront-tabs a[href='points']");
            resident.waitForTextContaining("#points-summary .reminder", "到期");
            long before = Long.parseLong(resident.find("#points-balance").getText().strip());
            resident.waitForTextContaining("#points-mall", "环保购物袋");
            resident.click("#points-mall vaadin-button");
            resident.click("#redeem-confirm");
            String code = resident.find("#redeemed-code").getText().strip();
            assertThat(code).matches("\\d{8}");
            resident.click("#redeemed-close");
            resident.waitForText("#points-balance", String.valueOf(before - 50));
            resident.waitForTextContaining("#points-pickups", code);
            assertThat(resident.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            assertThat(resident.policyViolations()).isEmpty();
        }
    }

    @Test
    void aResidentReservesANeighboursPlantInTheFleaMarketCollectsItWithThePickupCodeAndRatesTheNeighbour() {
        try (Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT);
             Browser seller = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            resident.click("#storefront-tabs a[href='flea']");
            resident.waitForTextContaining("#flea-results", "美的电饭煲");
            resident.type("#flea-search input", "绿萝");
            resident.waitForText("#flea-results > .flea-card:only-child .flea-title", "绿萝盆栽");
            assertThat(resident.find("#flea-results").getText()).doesNotContain("美的电饭煲").contains("赵*");
            assertThat(resident.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            resident.clickContaining(".flea-card", "绿萝盆栽");
            resident.waitForText("#flea-price", "送");
            resident.click("#flea-reserve-free");
            resident.waitForTextContaining("#flea-reservations", "绿萝盆栽");
            assertThat(resident.find("#flea-reservations").getText()).contains("待卖家确认");

            seller.signIn("neighbour-a2", Api.DEMO_PASSWORD);
            seller.open("/flea/reservations");
            seller.waitForTextContaining("#flea-reservations", "绿萝盆栽");
            seller.click("#flea-reservations vaadin-button[id^='flea-accept-']");
            seller.waitForTextContaining("#flea-reservations", "已接受");

            resident.open("/flea/reservations");
            resident.waitForTextContaining("#flea-reservations .pickup-code", "取货码");
            Matcher code = Pattern.compile("\\d{6}")
                    .matcher(resident.find("#flea-reservations .pickup-code").getText());
            assertThat(code.find()).as("a six-digit pickup code").isTrue();
            assertThat(resident.horizontalOverflow()).isLessThanOrEqualTo(0);

            seller.open("/flea/reservations");
            seller.type("#flea-reservations vaadin-text-field[id^='flea-code-'] input", code.group());
            seller.click("#flea-reservations vaadin-button[id^='flea-handover-']");
            seller.waitForTextContaining("#flea-reservations", "已交接");

            resident.open("/flea/reservations");
            resident.waitForTextContaining("#flea-reservations", "已交接");
            resident.click("#flea-reservations vaadin-button[id^='flea-rate-']");
            resident.waitForTextContaining("#flea-reservations", "我的评价：★★★★★");
            assertThat(resident.policyViolations()).isEmpty();
            assertThat(seller.policyViolations()).isEmpty();
        }
    }

    @Test
    void theOrganisersRotatingCodeOnTheDoorScreenChecksAWalkInResidentInFromHerPhone() {
        Api api = new Api(base);
        List<Map<String, Object>> upcoming = api.as(api.token("resident-a"))
                .get("/volunteering/activities").then().statusCode(200).extract().path("items");
        long activity = upcoming.stream().filter(a -> "河道环境整治".equals(a.get("title")))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
        try (Browser organiser = new Browser(base.toString(), 1280, 900);
             Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            organiser.signIn("volunteer-a", Api.DEMO_PASSWORD);
            organiser.open("/volunteering/code/" + activity + "-IN");
            organiser.find("#check-in-code svg path");
            String code = organiser.find("#check-in-code").getAttribute("data-code");
            assertThat(code).startsWith(activity + ".I.");
            organiser.waitForTextContaining("#check-in-code-expiry", "有效至");

            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            resident.open("/volunteer/scan?code=" + code);
            resident.waitForTextContaining("#scan-result", "现场报名并签到：河道环境整治");
            resident.open("/volunteer/scan?code=" + code);
            resident.waitForTextContaining("#scan-result", "无需重复扫码");
            assertThat(resident.horizontalOverflow()).isLessThanOrEqualTo(0);
            assertThat(organiser.policyViolations()).isEmpty();
            assertThat(resident.policyViolations()).isEmpty();
        }
    }

    /**
     * An owner votes in the demo's open owners' vote on a phone: from "Me" to the proposals, the discussion and the
     * ballot; after voting the receipt code is shown (once), the ballot box says they voted, and the code checks out;
     * the owners' decision closed earlier shows its published result.
     */
    @Test
    void anOwnerVotesOnAPhoneAndSeesTheReceiptCode() {
        try (Browser owner = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            owner.signIn("resident-a", Api.DEMO_PASSWORD);
            owner.click("#storefront-tabs a[href='me']");
            owner.click("#proposals-link");
            owner.clickContaining(".proposal-card", "电动自行车集中充电区");
            owner.waitForTextContaining("#proposal-ballot", "投票");
            owner.waitForTextContaining("#proposal-comments", "充电区要有雨棚和监控");
            assertThat(owner.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            owner.click("#proposal-choice vaadin-radio-button");
            owner.click("#proposal-cast");
            String receipt = owner.find("#proposal-receipt").getText().trim();
            assertThat(receipt).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
            owner.waitForTextContaining("#proposal-ballot", "您（或您家）已经投过票");
            assertThat(owner.horizontalOverflow()).isLessThanOrEqualTo(0);
            owner.type("#proposal-receipt-check input", receipt);
            owner.clickContaining("vaadin-button", "核对回执码");
            owner.waitForTextContaining(".proposal-view", "这张选票已记录（选择为“同意”）");
            assertThat(owner.pageText()).doesNotContain("Exception");

            // The demo's earlier owners' decision: valid and passed, its tally published with the PDF.
            owner.open("/proposals");
            owner.clickContaining(".proposal-card", "更换 1 栋、2 栋电梯");
            owner.waitForText("#proposal-result", "通过");
            owner.find("#proposal-tally-pdf");
            assertThat(owner.horizontalOverflow()).isLessThanOrEqualTo(0);
        }
    }

    /**
     * The case loop on a phone: a resident reports a loose paving slab at her home with a photo and finds it among
     * her cases; the operator sees the photo in the console, accepts the case and assigns it to the volunteer team,
     * whose member follows the message to the case on a phone and records the work with a photo; the operator
     * resolves it; the resident then rates it five stars with a comment, which closes it.
     */
    @Test
    void aResidentReportsACaseWithAPhotoOnAPhoneItIsWorkedAndResolvedAndSheRatesIt() throws IOException {
        Path photo = Files.createTempFile(
                Path.of(System.getProperty("java.io.tmpdir")), "case-photo", ".png");
        BufferedImage picture = new BufferedImage(64, 48,
                BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                picture.setRGB(x, y, x < 32 ? 0x2E7D32 : 0x9E9E9E);
            }
        }
        ImageIO.write(picture, "png", photo.toFile());
        String report = "单元门口地砖松动，老人容易绊倒";
        try (Browser resident = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT);
             Browser operator = new Browser(base.toString(), 1280, 900);
             Browser volunteer = new Browser(base.toString(), PHONE_WIDTH, PHONE_HEIGHT)) {
            resident.signIn("resident-a", Api.DEMO_PASSWORD);
            resident.open("/cases/new");
            resident.find("#case-category input").sendKeys("设施报修");
            resident.waitForTextContaining("vaadin-combo-box-item", "设施报修");
            resident.find("#case-category input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            resident.type("#case-description textarea", report);
            resident.clickContaining("#case-place vaadin-radio-button", "我家");
            resident.upload("#case-photo-upload", photo);
            resident.find("#case-photo-upload-chosen img.photo-thumbnail");
            assertThat(resident.horizontalOverflow()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            resident.click("#case-send");
            resident.waitForText("#case-state", "待受理");
            assertThat(resident.url()).contains("/my-cases/case/");
            String id = resident.url().substring(resident.url().lastIndexOf('/') + 1);
            resident.find("#case-steps img.case-photo");
            assertThat(resident.script("return document.querySelector('#case-steps img.case-photo').decode()"
                    + ".then(() => document.querySelector('#case-steps img.case-photo').naturalWidth)"))
                    .as("the photo as the resident sees it").isEqualTo(64L);
            resident.upload("#case-photo-add", photo);
            resident.waitForTextContaining("#case-steps .case-step", "2 张照片");
            resident.open("/my-cases");
            resident.waitForTextContaining("#my-cases", report);

            operator.signIn("ops-a", Api.DEMO_PASSWORD);
            operator.open("/cases/case/" + id);
            operator.waitForText("#case-state", "待受理");
            operator.find("#case-steps img.case-photo");
            operator.click("#case-accept");
            operator.waitForText("#case-state", "已受理");
            operator.find("#case-assignee input").sendKeys("志愿服务队");
            operator.waitForTextContaining("vaadin-combo-box-item", "新华街道志愿服务队");
            operator.find("#case-assignee input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            operator.click("#case-assign");
            operator.waitForText("#case-state", "已派单");

            // The volunteer team's member follows the message to the case and reports the work with a photo.
            volunteer.signIn("volunteer-a", Api.DEMO_PASSWORD);
            volunteer.open("/messages");
            volunteer.clickContaining(".inbox-item", "#" + id + "（");
            volunteer.waitForUrlEnding("/provider-cases/case/" + id);
            volunteer.waitForText("#case-state", "已派单");
            volunteer.find("#case-steps img.case-photo");
            volunteer.type("#case-step-text textarea", "已到现场，地砖需整块更换");
            volunteer.upload("#case-step-photo-upload", photo);
            volunteer.find("#case-step-photo-upload-chosen img.photo-thumbnail");
            volunteer.click("#case-add-step");
            volunteer.waitForText("#case-state", "处置中");
            volunteer.waitForTextContaining("#case-steps", "已到现场，地砖需整块更换");
            assertThat(volunteer.horizontalOverflow()).isLessThanOrEqualTo(0);
            volunteer.open("/provider-cases");
            volunteer.waitForTextContaining("#provider-case-" + id, "处置中");
            volunteer.find("vaadin-side-nav-item[path='provider-cases']");

            operator.open("/cases/case/" + id);
            operator.waitForText("#case-state", "处置中");
            operator.waitForTextContaining("#case-steps", "已到现场，地砖需整块更换");
            assertThat(operator.script("return document.querySelectorAll('#case-steps img.case-photo').length"))
                    .as("the report's two photos and the volunteer's").isEqualTo(3L);
            operator.type("#case-step-text textarea", "已重新铺设单元门口地砖");
            operator.click("#case-resolve");
            operator.waitForText("#case-state", "已办结");

            resident.open("/my-cases/case/" + id);
            resident.waitForText("#case-state", "已办结");
            resident.waitForTextContaining("#case-steps", "已重新铺设单元门口地砖");
            resident.clickContaining("#case-stars vaadin-radio-button", "★★★★★");
            resident.type("#case-rating-comment input", "修得很及时，谢谢！");
            resident.click("#case-rate");
            resident.waitForText("#case-state", "已关闭");
            resident.waitForText("#case-rated", "★★★★★");
            resident.waitForTextContaining("#case-steps", "修得很及时，谢谢！");
            assertThat(resident.horizontalOverflow()).isLessThanOrEqualTo(0);
            assertThat(resident.pageText()).doesNotContain("Exception");
            assertThat(resident.policyViolations()).isEmpty();
            assertThat(operator.policyViolations()).isEmpty();
            assertThat(volunteer.policyViolations()).isEmpty();
        }
    }
}
