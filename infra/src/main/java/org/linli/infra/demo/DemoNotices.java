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
import org.linli.tenants.notices.AudienceKind;
import org.linli.tenants.notices.NoticeBoard;
import org.linli.tenants.notices.NoticeCommands;
import org.linli.tenants.notices.NoticeService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Notices of 新华街道 written by {@code ops-a}: a pinned one to everyone, one to a community, one to elderly people
 * living alone, an expired and a withdrawn one, a draft, and an elevator notice with mandatory acknowledgement
 * addressed to the buildings of {@code resident-a} and the neighbours {@code neighbour-a1} … {@code -a3} — with
 * partial reach: {@code resident-a} and {@code neighbour-a1} acknowledged it, {@code neighbour-a2} only read it,
 * {@code neighbour-a3} did neither and got the reminder sent two hours ago (so another may be sent now); the other
 * households of those buildings have nobody in the app. 绿苑物业 ({@code ops-b}) has one notice of its own.
 */
@ApplicationScoped
public class DemoNotices {

    @Inject
    NoticeService notices;

    @Inject
    NoticeBoard board;

    @Inject
    ResidentDirectory residents;

    @Inject
    StructureService structure;

    @Inject
    UserService users;

    @Inject
    Clocks clocks;

    public void seed(TenantId tenantA, TenantId tenantB) {
        CallerContext system = CallerContext.system("demo-data", tenantA);
        CallerContext ops = as(system, "ops-a", tenantA);
        Instant now = Instant.now();
        ops.run(() -> {
            long pinned = notices.create(draft("冬季供暖与用电安全提示", "<p>入冬以来气温骤降，请各位居民注意：</p><ul>"
                    + "<li>不在楼道、电梯内给电动自行车充电</li><li>电暖器远离窗帘、被褥</li>"
                    + "<li>燃气使用后及时关闭阀门</li></ul><p>如发现隐患，请拨打社区服务电话。</p>", true,
                    AudienceKind.TENANT, null, null, null, false)).notice().id();
            notices.publish(pinned);
            Community first = structure.communities(PageRequest.first(1)).items().get(0);
            notices.publish(notices.create(draft("小区垃圾分类新规", "<h3>12月起施行</h3><p>厨余垃圾请于"
                    + "<strong>每天 7:00–9:00、18:00–20:00</strong>投放至各楼栋分类亭。详见"
                    + "<a href=\"https://www.gov.cn/\">市政府公告</a>。</p>", false, AudienceKind.COMMUNITY,
                    first.id().value(), null, null, false)).notice().id());
            notices.publish(notices.create(draft("独居老人免费体检", "<p>社区卫生服务中心本月为独居老人提供"
                    + "免费体检，网格员将上门预约时间。</p>", false, AudienceKind.TAG, null, Tag.ELDERLY_ALONE, null,
                    false)).notice().id());
            notices.create(draft("春节值班安排（草稿）", "<p>春节期间社区值班表待定。</p>", false, AudienceKind.TENANT,
                    null, null, null, false));
            long withdrawn = notices.create(draft("周末停水通知（已更正）", "<p>原定周末停水取消。</p>", false,
                    AudienceKind.TENANT, null, null, null, false)).notice().id();
            notices.publish(withdrawn);
            notices.withdraw(withdrawn);
        });
        clocks.travelTo(now.minus(Duration.ofDays(10)));
        try {
            ops.run(() -> notices.publish(notices.create(new NoticeCommands.Draft("国庆假期社区服务时间",
                    "<p>假期服务中心 9:00–16:00 开放。</p>", false, null, now.minus(Duration.ofDays(3)),
                    AudienceKind.TENANT, null, null, null, false)).notice().id()));
        } finally {
            clocks.backToNow();
        }
        elevator(system, ops, tenantA, now);
        CallerContext opsB = as(CallerContext.system("demo-data", tenantB), "ops-b", tenantB);
        opsB.run(() -> notices.publish(notices.create(draft("绿苑小区消防演练", "<p>本周六上午 10 点在中心花园举行"
                + "消防演练，请各户派一人参加。</p>", true, AudienceKind.TENANT, null, null, null, false)).notice().id()));
    }

    /** The elevator notice with mandatory acknowledgement and partial reach, reminded two hours ago. */
    private void elevator(CallerContext system, CallerContext ops, TenantId tenant, Instant now) {
        List<String> readers = List.of("resident-a", "neighbour-a1", "neighbour-a2", "neighbour-a3");
        Set<Long> buildings = new LinkedHashSet<>();
        for (String reader : readers) {
            ResidentRecord resident = as(system, reader, tenant).call(() -> residents.me());
            buildings.add(system.call(() -> structure.household(resident.household()).building().value()));
        }
        clocks.travelTo(now.minus(Duration.ofHours(3)));
        long elevator;
        try {
            elevator = ops.call(() -> notices.publish(notices.create(draft("电梯年检停运通知",
                    "<p>本楼电梯将于<strong>下周二 9:00–17:00</strong>年检停运，请合理安排出行；"
                            + "行动不便的居民可联系网格员协助。</p><p>请阅读后点击“我已阅读并确认”。</p>", true,
                    AudienceKind.BUILDINGS, null, null, buildings, true)).notice().id()).notice().id());
            long id = elevator;
            as(system, "resident-a", tenant).run(() -> board.acknowledge(id));
            as(system, "neighbour-a1", tenant).run(() -> {
                board.open(id);
                board.acknowledge(id);
            });
            as(system, "neighbour-a2", tenant).run(() -> board.open(id));
            clocks.travelTo(now.minus(Duration.ofHours(2)));
            ops.run(() -> notices.remind(id));
        } finally {
            clocks.backToNow();
        }
    }

    private static NoticeCommands.Draft draft(String title, String body, boolean pinned, AudienceKind audience,
                                              Long target, Tag tag, Set<Long> buildings, boolean acknowledge) {
        return new NoticeCommands.Draft(title, body, pinned, null, null, audience, target, tag, buildings,
                acknowledge);
    }

    private CallerContext as(CallerContext system, String username, TenantId tenant) {
        UserAccount account = system.call(() -> users.list(new UserFilter(username, null, null),
                PageRequest.first(1)).items().get(0));
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }
}
