package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.points.Award;
import org.linli.tenants.points.EarningService;
import org.linli.tenants.points.EarningTerms;
import org.linli.tenants.points.EventKind;
import org.linli.tenants.points.ExpiryPolicy;
import org.linli.tenants.points.MallCommands;
import org.linli.tenants.points.PointsMall;
import org.linli.tenants.points.PointsSettingsService;
import org.linli.tenants.points.PointsWallet;
import org.linli.tenants.points.Reward;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Points in 新华街道: earning rules for every kind, points that expire at the end of next year, residents with lots
 * ({@code resident-a}'s oldest lot expires within 30 days, so the reminder shows), a stocked points mall and one
 * redemption of {@code resident-a} waiting at the pickup desk.
 */
@ApplicationScoped
public class DemoPoints {

    /** The oldest demo lot was awarded this long before its expiry, which falls in 20 days. */
    private static final Duration EXPIRING_SOON = Duration.ofDays(20);

    @Inject
    PointsSettingsService settings;

    @Inject
    EarningService earning;

    @Inject
    PointsWallet wallet;

    @Inject
    PointsMall mall;

    @Inject
    ResidentDirectory residents;

    @Inject
    UserService users;

    @Inject
    Clocks clocks;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        system.run(() -> {
            earning.define(EventKind.VOLUNTEER_MINUTES, null, new EarningTerms(10, 100L, null, null));
            earning.define(EventKind.ORDER_REVIEWED, null, new EarningTerms(20, 40L, null, null));
            earning.define(EventKind.FORM_ANSWERED, null, new EarningTerms(10, null, null, null));
            earning.define(EventKind.CHECK_IN, "garbage-sorting", new EarningTerms(5, 10L, null, null));
        });
        UserAccount account = system.call(() -> users.list(new UserFilter("resident-a", null, null),
                PageRequest.first(1)).items().get(0));
        CallerContext residentA = CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
        ResidentId me = residentA.call(() -> residents.me()).id();
        List<ResidentRecord> others = system.call(() -> residents.search(ResidentDirectory.ResidentFilter.all(),
                PageRequest.first(6)).items()).stream().filter(r -> !r.id().equals(me)).limit(3).toList();

        // Last year's lot: awarded under a twelve-month policy, so that it expires in 20 days.
        system.run(() -> settings.change(ExpiryPolicy.MONTHS, 12, 30));
        try {
            clocks.travelTo(Instant.now().plus(EXPIRING_SOON).minus(Duration.ofDays(365)));
            system.run(() -> {
                wallet.award(Award.of(me, 120, "demo:garbage-sorting:2025", EventKind.CHECK_IN, "去年垃圾分类打卡"));
                for (ResidentRecord other : others) {
                    wallet.award(Award.of(other.id(), 60, "demo:garbage-sorting:2025:" + other.id().value(),
                            EventKind.CHECK_IN, "去年垃圾分类打卡"));
                }
            });
        } finally {
            clocks.backToNow();
        }
        system.run(() -> settings.change(ExpiryPolicy.END_OF_NEXT_YEAR, 12, 30));
        system.run(() -> {
            wallet.award(Award.of(me, 260, "demo:volunteer-year", EventKind.VOLUNTEER_MINUTES, "年度志愿服务"));
            for (ResidentRecord other : others) {
                wallet.award(Award.of(other.id(), 150, "demo:volunteer-year:" + other.id().value(),
                        EventKind.VOLUNTEER_MINUTES, "年度志愿服务"));
            }
            earning.checkIn(me, "garbage-sorting");
        });
        List<Reward> rewards = system.call(() -> List.of(
                mall.addReward(new MallCommands.NewReward("环保购物袋", "可折叠、可重复使用的帆布袋", 50L, 40, 2)),
                mall.addReward(new MallCommands.NewReward("洗衣液 2kg", "社区超市提供", 120L, 20, 1)),
                mall.addReward(new MallCommands.NewReward("社区理发券", "社区便民理发点使用一次", 200L, 15, 1)),
                mall.addReward(new MallCommands.NewReward("东北大米 5kg", "新米，服务站领取", 300L, 10, 1))));
        residentA.run(() -> mall.redeem(rewards.get(0).id()));
        // The nightly job's reminder for the points that expire within 30 days.
        system.run(wallet::expireDue);
    }
}
