package org.linli.infra.it;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.linli.platform.application.ChinaTime;
import org.linli.tenants.registry.residents.IdNumber;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.FluentWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The console in a real browser: sign-in, tenant-scoped lists, the language switch and polite refusals. */
@EnabledIf("org.linli.infra.it.Browser#usable")
class BrowserIT extends RealWarTest {

    @Test
    void aTenantOperatorSeesOnlyTheirTenantsUsersAndCanSwitchToEnglish() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/users");
            browser.waitForText("h2", "用户");
            // Sorted by username, ops-b would sit right after ops-a on the first screen if it leaked in.
            List<String> cells = browser.gridCells("users-grid", "ops-a");
            assertThat(cells).contains("ops-a", "finance-a", "cashier-a").doesNotContain("ops-b");
            browser.type("#users-search input", "resident-a");
            browser.gridCells("users-grid", "resident-a");
            assertThat(browser.find("#tenant-name").getText()).isEqualTo("新华街道");

            browser.click("#language-switch");
            browser.waitForVaadin();
            browser.waitForText("h2", "Users");
            List<String> english = browser.gridCells("users-grid", "ops-a");
            assertThat(english).contains("Tenant operator", "Resident").doesNotContain("ops-b");
            assertThat(browser.pageText()).contains("Username", "Audit trail");

            browser.open("/users");
            browser.waitForText("h2", "Users");
        }
    }

    @Test
    void anOperatorImportsAListFixesItsErrorsAndSeesTheResidentsMasked() throws Exception {
        String marker = Api.unique("导入");
        String good = ResidentLists.row(marker, "1栋", "1单元", "101", "甲" + marker.substring(3, 6), "13700000001",
                IdNumber.of("320102", LocalDate.of(1952, 2, 2), 901), "独居老人")
                + ResidentLists.row(marker, "1栋", "1单元", "102", "乙" + marker.substring(3, 6), "13700000002", "",
                "");
        Path broken = file("broken.csv", ResidentLists.HEADER + "\n" + good
                + ResidentLists.row(marker, "1栋", "1单元", "103", "", "12345", "", ""));
        Path fixed = file("fixed.csv", ResidentLists.HEADER + "\n" + good
                + ResidentLists.row(marker, "1栋", "1单元", "103", "丙" + marker.substring(3, 6), "13700000003", "",
                ""));
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/residents/import");
            browser.upload("#import-upload", broken);
            browser.click("#import-check");
            browser.waitForText("#import-report vaadin-grid-cell-content", "必填");
            assertThat(browser.find("#import-summary").getText()).contains("共 3 行", "2 行正确", "1 行有问题");
            assertThat(browser.find("#import-commit").getAttribute("disabled")).isNotNull();

            browser.upload("#import-upload", fixed);
            browser.click("#import-check");
            browser.waitForTextContaining("#import-summary", "3 行正确");
            browser.click("#import-commit");
            browser.waitForTextContaining("#import-summary", "已导入 3 行");

            browser.open("/residents");
            browser.type("#residents-search input", "丙" + marker.substring(3, 6));
            List<String> cells = browser.gridCells("residents-grid", "丙" + marker.substring(3, 6));
            assertThat(cells).contains("137****0003").doesNotContain("13700000003");
            assertThat(browser.policyViolations()).as("uploads under the CSP").isEmpty();
        }
    }

    /**
     * An operator opens a resident at laptop size, corrects the mobile number, reads the household's members,
     * vehicles and the resident's (still empty) orders on their tabs, marks the resident as moved away and registers
     * them again: the actions follow the resident's state and nothing is cut off.
     */
    @Test
    void anOperatorCorrectsAResidentReadsTheHouseholdAndMarksThemMovedAwayAndBack() {
        Api api = new Api(base);
        String ops = api.token("ops-a");
        long community = api.as(ops).get("/communities").then().statusCode(200).extract()
                .<Number>path("items[0].id").longValue();
        long building = api.as(ops).body(Map.of("name", Api.unique("楼"))).post("/communities/"
                + community + "/buildings").then().statusCode(201).extract().<Number>path("id").longValue();
        long unit = api.as(ops).body(Map.of("name", "1单元")).post("/buildings/" + building + "/units")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long home = api.as(ops).body(Map.of("unitId", unit, "room", "202")).post("/households").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        String marker = Api.unique("");
        String name = "丁" + marker.substring(marker.length() - 5);
        String spouse = "戊" + marker.substring(marker.length() - 5);
        long resident = api.as(ops).body(Map.of("householdId", home, "name", name, "relation", "HEAD",
                "mobile", "13700004444")).post("/residents").then().statusCode(201).extract()
                .<Number>path("id").longValue();
        api.as(ops).body(Map.of("householdId", home, "name", spouse, "relation", "SPOUSE"))
                .post("/residents").then().statusCode(201);
        api.as(ops).body(Map.of("householdId", home, "plate", "苏A" + marker.substring(marker.length() - 5)
                .replaceAll("[^0-9]", "7"))).post("/vehicles").then().statusCode(201);
        try (Browser browser = new Browser(base.toString(), 1366, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/residents");
            browser.type("#residents-search input", name);
            browser.gridCells("residents-grid", name);
            browser.clickContaining("#residents-grid vaadin-grid-cell-content", name);
            browser.waitForText("#value-mobile", "137****4444");

            browser.click("#edit-resident");
            browser.type("#resident-edit-mobile input", "13700005555");
            browser.click("#resident-edit-save");
            browser.waitForTextContaining("vaadin-notification-card", "居民信息已更正");
            browser.waitForText("#value-mobile", "137****5555");

            browser.click("#resident-tab-members");
            assertThat(browser.gridCells("resident-members", spouse)).contains(name, "配偶");
            browser.click("#resident-tab-vehicles");
            browser.gridCells("resident-vehicles", "在用");
            browser.click("#resident-tab-orders");
            browser.waitForText("#resident-orders .empty-state p", "还没有为此居民预订的服务");
            assertThat(browser.horizontalOverflow()).isZero();
            assertThat(browser.script("const t = document.querySelector('#resident-tabs').getBoundingClientRect();"
                    + " const c = document.querySelector('#resident-close').getBoundingClientRect();"
                    + " return t.left >= 0 && t.right <= window.innerWidth && c.right <= window.innerWidth"
                    + " && c.bottom <= window.innerHeight")).as("the dialog fits the window").isEqualTo(true);

            browser.click("#deactivate-resident");
            browser.waitForTextContaining("vaadin-notification-card", "已标记为迁出");
            browser.find("#reactivate-resident");
            assertThat(browser.script("return document.querySelector('#edit-resident')")).isNull();
            browser.click("#reactivate-resident");
            browser.waitForTextContaining("vaadin-notification-card", "已恢复在册");
            browser.find("#deactivate-resident");
            assertThat(browser.pageText()).doesNotContain("!resident");
        }
        api.as(ops).get("/residents/" + resident).then().statusCode(200)
                .body("status", Matchers.equalTo("ACTIVE"))
                .body("mobile", Matchers.equalTo("137****5555"));
    }

    /** A list with nothing to show says why and offers the next step: here, writing the first matching notice. */
    @Test
    void anEmptyNoticeListSaysWhyAndOffersToWriteOne() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/notice-desk");
            browser.type("#notice-search input", Api.unique("没有这条公告"));
            browser.waitForText("#notice-grid .empty-state p", "没有符合条件的通知：写一条通知，发布后居民即可看到");
            browser.clickContaining("#notice-grid .empty-state vaadin-button", "写通知");
            browser.waitForUrlEnding("/notice-editor");
        }
    }

    @Test
    void anOperatorVerifiesAProviderOnItsLicenceAndTheProviderOffersWithPicturesAndPublishesAvailability()
            throws Exception {
        Api api = new Api(base);
        String ops = api.token("ops-a");
        String name = Api.unique("门窗维修");
        long applicant = api.as(ops).body(Map.of("name", name, "kind", "COMPANY", "licenceNumber",
                        "91320102MA1" + String.format("%06d", System.nanoTime() % 1_000_000).substring(0, 6) + "X",
                        "contactName", "赵", "contactPhone", "13800003333"))
                .post("/providers").then().statusCode(201).extract().<Number>path("id").longValue();
        Path licence = Files.write(Files.createTempDirectory("licence")
                .resolve("营业执照.pdf"), TestFiles.pdf(4096));
        Path picture = Files.createTempDirectory("picture").resolve("balcony.png");
        ImageIO.write(new BufferedImage(60, 40,
                BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        try (Browser operator = new Browser(base.toString(), 1280, 900)) {
            operator.signIn("ops-a", Api.DEMO_PASSWORD);
            operator.open("/providers");
            operator.click("#provider-" + applicant + "-verify");
            operator.waitForTextContaining("vaadin-notification-card", "营业执照");
            operator.click("#provider-" + applicant + "-documents");
            operator.upload("#document-upload", licence);
            operator.gridCells("documents-grid", "营业执照");
            operator.clickContaining("vaadin-button", "关闭");
            operator.click("#provider-" + applicant + "-verify");
            operator.waitForTextContaining("#providers-grid", "已认证");
        }
        api.as(ops).get("/providers/" + applicant).then().body("status", Matchers.equalTo("VERIFIED"));

        String title = Api.unique("阳台清洁");
        try (Browser provider = new Browser(base.toString(), 1280, 900)) {
            provider.signIn("provider-a", Api.DEMO_PASSWORD);
            provider.open("/my-offerings");
            provider.click("#offering-new");
            provider.type("#offering-title input", title);
            provider.type("#offering-unit-price input", "88");
            provider.click("#offering-save");
            provider.waitForTextContaining("#my-offerings", title);
            long offering = api.as(api.token("provider-a")).get("/offerings/mine").then().extract()
                    .<List<Number>>path("findAll { it.title == '" + title + "' }.id").get(0).longValue();
            provider.click("#offering-" + offering + "-pictures");
            provider.upload("#picture-upload", picture);
            provider.find("#pictures img.offering-picture");
            provider.clickContaining("vaadin-button", "关闭");
            provider.find("#my-offering-" + offering + " img.offering-picture");

            provider.open("/work");
            provider.click("#availability-open");
            provider.click("#availability-save");
            provider.waitForTextContaining("vaadin-notification-card", "已发布");
            provider.find("#work-week .work-slot--free");
            assertThat(provider.policyViolations()).as("pictures under the CSP").isEmpty();
        }
    }

    @Test
    void financeSeesTheDemoLedgerBalancedSettlesAProvidersEarningsAndReadsTheRevenue() {
        try (Browser finance = new Browser(base.toString(), 1280, 900)) {
            finance.signIn("finance-a", Api.DEMO_PASSWORD);
            finance.open("/finance/ledger");
            finance.waitForTextContaining("#ledger-check", "借贷平衡");
            finance.waitForTextContaining("#ledger-stats", "平台佣金收入");
            List<String> cells = finance.gridCells("trial-balance", "支付通道待清算");
            assertThat(cells).contains("平台佣金收入", "租户分成收入");
            assertThat(finance.pageText()).doesNotContain("!ledger");

            finance.open("/finance/settlements");
            finance.click("#settlement-draft");
            finance.waitForTextContaining("vaadin-notification-card", "结算批次");
            // Payees by name: finance reads the providers' names with the money, not through the catalogue.
            assertThat(String.join(" ", finance.gridCells("settlement-batches", "草稿")))
                    .doesNotContain("应付服务商 #");
            assertThat(String.join(" ", finance.gridCells("settlement-balances", "安心家政服务有限公司")))
                    .doesNotContain("应付服务商 #");
            finance.clickContaining("#settlement-batches vaadin-button", "审核通过");
            finance.gridCells("settlement-batches", "已审核");
            assertThat(finance.pageText()).doesNotContain("!settlement");
            try (Browser cashier = new Browser(base.toString(), 1280, 900)) {
                // Money out needs a second person: the cashier pays what the accountant approved.
                cashier.signIn("cashier-a", Api.DEMO_PASSWORD);
                cashier.open("/finance/settlements");
                cashier.clickContaining("#settlement-batches vaadin-button", "付款");
                cashier.gridCells("settlement-batches", "已付款");
            }

            finance.open("/finance/revenue");
            // Drawn in the browser by ECharts from its webjar, across the page's width (the side-nav takes some).
            assertThat(finance.waitForChart("#revenue-chart")).isGreaterThan(800);
            assertThat(finance.find("#revenue-chart .echart").getText()).as("values written on the bars")
                    .contains("¥");
            assertThat(finance.script("return fetch(arguments[0]).then(r => r.status + ' '"
                    + " + r.headers.get('content-type'))", "webjars/echarts/5.3.1/dist/echarts.min.js"))
                    .asString().startsWith("200 ").contains("javascript");
            assertThat(finance.gridCells("revenue-modules", "合计")).contains("家政");
            assertThat(finance.find("#revenue-export").getAttribute("href")).isNotBlank();
            assertThat(finance.find("#revenue-export-xlsx").getAttribute("href")).isNotBlank();
            // The split lines go out in the background with a progress bar, then wait for download.
            finance.click("#details-export-xlsx");
            finance.waitForTextContaining("#details-progress-text", "分账明细已导出");
            assertThat(finance.find("#details-download").getAttribute("href")).isNotBlank();
            assertThat(finance.find("#details-download").getText()).endsWith(".xlsx");
            finance.waitForTextContaining("#revenue-providers", "安心家政");
            assertThat(finance.pageText()).doesNotContain("!revenue");

            finance.open("/finance/invoices");
            List<String> invoices = finance.gridCells("invoices-grid", "待付款");
            assertThat(String.join(" ", invoices)).contains("家政", "¥3,496.00");
            assertThat(finance.pageText()).doesNotContain("!invoices");
            // The tenant pays the platform's invoice at the Alipay sandbox's desktop cashier and comes back to it.
            finance.clickContaining("#invoices-grid vaadin-button", "支付宝付款");
            finance.waitForText("#sandbox-amount", "¥3496.00");
            assertThat(finance.url()).contains("/sandbox/alipay/gateway.do?").contains("alipay.trade.page.pay");
            finance.click("#sandbox-pay");
            finance.waitForTextContaining("vaadin-notification-card", "已付款");
            assertThat(finance.url()).contains("/finance/invoices").contains("out_trade_no=LI");
            assertThat(String.join(" ", finance.gridCells("invoices-grid", "已付款"))).contains("¥3,496.00", "LI");

            // The demo's payments and the invoice all went through the Alipay sandbox today: its bill matches the books.
            finance.open("/finance/reconciliation");
            finance.click("#reconciliation-run");
            finance.waitForTextContaining("vaadin-notification-card", "对账无误");
            assertThat(finance.gridCells("reconciliation-runs", "无差异")).contains(
                    LocalDate.now(ChinaTime.ZONE).toString());
            assertThat(finance.pageText()).contains("没有待处理的差异").doesNotContain("!reconciliation");
            assertThat(finance.policyViolations()).as("charts, downloads and the cashier under the CSP").isEmpty();
        }
    }

    private static Path file(String name, String content) throws IOException {
        Path dir = Files.createTempDirectory(
                Path.of(System.getProperty("java.io.tmpdir")), "import");
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void thePlatformOperatorSeesTenantsWithTheirSupervisingDistrictAndComparesTheirRevenue() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/tenants");
            List<String> cells = browser.gridCells("tenants-grid", "新华街道");
            assertThat(cells).contains("新华街道", "绿苑物业", "街道", "物业公司");
            // 新华街道 twice: the district's own row, and as the supervising district of 绿苑物业.
            assertThat(cells.stream().filter("新华街道"::equals).count()).isEqualTo(2);
            browser.click(".tenant-supervisor-action");
            assertThat(browser.find("#supervisor-field input").getDomProperty("value")).isEqualTo("新华街道");
            browser.click("#save-supervisor");
            browser.waitForTextContaining("vaadin-notification-card", "已更新“绿苑物业”的监管街道");

            browser.open("/finance/revenue");
            assertThat(browser.waitForChart("#revenue-tenants-chart")).isGreaterThan(800);
            assertThat(browser.gridCells("revenue-tenants", "合计")).contains("新华街道", "绿苑物业");
            assertThat(browser.pageText()).doesNotContain("!revenue");
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    void providerStaffLandOnTodaysJobsNewOrdersAndEarningsAndSeeOnlyTheToolsOfTheirTrade() {
        try (Browser provider = new Browser(base.toString(), 1280, 900)) {
            provider.signIn("provider-a", Api.DEMO_PASSWORD);
            assertThat(provider.url()).endsWith("/work");
            // The demo's cleaner has two cleanings today, booked last evening: nine o'clock accepted, two waiting.
            provider.waitForTextContaining("#work-today-jobs", "09:00");
            String jobs = provider.find("#work-today-jobs").getText();
            assertThat(jobs).contains("日常保洁（按小时）", "14:00", "已接单", "待接单");
            assertThat(jobs.indexOf("09:00")).as("in time order").isLessThan(jobs.indexOf("14:00"));
            assertThat(figure(provider, "#work-card-today")).isGreaterThanOrEqualTo(2);
            assertThat(figure(provider, "#work-card-waiting")).isGreaterThanOrEqualTo(1);
            assertThat(provider.find("#work-card-earned").getText()).contains("¥", "本月应得");

            provider.click("#work-card-waiting");
            provider.waitForTextContaining("#work-orders .order-status", "待接单");
            assertThat(String.valueOf(provider.script("return [...document.querySelectorAll("
                    + "'#work-orders .order-status')].map(s => s.textContent.trim()).join(' ')")))
                    .as("the new orders to accept, and no others").doesNotContain("已接单");
            String first = String.valueOf(provider.script(
                    "return document.querySelector('#work-today-jobs .work-job').id")).replace("work-job-", "");
            provider.click("#work-job-" + first);
            provider.find("#work-orders #order-card-" + first);

            String menu = String.valueOf(provider.script("return document.querySelector('.drawer-nav').textContent"));
            assertThat(menu).as("a housekeeping company's menu").contains("我的工单")
                    .doesNotContain("停车岗亭", "探访安排", "快递驿站", "独居老人关怀", "志愿活动");
            assertThat(provider.pageText()).doesNotContain("!work", "!home");
        }
        try (Browser gate = new Browser(base.toString(), 1280, 900)) {
            gate.signIn("parking-a", Api.DEMO_PASSWORD);
            gate.waitForTextContaining(".drawer-nav", "停车岗亭");
            assertThat(String.valueOf(gate.script("return document.querySelector('.drawer-nav').textContent")))
                    .doesNotContain("探访安排", "快递驿站");
        }
    }

    private static long figure(Browser browser, String card) {
        return Long.parseLong(browser.find(card + " .stat-value").getText().trim());
    }

    @Test
    void thePlatformOperatorSeesEveryTenantsMonthAndUnpaidInvoicesAndEntersOne() {
        Api api = new Api(base);
        long xinhua = api.as(api.token("admin")).get("/tenants?size=200").then().statusCode(200).extract()
                .<Number>path("items.find { it.name == '新华街道' }.id").longValue();
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            List<String> cells = browser.gridCells("tenant-activity", "新华街道");
            assertThat(cells).contains("新华街道", "绿苑物业", "街道", "物业公司");
            assertThat(cells).as("this month's takings per tenant").anySatisfy(cell -> assertThat(cell)
                    .startsWith("¥"));
            assertThat(browser.pageText()).contains("本月订单", "在册居民", "未付账单").doesNotContain("!home");

            // A plain click: the page loads anew, which a wait for Vaadin in the old page would trip over.
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find("#tenant-enter-" + xinhua));
            browser.find("#tenant-enter-" + xinhua).click();
            browser.find("#tenant-services");
            browser.waitForVaadin();
            assertThat(browser.find("#tenant-switcher input").getDomProperty("value")).isEqualTo("新华街道");
            assertThat(browser.script("return document.querySelector('#tenant-activity')"))
                    .as("inside a tenant, its own home").isNull();
        }
    }

    @Test
    void thePlatformOperatorMeetsErrorsInTheConsoleEntersATenantInPlaceAndIsOfferedNoOrderActions() {
        Api api = new Api(base);
        String admin = api.token("admin");
        Market m = Market.open(api, admin, "housekeeping");
        String tenantName = api.as(admin).get("/tenants/" + m.tenant).then().statusCode(200).extract().path("name");
        long offering = m.offer("HOUSEKEEPING", Api.unique("擦窗"), "FIXED", 8000, false);
        long paid = m.book(offering, null);
        api.pay(m.resident, paid);
        long completed = m.book(offering, null);
        api.pay(m.resident, completed);
        for (String step : List.of("accept", "start", "complete")) {
            api.as(m.staff).post("/orders/" + completed + "/" + step).then().statusCode(200);
        }
        // The tenant's operator may cancel a paid order (refunding it) but nothing once it is done.
        assertThat(api.as(m.operator).get("/orders/" + paid).then().extract().<List<String>>path("actions"))
                .containsExactly("cancel");
        assertThat(api.as(m.operator).get("/orders/" + completed).then().extract().<List<String>>path("actions"))
                .isEmpty();
        // The platform operator looks orders over and may take no action on them.
        assertThat(api.as(admin).header("X-Linli-Tenant", m.tenant).get("/orders/" + paid).then().statusCode(200)
                .extract().<List<String>>path("actions")).isEmpty();

        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/shop");
            browser.find("#error-view.error-tenant-required");
            browser.waitForText("#error-view h2", "请先选择租户");
            browser.find("vaadin-app-layout #tenant-switcher");
            browser.find("#error-view #tenant-picker");
            browser.find("#error-home");
            assertThat(browser.pageText()).doesNotContain("There was an exception").doesNotContain("tenant_required")
                    .doesNotContain("Exception");

            browser.open("/no-such-page");
            browser.find("#error-view.error-not-found");
            browser.waitForText("#error-view h2", "找不到这个页面");
            browser.find("vaadin-app-layout #tenant-switcher");
            assertThat(browser.pageText()).doesNotContain("Could not navigate").doesNotContain("Exception");

            browser.open("/orders");
            browser.find("#tenant-picker input").sendKeys(tenantName);
            browser.waitForTextContaining("vaadin-combo-box-item", tenantName);
            browser.find("#tenant-picker input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            browser.waitForVaadin();
            // A plain click: the page loads anew, which a wait for Vaadin in the old page would trip over.
            browser.find("#tenant-enter").click();
            browser.waitForUrlEnding("/");
            browser.waitForVaadin();
            browser.find(".home-view");
            assertThat(browser.find("#tenant-switcher input").getDomProperty("value")).isEqualTo(tenantName);

            browser.open("/orders");
            browser.waitForTextContaining("#orders-grid", "#" + completed);
            browser.waitForTextContaining("#orders-grid", "#" + paid);
            assertThat(browser.script("return document.querySelectorAll('[id^=\"order-\"][id$=\"-cancel\"]')"
                    + ".length")).isEqualTo(0L);
            assertThat(browser.pageText()).doesNotContain("取消订单");
            assertThat(browser.policyViolations()).isEmpty();
        }

        try (Browser operator = new Browser(base.toString(), 1280, 900)) {
            operator.signIn(m.operatorName, Api.DEMO_PASSWORD);
            operator.open("/orders");
            operator.find("#order-" + paid + "-cancel");
            operator.waitForTextContaining("#orders-grid", "#" + completed);
            assertThat(operator.script("return !!document.getElementById('order-" + completed + "-cancel')"))
                    .isEqualTo(false);
        }
    }

    /** Every demo role: a person of each, with the pages they are offered in the side navigation. */
    private static final List<String> DEMO_ROLES = List.of("admin", "supervisor", "ops-a", "ops-b", "grid-a",
            "finance-a", "cashier-a", "provider-a", "care-a", "parking-a", "station-a", "volunteer-a", "advertiser-a",
            "resident-a");

    /**
     * Every page for every demo role, the console at 1366 × 900 and the storefront on a phone: no failure, no
     * resource answering 5xx, nothing wider than a phone, no message key and no English in the Chinese pages, and
     * no menu entry that refuses the person it is offered to. Pages a role may not use answer with the polite
     * refusal (or the tenant picker) in the role's own frame.
     */
    @Test
    void everyPageOpensForEveryDemoRoleWithoutFailuresOverflowOrUntranslatedText() throws Exception {
        List<ScreenCrawl.Screen> screens = ScreenCrawl.screens().stream()
                .filter(screen -> !List.of("/login", "/register").contains(screen.path())).toList();
        Set<String> keys = ScreenCrawl.messageKeys();
        // Two people at a time: a page's round trip waits on the server more than it works the machine.
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ScreenCrawl.Finding>>> crawls = new ArrayList<>();
            for (String role : DEMO_ROLES) {
                crawls.add(people.submit(() -> crawl(role, screens, keys, false)));
            }
            crawls.add(people.submit(() -> crawl("resident-a",
                    screens.stream().filter(ScreenCrawl.Screen::storefront).toList(), keys, true)));
            List<ScreenCrawl.Finding> findings = new ArrayList<>();
            for (Future<List<ScreenCrawl.Finding>> crawl : crawls) {
                findings.addAll(crawl.get());
            }
            assertThat(findings).as("what the crawl met").isEmpty();
        } finally {
            people.shutdownNow();
        }
    }

    private List<ScreenCrawl.Finding> crawl(String role, List<ScreenCrawl.Screen> screens,
                                            Set<String> keys, boolean phone) {
        try (Browser browser = new Browser(base.toString(), phone ? 390 : 1366, phone ? 844 : 900)) {
            browser.signIn(role, Api.DEMO_PASSWORD);
            ScreenCrawl crawl = new ScreenCrawl(browser, role + (phone ? " (phone)" : ""), base.getPath(), keys);
            for (ScreenCrawl.Screen screen : screens) {
                crawl.visit(screen.path(), phone, screen.parameter());
            }
            for (String link : crawl.parameterLinks(screens)) {
                crawl.visit(link, phone, false);
            }
            for (String page : detailPages(role, phone)) {
                crawl.visit(page, phone, false);
            }
            List<ScreenCrawl.Finding> findings = new ArrayList<>(crawl.findings());
            for (String entry : crawl.navigation()) {
                String path = "/" + entry;
                if ("error-forbidden".equals(crawl.answers().get(path))) {
                    findings.add(new ScreenCrawl.Finding(role, path, "offered in the menu, then refused"));
                }
            }
            return findings;
        }
    }

    /** Pages of one thing each (an order, a case …) that lists open by a tap, not a link: the first of each list. */
    private List<String> detailPages(String role, boolean phone) {
        Map<String, String> lists = phone ? Map.of("/my-orders/order/", "/orders",
                "/shop/offering/", "/offerings", "/flea/listing/", "/flea/listings", "/notices/", "/notices/mine",
                "/my-cases/case/", "/cases/mine", "/proposals/proposal/", "/proposals")
                : "ops-a".equals(role) ? Map.of("/cases/case/", "/cases", "/devices/device/", "/devices")
                : Map.of();
        Api api = new Api(base);
        String token = api.token(role);
        List<String> pages = new ArrayList<>();
        lists.forEach((page, list) -> {
            List<Number> ids = api.as(token).get(list).then().statusCode(200).extract().path("items.id");
            assertThat(ids).as(list + " of " + role).isNotEmpty();
            pages.add(page + ids.get(0).longValue());
        });
        return pages;
    }

    @Test
    void signingInRotatesAnHttpOnlyLaxSessionCookieWhichTheApiIgnoresAndSigningOutEndsIt() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.open("/login");
            String anonymousSession = browser.cookie("JSESSIONID");
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            Cookie signedIn = browser.sessionCookie();
            assertThat(signedIn.getValue()).isNotEqualTo(anonymousSession);
            assertThat(signedIn.isHttpOnly()).as("HttpOnly").isTrue();
            assertThat(signedIn.getSameSite()).isEqualTo("Lax");
            assertThat(signedIn.isSecure()).as("Secure is off in demo mode, which is served over plain HTTP")
                    .isFalse();

            // The API takes bearer tokens only: the signed-in browser is a stranger there, so another site cannot
            // use its cookie to call the API, and the console stays signed in.
            browser.openRaw("/api/v1/auth/me");
            assertThat(browser.pageText()).contains("unauthenticated").doesNotContain("ops-a");
            io.restassured.RestAssured.given().cookie("JSESSIONID", signedIn.getValue())
                    .get(new Api(base).url("/auth/me")).then().statusCode(401);
            browser.open("/users");
            browser.waitForText("h2", "用户");

            browser.click("#user-menu vaadin-menu-bar-button");
            browser.click("#sign-out");
            browser.waitForUrlEnding("/login");
            browser.open("/users");
            // Vaadin forwards to the sign-in view inside the page; wait for it rather than read the URL at once.
            browser.find("#vaadinLoginUsername");
            browser.waitForUrlEnding("/login");
            assertThat(browser.policyViolations()).isEmpty();

            // The policy is in force, and what it refuses reaches these tests: an image from elsewhere is refused.
            browser.script("const img = document.createElement('img'); img.src = 'http://192.0.2.1/pixel.png';"
                    + " document.body.appendChild(img);");
            List<String> refused = new ArrayList<>();
            new FluentWait<>(refused).withTimeout(Duration.ofSeconds(10))
                    .until(seen -> seen.addAll(browser.policyViolations()) || !seen.isEmpty());
            assertThat(refused).anySatisfy(message -> assertThat(message).contains("img-src"));
        }
    }

    @Test
    void strangersGoToSignInAndResidentsAreToldPolitelyWhatTheyCannotUse() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.open("/users");
            assertThat(browser.url()).endsWith("/login");
            browser.find("#vaadinLoginUsername");

            browser.signIn("resident-a", Api.DEMO_PASSWORD);
            browser.open("/tenants");
            browser.waitForText("h2", "此页面不对您开放");
            assertThat(browser.pageText()).doesNotContain("绿苑物业").doesNotContain("Exception");
        }
    }

    @Test
    void aScreenPageShowsTheRunningCreativeWithoutSignInAndTheResidentsHomeShowsTheBanner() {
        Api api = new Api(base);
        long tenantA = api.as(api.token("ops-a")).get("/auth/me").then().extract().<Number>path("tenantId")
                .longValue();
        try (Browser screen = new Browser(base.toString(), 1080, 1920)) {
            screen.open("/screen/NOTICE_BOARD_SCREEN?tenant=" + tenantA + "&seconds=5");
            screen.waitForTextContaining("#screen-text", "鲜丰水果 新华小区南门 送货上门");
            assertThat(screen.url()).doesNotEndWith("/login");
            screen.waitForTextContaining("#screen-stage", "广告");
            assertThat(screen.policyViolations()).as("the creative's image under the CSP").isEmpty();
            screen.open("/screen/PARCEL_STATION_SCREEN?tenant=" + tenantA);
            screen.find("#screen-idle");
        }
        try (Browser phone = new Browser(base.toString(), 390, 844)) {
            phone.signIn("resident-a", Api.DEMO_PASSWORD);
            phone.open("/shop");
            phone.waitForTextContaining("#ad-banner", "新鲜草莓到店 会员九折");
            assertThat(phone.find("#ad-banner a").getAttribute("href")).contains("/api/v1/ads/click/" + tenantA + "-");
        }
    }

    @Test
    void anOperatorKeepsAnAdSlotOffSaleOnAHolidayAndAdvertisersSeeThatDayBlocked() {
        LocalDate holiday = LocalDate.now(ChinaTime.ZONE).plusDays(40);
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/ad-slots");
            browser.clickContaining("#ad-slots-grid vaadin-grid-cell-content", "家政频道横幅");
            browser.waitForTextContaining("h3", "修改广告位：家政频道横幅");
            assertThat(browser.find("#slot-name input").getDomProperty("value")).isEqualTo("家政频道横幅");
            browser.script("const picker = arguments[0]; picker.value = arguments[1];"
                    + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    browser.find("#slot-blackout-day"), holiday.toString());
            browser.waitForVaadin();
            browser.click("#slot-blackout-add");
            browser.waitForTextContaining("#slot-blackout-days", holiday.toString());
            browser.click("#slot-create");
            browser.waitForTextContaining("vaadin-notification-card", "广告位已保存");
            assertThat(browser.policyViolations()).isEmpty();
        }
        Api api = new Api(base);
        String advertiser = api.token("advertiser-a");
        long slot = api.as(advertiser).get("/ads/slots").then().statusCode(200).extract().jsonPath()
                .<Number>getList("items.findAll { it.name == '家政频道横幅' }.id").get(0).longValue();
        api.as(advertiser).queryParam("from", holiday.toString()).queryParam("to", holiday.toString())
                .get("/ads/slots/" + slot + "/calendar").then().statusCode(200)
                .body("[0].state", Matchers.equalTo("BLACKOUT"));
    }

    @Test
    void anOperatorSetsUpCasesWithAHolidayAndATimedSubcategoryAndReadsTheirStatistics() {
        Api api = new Api(base);
        String ops = api.token("ops-a");
        long repairs = api.as(ops).get("/cases/setup/categories").then().statusCode(200).extract().jsonPath()
                .<Number>getList("findAll { it.name == '设施报修' }.id").get(0).longValue();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        LocalDate holiday = today.plusDays(45);
        String name = Api.unique("屋面渗漏");
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/case-setup");
            browser.waitForText("h2", "事件设置");
            browser.waitForTextContaining("#case-categories", "电梯故障");
            // Saved as shown, the schedule comes back unchanged: times of day and minutes agree both ways.
            browser.click("#case-schedule-save");
            browser.waitForTextContaining("vaadin-notification-card", "工作时间已保存");
            browser.script("const picker = arguments[0]; picker.value = arguments[1];"
                    + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    browser.find("#case-day-date"), holiday.toString());
            browser.waitForVaadin();
            browser.type("#case-day-name input", "社区活动日");
            browser.click("#case-day-add");
            browser.waitForTextContaining("#case-days", holiday.toString());
            browser.waitForTextContaining("#case-days", "社区活动日");

            browser.click("#case-category-" + repairs + "-add-child");
            assertThat(browser.find("#case-category-parent input").getDomProperty("value")).isEqualTo("设施报修");
            browser.click("#case-category-save");
            // Refused fields say why in the person's words, in hours where the field is in hours.
            browser.waitForTextContaining("#case-category-name", "必填");
            browser.waitForTextContaining("#case-category-accept", "必填");
            browser.type("#case-category-name input", name);
            browser.type("#case-category-name-en input", "Roof leaks");
            browser.type("#case-category-accept input", "0.5");
            browser.type("#case-category-resolve input", "6");
            browser.click("#case-category-save");
            browser.waitForTextContaining("vaadin-notification-card", "分类已保存");
            browser.waitForTextContaining("#case-categories", name);
            assertThat(browser.pageText()).doesNotContain("!case-").doesNotContain("Exception");

            browser.open("/case-statistics");
            browser.waitForText("h2", "事件统计");
            // The demo cases were reported over the last days, which may reach into last month.
            browser.script("const picker = arguments[0]; picker.value = arguments[1];"
                    + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                    browser.find("#case-stats-from"), today.minusDays(10).toString());
            browser.waitForVaadin();
            List<String> cells = browser.gridCells("case-stats", "公共照明");
            assertThat(cells).contains("环境卫生", "噪音扰民", "消防通道");
            assertThat(browser.waitForChart("#case-stats-volume-chart")).isGreaterThan(800);
            assertThat(browser.pageText()).doesNotContain("!case-");
            String csv = String.valueOf(browser.script("return fetch(arguments[0].href).then(r => r.text())",
                    browser.find("#case-stats-csv")));
            assertThat(csv).contains("group,volume", "公共照明");
            assertThat(browser.policyViolations()).as("charts and the download under the CSP").isEmpty();
        }
        api.as(ops).get("/cases/setup/categories").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.parentId", Matchers.equalTo((int) repairs))
                .body("find { it.name == '" + name + "' }.acceptMinutes", Matchers.equalTo(30))
                .body("find { it.name == '" + name + "' }.resolveMinutes", Matchers.equalTo(360));
        api.as(ops).get("/cases/setup/calendar").then().statusCode(200)
                .body("dayStart", Matchers.equalTo(510))
                .body("dayEnd", Matchers.equalTo(1050))
                .body("workdays", Matchers.hasSize(5))
                .body("specialDays.find { it.day == '" + holiday + "' }.kind",
                        Matchers.equalTo("HOLIDAY"));
    }

    @Test
    void theDistrictsOperatorReadsTheCaseAPropertyCompanyEscalatedAndCommentsBack() {
        String comment = Api.unique("请三日内清理消防通道");
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/escalated-cases");
            browser.waitForText("h2", "上报街道的事件");
            assertThat(escalatedMenuEntries(browser)).as("a district's menu names its escalated cases").isEqualTo(1);
            List<String> cells = browser.gridCells("escalated-cases", "绿苑物业");
            assertThat(cells).contains("消防通道");
            // Overdue time as the company's handlers count it: in its working hours.
            assertThat(String.join(" ", cells)).contains("超时").contains("个工作小时");
            browser.clickContaining("#escalated-cases vaadin-grid-cell-content", "绿苑物业");
            browser.waitForTextContaining("#escalated-title", "绿苑物业");
            browser.waitForTextContaining("#escalated-detail", "消防通道被私家车长期占用");
            // The company's public steps, with the reporter's name masked as the district may see it.
            browser.waitForTextContaining("#escalated-steps", "受理 · 赵敏");
            assertThat(browser.find("#escalated-steps").getText()).containsPattern("上报 · \\S\\*+ · ");
            browser.type("#escalated-comment textarea", comment);
            browser.click("#escalated-comment-send");
            browser.waitForTextContaining("#escalated-steps", comment);
            assertThat(browser.pageText()).doesNotContain("!case-").doesNotContain("Exception");
        }
        Api api = new Api(base);
        long caseId = api.as(api.token("ops-a")).get("/cases/escalated").then().statusCode(200).extract()
                .jsonPath().<Number>getList("items.findAll { it.sourceTenantName == '绿苑物业' }.sourceCaseId")
                .get(0).longValue();
        api.as(api.token("ops-b")).get("/cases/" + caseId).then().statusCode(200)
                .body("steps.text", Matchers.hasItem(comment));
    }

    @Test
    void aPropertyCompanyHasNoEscalatedCasesEntryAndIsToldPolitelyWhenItTypesTheAddress() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-b", Api.DEMO_PASSWORD);
            browser.open("/cases");
            browser.waitForText("h2", "事件处置");
            assertThat(escalatedMenuEntries(browser)).isZero();
            browser.open("/escalated-cases");
            browser.waitForTextContaining("#escalated-district-only", "只有街道会收到物业公司上报的事件");
            assertThat(browser.pageText()).doesNotContain("Exception").doesNotContain("!case-");
            assertThat(browser.script("return document.querySelectorAll('#escalated-cases').length"))
                    .isEqualTo(0L);
        }
    }

    private static long escalatedMenuEntries(Browser browser) {
        browser.find("vaadin-side-nav-item");
        return ((Number) browser.script(
                "return document.querySelectorAll('vaadin-side-nav-item[path=\"escalated-cases\"]').length"))
                .longValue();
    }

    /**
     * A grid worker or operator takes a resident's call or visit down as a case in the queue screen: refused fields
     * say why where they are, then the case stands as the resident's, filed by staff through the visit, at a
     * building of her community, with the photo taken there.
     */
    @Test
    void anOperatorFilesACaseForAResidentWhoCalledWithAPhotoFromTheVisit() throws IOException {
        Path photo = Files.createTempFile(
                Path.of(System.getProperty("java.io.tmpdir")), "visit-photo", ".png");
        Files.write(photo, TestFiles.png(2048));
        String text = Api.unique("走访发现：2栋门口路灯不亮");
        String caseUrl;
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/cases");
            browser.waitForText("h2", "事件处置");
            browser.click("#case-behalf-open");
            browser.find("#case-behalf-dialog");
            browser.click("#case-behalf-send");
            browser.waitForTextContaining("#case-behalf-resident", "必填");
            browser.find("#case-behalf-resident input").sendKeys("李建国");
            browser.waitForTextContaining("vaadin-combo-box-item", "李建国");
            browser.find("#case-behalf-resident input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            browser.waitForVaadin();
            browser.clickContaining("#case-behalf-channel vaadin-radio-button", "上门走访");
            browser.click("#case-behalf-send");
            browser.waitForTextContaining("#case-behalf-category", "必填");
            browser.find("#case-behalf-category input").sendKeys("公共照明");
            browser.waitForTextContaining("vaadin-combo-box-item", "公共照明");
            browser.find("#case-behalf-category input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            browser.type("#case-behalf-description textarea", text);
            browser.clickContaining("#case-behalf-place vaadin-radio-button", "楼栋");
            browser.click("#case-behalf-send");
            browser.find("#case-behalf-building[invalid]");
            browser.find("#case-behalf-building input").sendKeys(Keys.ARROW_DOWN);
            browser.find("vaadin-combo-box-item");
            browser.find("#case-behalf-building input").sendKeys(Keys.ARROW_DOWN,
                    Keys.ENTER);
            browser.waitForVaadin();
            browser.upload("#case-behalf-photo-upload", photo);
            browser.find("#case-behalf-photo-upload-chosen img.photo-thumbnail");
            assertThat(browser.pageText()).doesNotContain("Exception").doesNotContain("!cases.");
            browser.click("#case-behalf-send");
            browser.waitForTextContaining("vaadin-notification-card", "已代居民上报");
            browser.waitForTextContaining("body", text);
            caseUrl = browser.url();
            assertThat(caseUrl).contains("/cases/case/");
        }
        long id = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
        Api api = new Api(base);
        api.as(api.token("ops-a")).get("/cases/" + id).then().statusCode(200)
                .body("description", Matchers.equalTo(text))
                .body("source", Matchers.equalTo("STAFF"))
                .body("channel", Matchers.equalTo("VISIT"))
                .body("placeKind", Matchers.equalTo("BUILDING"))
                .body("buildingId", Matchers.notNullValue())
                .body("steps[0].kind", Matchers.equalTo("REPORTED"))
                .body("steps[0].photos.size()", Matchers.equalTo(1));
        // The case is the resident's: she follows it on her phone.
        api.as(api.token("resident-a")).get("/cases/mine/" + id).then().statusCode(200)
                .body("channel", Matchers.equalTo("VISIT"));
    }

    @Test
    void theProposalsScreenShowsTheElectorateFixedWhenEachVoteOpened() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/proposal-management");
            List<String> cells = browser.gridCells("proposals-grid",
                    "在 2 栋东侧公共绿地增设电动自行车集中充电区");
            assertThat(cells).contains("选民（开放时确定）");
            // The open vote counts per owner, the decided one per home; both with the floor area they stand for.
            assertThat(cells).anySatisfy(cell -> assertThat(cell).matches("\\d+ 位业主 · [\\d,.]+ m²"));
            assertThat(cells).anySatisfy(cell -> assertThat(cell).matches("\\d+ 户 · [\\d,.]+ m²"));
            assertThat(browser.pageText()).doesNotContain("!proposals.");
        }
    }

    /**
     * An operator registers a smoke detector and sees its secret once; the detector signs an event with it, and a
     * handler labels the alert a false alarm, which the device's page counts. The control room also follows the
     * no-activity alerts of elders living alone and their rule.
     */
    @Test
    void anOperatorRegistersADeviceSeesItsSecretOnceAndLabelsItsAlert() {
        Api api = new Api(base);
        String ops = api.token("ops-a");
        String name = Api.unique("门厅烟感");
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("ops-a", Api.DEMO_PASSWORD);
            browser.open("/devices");
            browser.waitForText("h2", "物联设备");
            browser.gridCells("devices", "1栋楼道烟感");

            browser.click("#device-new");
            browser.type("#device-name input", name);
            browser.click("#device-save");
            browser.waitForTextContaining("#device-secret-warning", "只显示这一次");
            String secret = browser.find("#device-secret input").getDomProperty("value");
            String code = browser.find("#device-code input").getDomProperty("value");
            assertThat(secret).hasSize(43);
            browser.click("#device-secret-done");
            browser.gridCells("devices", name);
            assertThat(browser.pageText()).doesNotContain(secret);

            List<Map<String, Object>> devices = api.as(ops).get("/devices?size=200").then()
                    .statusCode(200).extract().path("items");
            long id = devices.stream().filter(d -> code.equals(d.get("code"))).findFirst()
                    .map(d -> ((Number) d.get("id")).longValue()).orElseThrow();
            long alert = new Devices(api).send(new Devices.Device(id, code, secret), "SMOKE").then().statusCode(202)
                    .extract().<Number>path("alertId").longValue();

            browser.open("/devices/device/" + id);
            browser.waitForText("h2", name);
            assertThat(browser.pageText()).doesNotContain(secret);
            browser.click("#label-false-" + alert);
            browser.waitForTextContaining("#device-fp-rate", "100%");
            browser.open("/device-alerts");
            browser.waitForText("h2", "设备告警");
            assertThat(browser.gridCells("device-alerts", name)).contains("误报");

            browser.open("/activity-concerns");
            browser.waitForText("h2", "独居老人关怀：无活动提醒");
            assertThat(browser.gridCells("activity-concerns", "已结束")).as("the demo elder's two still days")
                    .anySatisfy(cell -> assertThat(cell).contains("已电话联系，妈妈说腿疼在家休息"))
                    .anySatisfy(cell -> assertThat(cell).startsWith("事件 #"));
            browser.open("/device-rules");
            browser.waitForTextContaining("#activity-rule", "无活动规则");
            assertThat(browser.find("#activity-silence input").getDomProperty("value")).isEqualTo("240");
            assertThat(browser.script("return fetch(document.querySelector('link[rel=icon]').href)"
                    + ".then(r => r.status + ' ' + r.headers.get('content-type'))")).as("the tab's icon")
                    .asString().startsWith("200 image/svg");
            assertThat(browser.script("return document.title")).isEqualTo("告警规则 · 邻里");

            browser.open("/");
            browser.waitForTextContaining("#work-today", "待受理事件");
            assertThat(browser.find("#work-today").getText()).as("the operator's work, each a figure")
                    .contains("待处理投诉", "待核实居民", "超时事件", "待标注设备告警", "独居老人无活动提醒");

            browser.open("/audit");
            browser.type("#audit-action input", "device.");
            browser.waitForTextContaining("#audit-grid", "登记设备");
            assertThat(String.valueOf(browser.script("return document.querySelector('#audit-grid').textContent")))
                    .as("actions and tenants in words").contains("新华街道", "标注设备告警")
                    .doesNotContain("device.register", "device.alert.label", "Registration[");
        }
    }

    @Test
    void theSupervisorLandsOnTheDashboardSeesSuppressedCellsDrillsIntoTheDistrictAndExports() {
        try (Browser browser = new Browser(base.toString(), 1280, 900)) {
            browser.signIn("supervisor", Api.DEMO_PASSWORD);
            browser.waitForUrlEnding("/oversight");
            browser.waitForText("h2", "监管看板");
            List<String> tenants = browser.gridCells("oversight-registry", "绿苑物业");
            assertThat(tenants).contains("新华街道", "合计");
            assertThat(browser.pageText()).contains("为保护个人隐私").doesNotContain("!oversight").doesNotContain("!nav");

            browser.clickContaining("#oversight-registry vaadin-button.oversight-drill", "新华街道");
            List<String> communities = browser.gridCells("oversight-registry", "新华小区");
            assertThat(communities).contains("幸福里社区").doesNotContain("绿苑小区");
            browser.waitForTextContaining("#oversight-content", "<5");
            assertThat(browser.waitForChart("#oversight-content")).isGreaterThan(800);

            Object workbook = browser.script("return fetch(arguments[0].href).then(r => r.arrayBuffer())"
                    + ".then(b => Array.from(new Uint8Array(b).slice(0, 2)).map(c => String.fromCharCode(c)).join(''))",
                    browser.find("#oversight-xlsx"));
            assertThat(workbook).isEqualTo("PK");
            Object pdf = browser.script("return fetch(arguments[0].href).then(r => r.arrayBuffer())"
                    + ".then(b => Array.from(new Uint8Array(b).slice(0, 5)).map(c => String.fromCharCode(c)).join(''))",
                    browser.find("#oversight-pdf"));
            assertThat(pdf).isEqualTo("%PDF-");
            assertThat(browser.policyViolations()).as("charts and downloads under the CSP").isEmpty();
        }
        Api api = new Api(base);
        api.as(api.token("ops-a")).get("/audit?action=oversight.export&actor=supervisor&size=50").then()
                .statusCode(200).body("items.detail", Matchers.hasItem(
                        Matchers.containsString("format=pdf")));
    }
}
