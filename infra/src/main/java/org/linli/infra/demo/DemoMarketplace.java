package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.billing.commission.CommissionService;
import org.linli.billing.commission.CommissionTerms;
import org.linli.billing.invoicing.InvoicingService;
import org.linli.billing.settlement.Payee;
import org.linli.billing.settlement.PayoutAccountService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.money.Money;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.delivery.ParcelService;
import org.linli.tenants.eldercare.CareCommands;
import org.linli.tenants.eldercare.CareService;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.marketplace.Availability;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.DocumentKind;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingCommands;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderCommands;
import org.linli.tenants.marketplace.ProviderDocuments;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ProviderStaffService;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.parking.ParkingCommands;
import org.linli.tenants.parking.ParkingLot;
import org.linli.tenants.parking.ParkingLots;
import org.linli.tenants.parking.ParkingPermits;
import org.linli.tenants.parking.ParkingSpace;
import org.linli.tenants.parking.VisitorSessions;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.StructureService;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * The demo marketplace: tenant A runs all four paid modules with a provider each plus a free basic service, tenant B
 * runs housekeeping only. Staff publish a week of slots, and {@code resident-a} has orders in every stage, a monthly
 * parking permit, two parcels waiting at the station and an elder in their family with a care plan — all made through
 * the same services and state machines as real ones. {@link DemoHistory} adds eight weeks of neighbours' orders.
 */
@ApplicationScoped
public class DemoMarketplace {

    private static final Logger LOG = Logger.getLogger(DemoMarketplace.class.getName());

    @Inject
    PayoutAccountService accounts;

    private int payoutAccounts;

    @Inject
    DemoPayments payments;

    @Inject
    ModuleService modules;

    @Inject
    CommissionService commission;

    @Inject
    InvoicingService invoicing;

    @Inject
    Clocks clocks;

    @Inject
    UserService users;

    @Inject
    ProviderService providers;

    @Inject
    ProviderDocuments documents;

    @Inject
    ProviderStaffService providerStaff;

    @Inject
    CatalogService catalog;

    @Inject
    OfferingImages pictures;

    @Inject
    SlotService slots;

    @Inject
    OrderService orders;

    @Inject
    ResidentDirectory residents;

    @Inject
    StructureService structure;

    @Inject
    ParkingLots parkingLots;

    @Inject
    ParkingPermits parkingPermits;

    @Inject
    VisitorSessions parkingGate;

    @Inject
    ParcelService parcels;

    @Inject
    CareService care;

    @Inject
    DemoHistory history;

    private record Seller(String username, String staffName, ProviderCommands.NewProvider provider,
                          List<OfferingCommands.NewOffering> offerings) {
    }

    public void seed(CallerContext platform, TenantId tenantA, TenantId tenantB) {
        CallerContext inA = platform.forTenant(tenantA);
        CallerContext inB = platform.forTenant(tenantB);
        // The paid modules were switched on before the demo's history begins (tenant A two months back, tenant B in
        // the middle of last month), so last month's invoices show a whole month and a part of one.
        YearMonth lastMonth = YearMonth.now(ChinaTime.ZONE).minusMonths(1);
        try {
            clocks.travelTo(lastMonth.minusMonths(1).atDay(1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            inA.run(() -> {
                modules.enable(Module.HOUSEKEEPING, Money.fen(99_900));
                modules.enable(Module.ELDER_CARE, Money.fen(149_900));
                modules.enable(Module.PARKING, Money.fen(59_900));
                modules.enable(Module.DELIVERY, Money.fen(39_900));
            });
            clocks.travelTo(lastMonth.atDay(16).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            inB.run(() -> modules.enable(Module.HOUSEKEEPING, Money.fen(99_900)));
        } finally {
            clocks.backToNow();
        }
        inA.run(() -> invoicing.issue(lastMonth));
        inB.run(() -> invoicing.issue(lastMonth).ifPresent(invoice ->
                invoicing.recordPayment(invoice.id(), "网银转账 " + lastMonth.plusMonths(1).atDay(3))));
        inA.run(() -> {
            // 10 % of housekeeping (at least ¥1), 30 % of it to the platform; lighter on care and parking.
            commission.define(Module.HOUSEKEEPING, null, new CommissionTerms(1_000, 0, 100, null, 3_000));
            commission.define(Module.ELDER_CARE, null, new CommissionTerms(500, 0, 0, null, 2_000));
            commission.define(Module.PARKING, null, new CommissionTerms(800, 0, 0, 5_000L, 3_000));
            commission.define(Module.DELIVERY, null, new CommissionTerms(0, 50, 0, null, 5_000));
        });
        inB.run(() -> commission.define(Module.HOUSEKEEPING, null, new CommissionTerms(1_200, 0, 100, null, 3_000)));
        payoutAccount(tenantA, Payee.TENANT, null, "新华街道办事处");
        payoutAccount(tenantB, Payee.TENANT, null, "绿苑物业服务有限公司");
        for (Seller seller : sellersOfA()) {
            open(inA, tenantA, seller);
        }
        applicant(inA);
        open(inB, tenantB, new Seller("provider-b", "陈刚（洁美家政）", provider("洁美家政服务部", ProviderKind.COMPANY,
                "92320104MA1XYW0B2K", "陈刚", "13705150022", "绿苑小区的保洁与收纳"),
                List.of(offer(Module.HOUSEKEEPING, "日常保洁（2小时）", PricingModel.HOURLY, 4500, 120, true))));
        history.write(tenantA);
        ordersOfResidentA(tenantA);
        LOG.info("Demo marketplace: providers, offerings, slots and orders created");
    }

    private static List<Seller> sellersOfA() {
        return List.of(
                new Seller("provider-a", null, provider("安心家政服务有限公司", ProviderKind.COMPANY,
                        "91320102MA1ABCDE2F", "张丽", "13813800001", "持证保洁员，工具自带，服务新华街道各小区"),
                        List.of(withChecklist(offer(Module.HOUSEKEEPING, "日常保洁（按小时）", PricingModel.HOURLY, 5000,
                                        120, true), "客厅卧室除尘", "厨房台面清洁", "卫生间清洁", "拖地"),
                                offer(Module.HOUSEKEEPING, "深度保洁（按面积）", PricingModel.PER_SQM, 600, 240, true),
                                offer(Module.HOUSEKEEPING, "油烟机清洗", PricingModel.FIXED, 12000, 90, true))),
                new Seller("care-a", "何静（颐康护理员）", provider("颐康居家养老服务中心", ProviderKind.COMPANY,
                        "52320102MJ5678901X", "何静", "13913900002", "上门助浴、助餐、陪诊，护理员持养老护理员证"),
                        List.of(offer(Module.ELDER_CARE, "上门助浴", PricingModel.PER_VISIT, 8000, 60, false),
                                offer(Module.ELDER_CARE, "助餐送餐（每餐）", PricingModel.PER_VISIT, 1500, 30, false))),
                new Seller("parking-a", "钱进（停车管理员）", provider("新华停车管理有限公司", ProviderKind.COMPANY,
                        "91320102MA2PARK01Q", "钱进", "13605150003", "新华小区、幸福里社区地面与地下车位"),
                        List.of(offer(Module.PARKING, "地面车位月租", PricingModel.PER_MONTH, 30000, 60, false))),
                new Seller("station-a", "周敏（驿站站长）", provider("邻里驿站", ProviderKind.INDIVIDUAL,
                        "320102198506150023", "周敏", "13505150004", "快递代收、送件上门"),
                        List.of(offer(Module.DELIVERY, "快递送件上门", PricingModel.PER_VISIT, 300, 30, false))),
                new Seller("volunteer-a", "吴伯（志愿者）", provider("新华街道志愿服务队", ProviderKind.VOLUNTEER_ORGANISATION,
                        "53320102MJ5601200X", "吴伯", "13305150005", "街道志愿服务组织：探访独居老人、义剪、环境整治"),
                        List.of(offer(Module.BASIC, "爱心义剪（老人免费）", PricingModel.FIXED, 0, 30, true))));
    }

    /** A payee's account as finance keeps it: proposed by one person and confirmed by another. */
    private void payoutAccount(TenantId tenant, Payee payee, ProviderId provider, String holder) {
        CallerContext.system("demo-finance", tenant).run(() -> accounts.propose(payee, provider,
                demoAlipayUser(), holder));
        CallerContext.system("demo-cashier", tenant).run(() -> accounts.confirm(payee, provider));
    }

    /** Onboards and verifies the provider, links its staff account, offers and publishes a week of slots. */
    private void open(CallerContext inTenant, TenantId tenant, Seller seller) {
        UserAccount staff = inTenant.call(() -> seller.staffName() == null ? user(seller.username())
                : users.create(new NewUser(seller.username(), seller.staffName(), Role.PROVIDER_STAFF,
                DemoData.PASSWORD)));
        Provider provider = inTenant.call(() -> {
            Provider onboarded = providers.onboard(seller.provider());
            documents.addDocument(onboarded.id(), DocumentKind.identifying(onboarded.kind()),
                    LocalDate.now(ChinaTime.ZONE).plusYears(3), new UploadedFile(switch (onboarded.kind()) {
                        case COMPANY, ADVERTISER -> "营业执照.pdf";
                        case INDIVIDUAL -> "身份证.pdf";
                        case VOLUNTEER_ORGANISATION -> "社会组织登记证书.pdf";
                    },
                            DemoFiles.licence("Licence " + onboarded.licenceNumber())));
            providers.verify(onboarded.id());
            providerStaff.addStaff(onboarded.id(), staff.id());
            return onboarded;
        });
        payoutAccount(tenant, Payee.PROVIDER, provider.id(), provider.name());
        CallerContext asStaff = as(staff, tenant);
        asStaff.run(() -> {
            for (OfferingCommands.NewOffering offering : seller.offerings()) {
                Offering offered = catalog.offer(offering);
                pictures.addImage(offered.id(), new UploadedFile("cover.png",
                        OfferingCovers.cover(offering.module(), offering.title())));
            }
            if (seller.offerings().stream().anyMatch(OfferingCommands.NewOffering::needsSlot)) {
                slots.publish(new Availability(LocalDate.now(ChinaTime.ZONE).plusDays(1), 7,
                        EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0), LocalTime.of(18, 0), 120));
            }
        });
        LOG.fine(() -> "demo provider " + provider.name());
    }

    /** A sandbox Alipay user id for a demo payee (16 digits from 2088, as Alipay hands them out). */
    private String demoAlipayUser() {
        return "2088" + String.format("%012d", 102_146_000_000L + payoutAccounts++);
    }

    /** A provider that applied with its licence and waits for an operator's check. */
    private void applicant(CallerContext inTenant) {
        inTenant.run(() -> {
            Provider pending = providers.onboard(provider("福满家便民维修部", ProviderKind.COMPANY, "92320102MA3REPA1R8",
                    "孙福", "13805150006", "家电清洗与小修，申请入驻"));
            documents.addDocument(pending.id(), DocumentKind.BUSINESS_LICENCE, LocalDate.now(ChinaTime.ZONE)
                    .plusYears(2), new UploadedFile("营业执照.pdf", DemoFiles.licence("Licence "
                    + pending.licenceNumber())));
        });
    }

    /** resident-a's orders: completed and reviewed, in service, accepted, paid, placed and cancelled. */
    private void ordersOfResidentA(TenantId tenant) {
        CallerContext resident = as(CallerContext.system("demo-data", tenant).call(() -> user("resident-a")), tenant);
        CallerContext cleaner = as(CallerContext.system("demo-data", tenant).call(() -> user("provider-a")), tenant);
        CallerContext carer = as(CallerContext.system("demo-data", tenant).call(() -> user("care-a")), tenant);
        ResidentRecord me = resident.call(() -> residents.mine().orElseThrow());
        CallerContext.system("demo-data", tenant).run(() ->
                structure.changeFloorArea(me.household(), new BigDecimal("89.50")));
        List<Offering> onSale = resident.call(() -> catalog.browse(new CatalogService.OfferingFilter(null, null, null),
                PageRequest.first(50)).items());
        Offering hourly = find(onSale, "日常保洁（按小时）");
        Offering bath = find(onSale, "上门助浴");
        Offering meals = find(onSale, "助餐送餐（每餐）");
        List<ServiceSlot> free = resident.call(() -> slots.free(hourly.provider(), null, null));

        OrderId reviewed = place(resident, bath, null, 1, "老人行动不便，请带防滑垫");
        payments.pay(resident, reviewed);
        act(carer, reviewed, OrderAction.ACCEPT, null);
        act(carer, reviewed, OrderAction.START, null);
        act(carer, reviewed, OrderAction.COMPLETE, null);
        act(resident, reviewed, OrderAction.REVIEW, new OrderCommands.ActionDetails(5, "护理员很耐心，老人很满意"));

        OrderId inService = place(resident, meals, null, 5, "少盐少油");
        payments.pay(resident, inService);
        act(carer, inService, OrderAction.ACCEPT, null);
        act(carer, inService, OrderAction.START, null);

        OrderId accepted = place(resident, hourly, free.get(0).id(), 1, "重点打扫厨房");
        payments.pay(resident, accepted);
        act(cleaner, accepted, OrderAction.ACCEPT, null);

        OrderId cancelled = place(resident, hourly, free.get(3).id(), 1, null);
        payments.pay(resident, cancelled);
        act(resident, cancelled, OrderAction.CANCEL, new OrderCommands.ActionDetails(null, "临时有事"));

        place(resident, meals, null, 2, null);

        parkingAndParcels(tenant, me, onSale);
        care(tenant, me, bath);
    }

    /** resident-a is family of another elder living alone, who gets a care plan with three visits a week. */
    private void care(TenantId tenant, ResidentRecord me, Offering bath) {
        CallerContext operator = CallerContext.system("demo-data", tenant);
        ResidentRecord elder = operator.call(() -> residents.search(new ResidentDirectory.ResidentFilter(null, null,
                        null, Tag.ELDERLY_ALONE, null, null), PageRequest.first(20)).items()
                .stream().filter(r -> !r.id().equals(me.id())).findFirst().orElseThrow());
        operator.run(() -> {
            care.link(elder.id(), me.id(), "女儿");
            care.createPlan(new CareCommands.NewPlan(elder.id(), bath.provider(), "居家探访（一三五）",
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 30), 60,
                    List.of("测量血压", "助浴", "陪同聊天", "检查燃气"), LocalDate.now(ChinaTime.ZONE)));
        });
    }

    /** A lot run by the parking provider with spaces, a permit for resident-a, and parcels at the station. */
    private void parkingAndParcels(TenantId tenant, ResidentRecord me, List<Offering> onSale) {
        CallerContext operator = CallerContext.system("demo-data", tenant);
        Offering permits = find(onSale, "地面车位月租");
        ParkingLot lot = operator.call(() -> {
            ParkingLot created = parkingLots.createLot(new ParkingCommands.NewLot(me.community().value(),
                    permits.provider().value(), "新华小区地面停车场", 15, 500, 3000, permits.id().value()));
            parkingLots.addSpaces(created.id(), IntStream.rangeClosed(1, 30)
                    .mapToObj(i -> String.format("A-%03d", i)).toList(), ParkingSpace.Kind.MONTHLY);
            parkingLots.addSpaces(created.id(), List.of("V-01", "V-02", "V-03", "V-04"), ParkingSpace.Kind.VISITOR);
            return created;
        });
        CallerContext resident = as(operator.call(() -> user("resident-a")), tenant);
        ParkingPermits.PermitView permit = resident.call(() -> parkingPermits.requestPermit(
                new ParkingCommands.PermitRequest(lot.id(), "苏A8K123", null, 3), UUID.randomUUID().toString()));
        payments.pay(resident, permit.order().order().id());
        CallerContext attendant = as(operator.call(() -> user("parking-a")), tenant);
        attendant.run(() -> {
            parkingGate.enter(lot.id(), "苏A8K123");
            parkingGate.enter(lot.id(), "苏B2M886");
        });
        CallerContext station = as(operator.call(() -> user("station-a")), tenant);
        station.run(() -> {
            parcels.intake(me.household(), "顺丰速运", "SF1402958841230");
            parcels.intake(me.household(), "中通快递", "ZT7731200984561");
        });
    }

    private OrderId place(CallerContext resident, Offering offering, Long slot, int quantity, String note) {
        return resident.call(() -> orders.place(new OrderCommands.NewOrder(offering.id(), slot, quantity, null, note),
                UUID.randomUUID().toString())).order().id();
    }

    private void act(CallerContext party, OrderId order, OrderAction action, OrderCommands.ActionDetails details) {
        party.run(() -> orders.act(order, action, details));
    }

    private static Offering find(List<Offering> offerings, String title) {
        return offerings.stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow();
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1)).items().get(0);
    }

    private static CallerContext as(UserAccount account, TenantId tenant) {
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }

    private static ProviderCommands.NewProvider provider(String name, ProviderKind kind, String licence,
                                                         String contact, String phone, String description) {
        return new ProviderCommands.NewProvider(name, kind, licence, contact, phone, description, List.of());
    }

    private static OfferingCommands.NewOffering withChecklist(OfferingCommands.NewOffering o, String... tasks) {
        return new OfferingCommands.NewOffering(o.module(), o.title(), o.description(), o.pricing(),
                o.unitPriceFen(), o.durationMinutes(), o.needsSlot(), o.freeCancelHours(), o.cancelFeeFen(),
                List.of(tasks));
    }

    private static OfferingCommands.NewOffering offer(Module module, String title, PricingModel pricing, long fen,
                                                      int minutes, boolean needsSlot) {
        return new OfferingCommands.NewOffering(module, title, title + "，由" + "平台审核的服务商提供", pricing,
                fen, minutes, needsSlot, 24, fen == 0 ? 0 : Math.min(fen, 2000));
    }
}
