package org.linli.infra.it;

import org.linli.platform.application.ChinaTime;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh tenant with a marketplace, built through the API only: an operator, one community with one home and a
 * verified resident account, and a verified provider whose staff member offers housekeeping and has published a
 * week of two-hour slots from tomorrow.
 */
final class Market {

    private static final AtomicInteger LICENCES = new AtomicInteger((int) (System.nanoTime() % 100_000));

    final Api api;
    final long tenant;
    final String operator;
    /** The operator's username, to sign in with in a browser. */
    final String operatorName;
    final String resident;
    final String staff;
    final long provider;
    final long community;
    final long home;

    private Market(Api api, long tenant, String operator, String operatorName, String resident, String staff,
                   long provider, long community, long home) {
        this.api = api;
        this.tenant = tenant;
        this.operator = operator;
        this.operatorName = operatorName;
        this.resident = resident;
        this.staff = staff;
        this.provider = provider;
        this.community = community;
        this.home = home;
    }

    static Market open(Api api, String admin, String... modules) {
        long tenant = api.createTenant(admin, Api.unique("市场街道"), "DISTRICT");
        for (String module : modules) {
            api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("monthlyFeeFen", 50_000))
                    .put("/modules/" + module).then().statusCode(200);
        }
        String operatorName = Api.unique("op");
        api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("username", operatorName, "displayName", "运营",
                "role", "TENANT_OPERATOR", "password", Api.DEMO_PASSWORD)).post("/users").then().statusCode(201);
        String operator = api.token(operatorName);

        long community = api.as(operator).body(Map.of("name", "市场小区")).post("/communities").then().statusCode(201)
                .extract().<Number>path("id").longValue();
        long building = api.as(operator).body(Map.of("name", "1栋")).post("/communities/" + community + "/buildings")
                .then().statusCode(201).extract().<Number>path("id").longValue();
        long unit = api.as(operator).body(Map.of("name", "1单元")).post("/buildings/" + building + "/units").then()
                .statusCode(201).extract().<Number>path("id").longValue();
        long home = api.as(operator).body(Map.of("unitId", unit, "room", "301", "floorArea", 89.5))
                .post("/households").then().statusCode(201).extract().<Number>path("id").longValue();
        String code = api.as(operator).post("/households/" + home + "/invites").then().statusCode(200)
                .extract().path("code");
        String residentName = Api.unique("buyer");
        Number residentId = api.anonymous().body(Map.of("inviteCode", code, "username", residentName,
                        "password", Api.DEMO_PASSWORD, "name", "买家", "mobile", "13900006666", "relation", "HEAD"))
                .post("/registrations").then().statusCode(201).extract().path("id");
        api.as(operator).post("/residents/" + residentId + "/verify").then().statusCode(200);

        String staffName = Api.unique("cleaner");
        long staffAccount = api.createUser(operator, staffName, "PROVIDER_STAFF");
        long provider = onboard(api, operator, "洁净家政" + staffName, staffAccount);
        String staff = api.token(staffName);
        return new Market(api, tenant, operator, operatorName, api.token(residentName), staff, provider, community,
                home);
    }

    /** Another verified resident with an account, registered by invite to the market's home; returns their token. */
    String neighbour() {
        String code = api.as(operator).post("/households/" + home + "/invites").then().statusCode(200)
                .extract().path("code");
        String name = Api.unique("neighbour");
        Number id = api.anonymous().body(Map.of("inviteCode", code, "username", name, "password", Api.DEMO_PASSWORD,
                        "name", "邻居", "mobile", String.format("1390000%04d", System.nanoTime() % 10_000),
                        "relation", "SPOUSE"))
                .post("/registrations").then().statusCode(201).extract().path("id");
        api.as(operator).post("/residents/" + id + "/verify").then().statusCode(200);
        return api.token(name);
    }

    /**
     * A new finance user of the market's tenant, made by the platform operator (a tenant operator cannot give a
     * role with finance rights it lacks); returns their token.
     */
    String finance(String admin) {
        String name = Api.unique("finance");
        api.as(admin).header("X-Linli-Tenant", tenant).body(Map.of("username", name, "displayName", "财务",
                "role", "FINANCE", "password", Api.DEMO_PASSWORD)).post("/users").then().statusCode(201);
        return api.token(name);
    }

    /** Onboards a provider with its business licence, verifies and staffs it; returns its id. */
    static long onboard(Api api, String operator, String name, long staffAccount) {
        long provider = api.as(operator).body(Map.of("name", name, "kind", "COMPANY",
                        "licenceNumber", licence(), "contactName", "张经理", "contactPhone", "13800001111"))
                .post("/providers").then().statusCode(201).extract().<Number>path("id").longValue();
        api.as(operator).contentType("application/pdf").body(TestFiles.pdf(2048))
                .post("/providers/" + provider + "/documents?kind=BUSINESS_LICENCE&name=licence.pdf").then()
                .statusCode(201);
        api.as(operator).post("/providers/" + provider + "/verify").then().statusCode(200);
        api.as(operator).body(Map.of("userId", staffAccount)).post("/providers/" + provider + "/staff").then()
                .statusCode(201);
        return provider;
    }

    /** The resident books {@code offering} (at {@code slot}, when it needs one) with a fresh idempotency key. */
    long book(long offering, Number slot) {
        Map<String, Object> body = new HashMap<>();
        body.put("offeringId", offering);
        if (slot != null) {
            body.put("slotId", slot);
        }
        return api.as(resident).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/orders").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    /** An offering of the staff member's provider; returns its id. */
    long offer(String module, String title, String pricing, long priceFen, boolean needsSlot) {
        return api.as(staff).body(Map.of("module", module, "title", title, "pricing", pricing,
                        "unitPriceFen", priceFen, "durationMinutes", 120, "needsSlot", needsSlot,
                        "freeCancelHours", 24, "cancelFeeFen", Math.min(priceFen, 2000)))
                .post("/offerings").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    /** Publishes a week of two-hour slots from tomorrow, 08:00–12:00 China time; returns the free slots' ids. */
    List<Number> publishSlots() {
        api.as(staff).body(Map.of("firstDay", LocalDate.now(ChinaTime.ZONE).plusDays(2).toString(),
                        "days", 7, "weekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                "SATURDAY", "SUNDAY"), "from", "08:00", "until", "12:00", "slotMinutes", 120))
                .post("/slots").then().statusCode(201);
        return api.as(resident).get("/slots?provider=" + provider).then().statusCode(200).extract().path("id");
    }

    /** A unified social credit code no other test used: 18 characters of the allowed alphabet. */
    static String licence() {
        return String.format("91320102MA%08d", LICENCES.incrementAndGet() % 100_000_000);
    }
}
