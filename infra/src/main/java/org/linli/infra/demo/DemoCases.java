package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.cases.AssigneeKind;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseChannel;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.cases.ProviderCases;
import org.linli.tenants.cases.SlaRound;
import org.linli.tenants.cases.WorkTerms;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ProviderStatus;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Cases of 新华街道 in every state across both of its grids, several reported by {@code resident-a}: one closed
 * with a rating after a volunteer team fixed it, one in progress with {@code grid-a}, fresh and accepted ones past
 * their deadlines, a rejected, a resolved awaiting its rating, an assigned and a reopened one. 绿苑物业 is supervised
 * by 新华街道, and a fire-lane case of 绿苑物业 left unhandled for days is escalated there.
 */
@ApplicationScoped
public class DemoCases {

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    ResidentDirectory residents;

    @Inject
    StructureService structure;

    @Inject
    ProviderService providers;

    @Inject
    CaseCategories categories;

    @Inject
    CaseDesk desk;

    @Inject
    CaseHandling handling;

    @Inject
    ProviderCases providerCases;

    @Inject
    SlaRound round;

    @Inject
    Clocks clocks;

    public void seed(CallerContext platform, TenantId xinhua, TenantId lvyuan) {
        platform.run(() -> tenants.superviseBy(lvyuan, xinhua));
        CallerContext system = CallerContext.system("demo-data", xinhua);
        CallerContext resident = as(system, "resident-a", xinhua);
        CallerContext worker = as(system, "grid-a", xinhua);
        CallerContext ops = as(system, "ops-a", xinhua);
        CallerContext volunteer = as(system, "volunteer-a", xinhua);
        List<CaseCategory> all = system.call(() -> categories.list());
        long lighting = category(all, "公共照明");
        long sanitation = category(all, "环境卫生");
        long noise = category(all, "噪音扰民");
        long fireLane = category(all, "消防通道");
        long repairs = category(all, "给排水");
        List<Community> communities = system.call(() -> structure.communities(PageRequest.first(10)).items());
        Community second = communities.get(communities.size() - 1);
        Building secondBuilding = system.call(() -> structure.buildings(second.id(), PageRequest.first(5))
                .items().get(0));
        ResidentRecord neighbour = system.call(() -> residents.search(new ResidentDirectory.ResidentFilter(null,
                second.id(), null, null, ResidentStatus.ACTIVE, null), PageRequest.first(1)).items().get(0));
        long team = system.call(() -> providers.list(ProviderStatus.VERIFIED, PageRequest.first(50)).items())
                .stream().filter(p -> p.name().equals("新华街道志愿服务队")).map(p -> p.id().value())
                .findFirst().orElseThrow();
        long opsId = system.call(() -> user("ops-a")).id().value();
        long workerId = system.call(() -> user("grid-a")).id().value();
        try {
            clocks.travelTo(Instant.now().minus(Duration.ofDays(4)));
            long fixed = resident.call(() -> desk.report(home(lighting, "楼道声控灯坏了，晚上上下楼看不见")))
                    .civicCase().id();
            CallerContext onFixed = handler(worker, ops, fixed);
            onFixed.run(() -> handling.accept(fixed));
            onFixed.run(() -> handling.assign(fixed, new CaseCommands.Assignment(AssigneeKind.PROVIDER, null, team,
                    WorkTerms.FREE, "志愿服务队公益维修")));
            volunteer.run(() -> providerCases.step(fixed, new CaseCommands.Step("已到现场，更换感应开关", false)));
            volunteer.run(() -> providerCases.resolve(fixed, new CaseCommands.Resolution("已更换声控开关和灯泡")));
            resident.run(() -> desk.rate(fixed, new CaseCommands.Rating(5, "志愿者来得很快，谢谢！")));

            long bins = resident.call(() -> desk.report(new CaseCommands.Report(sanitation, "东门垃圾桶满溢，气味很大",
                    PlaceKind.COMMON_AREA, null, null, "东门垃圾站", null, null, null))).civicCase().id();
            CallerContext onBins = handler(worker, ops, bins);
            onBins.run(() -> handling.accept(bins));
            onBins.run(() -> handling.assign(bins, new CaseCommands.Assignment(AssigneeKind.GRID_WORKER, workerId,
                    null, null, null)));
            onBins.run(() -> handling.step(bins, new CaseCommands.Step("已联系保洁公司加派清运车", false)));

            long reopened = resident.call(() -> desk.report(home(repairs, "楼顶水箱漏水，楼道墙面潮湿")))
                    .civicCase().id();
            CallerContext onReopened = handler(worker, ops, reopened);
            onReopened.run(() -> handling.accept(reopened));
            onReopened.run(() -> handling.assign(reopened, new CaseCommands.Assignment(AssigneeKind.GRID_WORKER,
                    workerId, null, null, null)));
            onReopened.run(() -> handling.resolve(reopened, new CaseCommands.Resolution("已联系物业修补水箱")));
            resident.run(() -> desk.reopen(reopened, new CaseCommands.Reopening("下雨后又开始漏水")));

            long rejected = ops.call(() -> desk.report(new CaseCommands.Report(noise, "来电：广场舞音响声音太大",
                    PlaceKind.BUILDING, null, secondBuilding.id().value(), null, neighbour.id().value(),
                    CaseChannel.PHONE, null))).civicCase().id();
            ops.run(() -> handling.reject(rejected, new CaseCommands.Rejection("已转城管部门处理，不属于社区事件")));

            clocks.travelTo(Instant.now().minus(Duration.ofDays(2)));
            long awaiting = ops.call(() -> desk.report(new CaseCommands.Report(lighting, "走访发现：小区北门路灯不亮",
                    PlaceKind.COMMON_AREA, second.id().value(), null, "北门", neighbour.id().value(),
                    CaseChannel.VISIT, null))).civicCase().id();
            ops.run(() -> handling.accept(awaiting));
            ops.run(() -> handling.assign(awaiting, new CaseCommands.Assignment(AssigneeKind.STAFF, opsId, null,
                    null, null)));
            ops.run(() -> handling.resolve(awaiting, new CaseCommands.Resolution("已更换北门路灯灯头")));

            long assigned = ops.call(() -> desk.report(new CaseCommands.Report(fireLane, "来电：3号楼消防通道停满电动车",
                    PlaceKind.BUILDING, null, secondBuilding.id().value(), null, neighbour.id().value(),
                    CaseChannel.PHONE, null))).civicCase().id();
            ops.run(() -> handling.accept(assigned));
            ops.run(() -> handling.assign(assigned, new CaseCommands.Assignment(AssigneeKind.STAFF, opsId, null,
                    null, null)));

            long accepted = ops.call(() -> desk.report(new CaseCommands.Report(sanitation, "走访发现：绿化带有建筑垃圾",
                    PlaceKind.COMMON_AREA, second.id().value(), null, "中心花园", neighbour.id().value(),
                    CaseChannel.VISIT, null))).civicCase().id();
            ops.run(() -> handling.accept(accepted));

            resident.run(() -> desk.report(home(noise, "楼上装修早上七点就开始电钻")));
        } finally {
            clocks.backToNow();
        }
        resident.run(() -> desk.report(new CaseCommands.Report(lighting, "小区南门路灯一闪一闪",
                PlaceKind.COMMON_AREA, null, null, "南门", null, null, null)));
        system.run(round::run);
        escalatedCase(lvyuan);
    }

    /** 绿苑物业's fire-lane case, filed by phone five days ago and never handled, reaches 新华街道. */
    private void escalatedCase(TenantId lvyuan) {
        CallerContext system = CallerContext.system("demo-data", lvyuan);
        CallerContext ops = as(system, "ops-b", lvyuan);
        long fireLane = category(system.call(() -> categories.list()), "消防通道");
        ResidentRecord caller = system.call(() -> residents.search(new ResidentDirectory.ResidentFilter(null, null,
                null, null, ResidentStatus.ACTIVE, null), PageRequest.first(1)).items().get(0));
        Building building = system.call(() -> structure.buildings(caller.community(), PageRequest.first(1))
                .items().get(0));
        try {
            clocks.travelTo(Instant.now().minus(Duration.ofDays(5)));
            long id = ops.call(() -> desk.report(new CaseCommands.Report(fireLane, "来电：消防通道被私家车长期占用，"
                    + "多次反映无人处理", PlaceKind.BUILDING, null, building.id().value(), null, caller.id().value(),
                    CaseChannel.PHONE, null))).civicCase().id();
            ops.run(() -> handling.accept(id));
        } finally {
            clocks.backToNow();
        }
        system.run(round::run);
    }

    /** grid-a works the cases of their grid; the operator those of the other (resident-a may live in either). */
    private CallerContext handler(CallerContext worker, CallerContext ops, long caseId) {
        try {
            worker.run(() -> handling.get(caseId));
            return worker;
        } catch (DomainException notInTheirGrid) {
            return ops;
        }
    }

    private static CaseCommands.Report home(long category, String text) {
        return new CaseCommands.Report(category, text, PlaceKind.HOUSEHOLD, null, null, null, null, null, null);
    }

    private static long category(List<CaseCategory> all, String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
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
