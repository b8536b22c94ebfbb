package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.timebank.TimeBankCommands;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeCompensation;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The time bank of tenant A (新华街道): settings (no overdraft, at most 100 hours, a minute worth ¥1, providers
 * credited in minutes), the elder-care bath of 颐康居家养老服务中心 payable in time, opening minutes for
 * {@code resident-a} and a few neighbours, a transfer and a love-pool donation by {@code resident-a}, a grant to an
 * elder living alone, and one bath paid in minutes with another waiting to be paid. Volunteering credits come from
 * the activities' own demo.
 */
@ApplicationScoped
public class DemoTimeBank {

    private static final Logger LOG = Logger.getLogger(DemoTimeBank.class.getName());
    private static final String BATH = "上门助浴";

    @Inject
    TimeBankService timeBank;

    @Inject
    ResidentDirectory residents;

    @Inject
    CatalogService catalog;

    @Inject
    OrderService orders;

    @Inject
    UserService users;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        CallerContext resident = as(system.call(() -> user("resident-a")), tenant);
        ResidentRecord me = resident.call(() -> residents.mine().orElseThrow());
        List<ResidentRecord> neighbours = system.call(() -> residents.search(new ResidentDirectory.ResidentFilter(null,
                        null, null, null, ResidentStatus.ACTIVE, null), PageRequest.first(20)).items()).stream()
                .filter(r -> !r.id().equals(me.id()) && !r.tags().contains(Tag.ELDERLY_ALONE)).limit(3).toList();
        ResidentRecord elder = system.call(() -> residents.search(new ResidentDirectory.ResidentFilter(null, null,
                        null, Tag.ELDERLY_ALONE, ResidentStatus.ACTIVE, null), PageRequest.first(20)).items()).stream()
                .filter(r -> !r.id().equals(me.id())).findFirst().orElseThrow();
        Offering bath = resident.call(() -> catalog.browse(new CatalogService.OfferingFilter(null, null, BATH),
                PageRequest.first(10)).items()).stream().filter(o -> o.title().equals(BATH)).findFirst()
                .orElseThrow();

        system.run(() -> {
            timeBank.changeSettings(new TimeBankCommands.SettingsChange(0, 6_000, 100, TimeCompensation.MINUTES));
            catalog.acceptTime(bath.id(), true);
            timeBank.creditForDemo(me.id(), 360, "志愿服务累计（开户前）");
            neighbours.forEach(n -> timeBank.creditForDemo(n.id(), 180, "志愿服务累计（开户前）"));
        });
        String neighbourCode = system.call(() -> timeBank.account(neighbours.get(0).id()).memberCode());
        resident.run(() -> {
            timeBank.transfer(new TimeBankCommands.Transfer(neighbourCode, 30, "谢谢帮我取快递"), "demo-transfer-1");
            timeBank.donate(new TimeBankCommands.Donation(60, "献给社区独居老人"), "demo-donation-1");
        });
        system.run(() -> timeBank.grant(new TimeBankCommands.Grant(elder.id(), 40, "独居老人助浴补贴"), "demo-grant-1"));
        OrderId paid = place(resident, bath, "请周六上午来");
        resident.run(() -> orders.payInTime(paid));
        place(resident, bath, "下周再约一次");
        LOG.info("Demo time bank: settings, balances, a transfer, a donation, a grant and a bath paid in minutes");
    }

    private OrderId place(CallerContext resident, Offering offering, String note) {
        return resident.call(() -> orders.place(new OrderCommands.NewOrder(offering.id(), null, 1, null, note),
                UUID.randomUUID().toString())).order().id();
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1)).items().get(0);
    }

    private static CallerContext as(UserAccount account, TenantId tenant) {
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }
}
