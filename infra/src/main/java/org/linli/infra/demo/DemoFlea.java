package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.linli.tenants.flea.CategoryUse;
import org.linli.tenants.flea.FleaCategory;
import org.linli.tenants.flea.ItemCondition;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ModerationService;
import org.linli.tenants.flea.Payment;
import org.linli.tenants.flea.Price;
import org.linli.tenants.flea.PriceKind;
import org.linli.tenants.flea.Reach;
import org.linli.tenants.flea.SweepService;
import org.linli.tenants.flea.TradeService;
import org.linli.tenants.points.Award;
import org.linli.tenants.points.EventKind;
import org.linli.tenants.points.PointsWallet;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.ResidentStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The flea market of 新华街道: three neighbours of {@code resident-a} ({@code neighbour-a1} … {@code -a3}, verified
 * residents of the same community) and {@code resident-a} list items in every state — a draft, published ones (free,
 * yuan, points, either), one reserved by {@code resident-a}, a sold one from a completed points trade with both
 * ratings, a withdrawn and an expired one — and a listing {@code resident-a} reported waits in the moderation queue.
 */
@ApplicationScoped
public class DemoFlea {

    static final List<String> NEIGHBOURS = List.of("neighbour-a1", "neighbour-a2", "neighbour-a3");
    private static final List<String> NAMES = List.of("王秀兰", "赵强", "孙丽");

    @Inject
    UserService users;

    @Inject
    ResidentService residents;

    @Inject
    ResidentDirectory directory;

    @Inject
    ListingService listings;

    @Inject
    TradeService trade;

    @Inject
    ModerationService moderation;

    @Inject
    SweepService sweeper;

    @Inject
    PointsWallet wallet;

    @Inject
    Clocks clocks;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        CallerContext residentA = as(system, "resident-a", tenant);
        ResidentRecord me = residentA.call(() -> directory.me());
        List<ResidentRecord> neighbours = system.call(() -> directory.search(new ResidentDirectory.ResidentFilter(
                null, me.community(), null, null, ResidentStatus.ACTIVE, null), PageRequest.first(10)).items())
                .stream().filter(r -> !r.id().equals(me.id())).limit(NEIGHBOURS.size()).toList();
        for (int i = 0; i < neighbours.size(); i++) {
            String username = NEIGHBOURS.get(i);
            String name = NAMES.get(i);
            ResidentId resident = neighbours.get(i).id();
            system.run(() -> {
                users.create(new NewUser(username, name, Role.RESIDENT, DemoData.PASSWORD));
                residents.linkAccount(resident, user(username).id());
                residents.update(resident, new ResidentCommands.ResidentChanges(name, null, null, null, null, null,
                        null));
            });
        }
        CallerContext n1 = as(system, NEIGHBOURS.get(0), tenant);
        CallerContext n2 = as(system, NEIGHBOURS.get(1), tenant);
        CallerContext n3 = as(system, NEIGHBOURS.get(2), tenant);
        List<FleaCategory> categories = system.call(() -> listings.categories()).stream()
                .filter(c -> c.use() == CategoryUse.ALLOWED).toList();
        long furniture = categories.get(0).id();
        long electronics = categories.get(1).id();
        long children = categories.get(2).id();
        long books = categories.get(3).id();
        long sports = categories.get(5).id();
        long other = categories.get(6).id();

        publish(residentA, "儿童自行车 16 寸", "孩子长大了，骑了两年，刹车灵敏", children,
                ItemCondition.GOOD, new Price(PriceKind.POINTS, null, 150L));
        residentA.run(() -> listings.create(details("旧书一箱", "小说和杂志，约 30 本", books, ItemCondition.WORN,
                Price.free())));
        publish(n1, "宜家书架 五层", "白色，高 180 cm，需自己搬", furniture, ItemCondition.GOOD,
                new Price(PriceKind.YUAN, 8_000L, null));
        long cooker = publish(n1, "美的电饭煲 4L", "搬家多出来的一台，用过几次", electronics, ItemCondition.LIKE_NEW,
                new Price(PriceKind.EITHER, 5_000L, 300L));
        publish(n2, "绿萝盆栽", "长得很好，送给爱花的邻居", other, ItemCondition.GOOD, Price.free());
        long lamp = publish(n2, "护眼台灯", "LED，三档亮度", electronics, ItemCondition.GOOD,
                new Price(PriceKind.POINTS, null, 80L));
        long treadmill = publish(n3, "折叠跑步机", "几乎没用过", sports, ItemCondition.LIKE_NEW,
                new Price(PriceKind.YUAN, 30_000L, null));
        long phone = publish(n3, "全新手机 低价转让", "无发票，价格好商量", electronics, ItemCondition.NEW,
                new Price(PriceKind.YUAN, 50_000L, null));
        n3.run(() -> listings.withdraw(treadmill));

        // An old listing: published 31 days ago, so the housekeeping run expires it.
        try {
            clocks.travelTo(Instant.now().minus(Duration.ofDays(31)));
            publish(n3, "羽毛球拍一对", "送一筒球", sports, ItemCondition.WORN, new Price(PriceKind.POINTS, null, 60L));
        } finally {
            clocks.backToNow();
        }
        system.run(sweeper::sweep);

        // A completed points trade with both ratings: neighbour-a3 buys neighbour-a2's lamp.
        ResidentId buyer = neighbours.get(2).id();
        system.run(() -> wallet.award(Award.of(buyer, 200, "demo:flea:welcome:" + buyer.value(),
                EventKind.CHECK_IN, "社区活动积分")));
        var sold = n3.call(() -> trade.reserve(lamp, Payment.POINTS));
        long soldId = sold.reservation().id();
        n2.run(() -> trade.accept(soldId));
        n2.run(() -> trade.handOver(soldId, sold.pickupCodeForViewer()));
        n3.run(() -> trade.rate(soldId, new ListingCommands.Rating(5, "台灯很好用，卖家很守时")));
        n2.run(() -> trade.rate(soldId, new ListingCommands.Rating(5, "爽快的买家")));

        // resident-a has reserved the rice cooker (to pay in person), and reported a doubtful phone.
        residentA.run(() -> trade.reserve(cooker, Payment.YUAN_OFFLINE));
        residentA.run(() -> moderation.report(phone, new ListingCommands.Report("疑似来路不明，没有发票")));
    }

    private long publish(CallerContext seller, String title, String description, long category,
                         ItemCondition condition, Price price) {
        return seller.call(() -> {
            long id = listings.create(details(title, description, category, condition, price)).listing().id();
            return listings.publish(id).listing().id();
        });
    }

    private static ListingCommands.Details details(String title, String description, long category,
                                                   ItemCondition condition, Price price) {
        return new ListingCommands.Details(title, description, category, condition, Reach.COMMUNITY,
                "小区东门快递柜旁", price);
    }

    private CallerContext as(CallerContext system, String username, TenantId tenant) {
        UserAccount account = system.call(() -> user(username));
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1)).items().get(0);
    }
}
