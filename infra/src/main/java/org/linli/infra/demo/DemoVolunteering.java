package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.volunteering.Activity;
import org.linli.tenants.volunteering.ActivityCommands;
import org.linli.tenants.volunteering.AttendanceService;
import org.linli.tenants.volunteering.SignUp;
import org.linli.tenants.volunteering.VolunteeringService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Tenant A's volunteering, organised by 新华街道志愿服务队 (staff {@code volunteer-a}): a visit to elders living alone
 * a week ago, attended by {@code resident-a} and two neighbours and credited to their time accounts, and two
 * upcoming activities with free places for residents to sign up for.
 */
@ApplicationScoped
public class DemoVolunteering {

    private static final Logger LOG = Logger.getLogger(DemoVolunteering.class.getName());

    @Inject
    UserService users;

    @Inject
    ResidentDirectory residents;

    @Inject
    VolunteeringService activities;

    @Inject
    AttendanceService attendance;

    public void seed(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-data", tenant);
        CallerContext organiser = as(system.call(() -> user("volunteer-a")), tenant);
        CallerContext resident = as(system.call(() -> user("resident-a")), tenant);
        ResidentId residentA = resident.call(() -> residents.me().id());
        List<ResidentId> neighbours = system.call(() -> residents.search(new ResidentDirectory.ResidentFilter(null,
                        null, null, null, ResidentStatus.ACTIVE, null), PageRequest.first(10)).items().stream()
                .map(ResidentRecord::id).filter(id -> !id.equals(residentA)).limit(2).toList());
        long community = system.call(() -> residents.get(residentA).community().value());
        LocalDate today = LocalDate.now(ChinaTime.ZONE);

        organiser.run(() -> {
            Activity visit = activities.publish(new ActivityCommands.NewActivity(community, null, "探访独居老人",
                    "两人一组上门陪伴聊天，检查家中用电与取暖安全", "新华小区各楼栋", at(today.minusDays(7), 9),
                    at(today.minusDays(7), 11), 10, "陪伴聊天、简单家电检查", null));
            credit(visit, residentA, 0, 120);
            for (int i = 0; i < neighbours.size(); i++) {
                credit(visit, neighbours.get(i), 10 * (i + 1), 110 - 20 * i);
            }
            attendance.verify(visit.id());
            attendance.credit(visit.id());
            activities.publish(new ActivityCommands.NewActivity(community, null, "爱心义剪",
                    "为社区老人免费理发，欢迎会理发的居民报名", "新华小区活动室", at(today.plusDays(3), 9),
                    at(today.plusDays(3), 11), 6, "理发", 120L));
            activities.publish(new ActivityCommands.NewActivity(community, null, "河道环境整治",
                    "清理护城河沿岸垃圾，手套与夹子由志愿服务队提供", "护城河新华段", at(today.plusDays(10), 14),
                    at(today.plusDays(10), 16), 20, null, null));
        });
        LOG.info("Demo volunteering: one credited activity, two upcoming");
    }

    /** Enrols {@code volunteer} and records their attendance, from {@code late} minutes after the start. */
    private void credit(Activity activity, ResidentId volunteer, int late, int minutes) {
        SignUp signUp = attendance.enrol(activity.id(), volunteer);
        Instant in = activity.startsAt().plus(Duration.ofMinutes(late));
        attendance.correct(activity.id(), signUp.id(), new ActivityCommands.AttendanceTimes(in,
                in.plus(Duration.ofMinutes(minutes))));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ChinaTime.ZONE).toInstant();
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1)).items().get(0);
    }

    private static CallerContext as(UserAccount account, TenantId tenant) {
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }
}
