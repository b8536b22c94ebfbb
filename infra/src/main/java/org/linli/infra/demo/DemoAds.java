package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.ads.AdBooking;
import org.linli.tenants.ads.AdBookingService;
import org.linli.tenants.ads.AdCounters;
import org.linli.tenants.ads.AdSlot;
import org.linli.tenants.ads.AdSlotService;
import org.linli.tenants.ads.BookingCommands;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.ads.SlotCommands;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.marketplace.DocumentKind;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderCommands;
import org.linli.tenants.marketplace.ProviderDocuments;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ProviderStaffService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tenant A's ad slots: four slots (storefront home banner, a module page banner, the parcel-station screen and the
 * notice-board screen of resident-a's community) and the advertiser 鲜丰水果新华店, verified with its business
 * licence, whose staff account {@code advertiser-a} ran a campaign on the home banner three weeks ago and runs one
 * now on the home banner and the notice-board screen, with impressions and clicks on several days. The bookings
 * are made as the advertiser, approved as the operators would, and paid by the advertiser at the sandbox cashier,
 * so that billing records, splits and reports their money like any other.
 */
@ApplicationScoped
public class DemoAds {

    private static final Logger LOG = Logger.getLogger(DemoAds.class.getName());

    @Inject
    UserService users;

    @Inject
    ProviderService providers;

    @Inject
    ProviderDocuments documents;

    @Inject
    ProviderStaffService providerStaff;

    @Inject
    ResidentDirectory residents;

    @Inject
    AdSlotService slots;

    @Inject
    AdBookingService bookings;

    @Inject
    AdCounters counters;

    @Inject
    DemoPayments payments;

    @Inject
    Clocks clocks;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        ResidentId residentA = as(system.call(() -> user("resident-a")), tenant).call(() -> residents.me().id());
        long community = system.call(() -> residents.get(residentA).community().value());
        UserAccount staff = system.call(() -> users.create(new NewUser("advertiser-a", "孙丽（鲜丰水果）",
                Role.ADVERTISER, DemoData.PASSWORD)));
        system.run(() -> {
            Provider shop = providers.onboard(new ProviderCommands.NewProvider("鲜丰水果新华店", ProviderKind.ADVERTISER,
                    "92320102MA1XF5G8T3", "孙丽", "13800135678", "新华小区南门的水果店，每日新鲜到货", List.of()));
            documents.addDocument(shop.id(), DocumentKind.identifying(ProviderKind.ADVERTISER),
                    LocalDate.now(ChinaTime.ZONE).plusYears(3), new UploadedFile("营业执照.pdf",
                            DemoFiles.licence("Licence 92320102MA1XF5G8T3")));
            providers.verify(shop.id());
            providerStaff.addStaff(shop.id(), staff.id());
        });
        AdSlot banner = system.call(() -> slots.create(slot("首页顶部横幅", Placement.STOREFRONT_HOME_BANNER, 750, 300,
                8_000, List.of())));
        system.call(() -> slots.create(slot("家政频道横幅", Placement.STOREFRONT_MODULE_PAGE, 750, 200, 5_000,
                List.of())));
        system.call(() -> slots.create(slot("新华驿站取件屏", Placement.PARCEL_STATION_SCREEN, 1920, 1080, 12_000,
                List.of())));
        AdSlot board = system.call(() -> slots.create(slot("新华小区公告屏", Placement.NOTICE_BOARD_SCREEN, 1080, 1920,
                10_000, List.of(community))));

        CallerContext advertiser = as(staff, tenant);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        try {
            travelTo(today.minusDays(25));
            AdBooking past = campaign(system, advertiser, banner, today.minusDays(20), today.minusDays(14),
                    "冬季橙子上新 满50减10", 0xF08C00);
            for (int day = 20; day >= 14; day--) {
                travelTo(today.minusDays(day));
                long shown = 180 + 37L * (day % 5);
                system.run(() -> counters.count(past.id(), shown, shown / 40 + 1));
            }
            travelTo(today.minusDays(3));
            AdBooking running = campaign(system, advertiser, banner, today.minusDays(2), today.plusDays(12),
                    "新鲜草莓到店 会员九折", 0xD6336C);
            AdBooking screen = campaign(system, advertiser, board, today.minusDays(2), today.plusDays(12),
                    "鲜丰水果 新华小区南门 送货上门", 0x2F9E44);
            for (int day = 2; day >= 1; day--) {
                travelTo(today.minusDays(day));
                long shown = 210 + 29L * day;
                system.run(() -> {
                    counters.count(running.id(), shown, shown / 35);
                    counters.count(screen.id(), shown * 3, 0);
                });
            }
        } finally {
            clocks.backToNow();
        }
        LOG.info("Demo ads: four slots, advertiser-a with a past and a running campaign");
    }

    /** Books, submits the creative, approves it and pays for it at the checkout. */
    private AdBooking campaign(CallerContext system, CallerContext advertiser, AdSlot slot, LocalDate first,
                               LocalDate last, String text, int colour) {
        AdBooking booking = advertiser.call(() -> bookings.book(new BookingCommands.NewBooking(slot.id().value(),
                null, first, last)));
        advertiser.run(() -> bookings.submitCreative(booking.id(), new BookingCommands.Creative(
                "https://example.com/xianfeng-fruit", text), new UploadedFile("creative.png",
                DemoFiles.picture(colour))));
        system.run(() -> bookings.approve(booking.id(), "素材清晰，信息真实"));
        AdBookingService.PayStart start = advertiser.call(() -> bookings.pay(booking.id(),
                CheckoutPort.Channel.DESKTOP));
        payments.confirmAtCashier(start.cashierUrl(), "ad booking " + booking.id().value());
        return booking;
    }

    private static SlotCommands.NewSlot slot(String name, Placement placement, int width, int height, long price,
                                             List<Long> communities) {
        return new SlotCommands.NewSlot(name, placement, width, height, price, communities, List.of());
    }

    private void travelTo(LocalDate day) {
        clocks.travelTo(day.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant());
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1)).items().get(0);
    }

    private static CallerContext as(UserAccount account, TenantId tenant) {
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }
}
