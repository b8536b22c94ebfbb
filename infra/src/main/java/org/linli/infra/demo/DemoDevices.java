package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.AlertLabel;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceEvent;
import org.linli.tenants.devices.DeviceEventPipeline;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.DeviceSilence;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.devices.EventKind;
import org.linli.tenants.eldercare.CareService;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A week of 新华街道's devices: smoke detectors, a lift e-bike detector and a camera that sees thrown objects in
 * 新华小区; a smoke detector, a panic button and a door sensor in 幸福里社区. Their events go through the same
 * pipeline as signed ones: alerts that opened cases (one made critical by two detectors of a building), repeats,
 * a low-battery alert at night kept quiet, labels (one detector is noisy: two false alarms of three), and the
 * door sensor silent for three days — offline, with its maintenance case. resident-a's mother, who lives alone, has a
 * door sensor and a water meter at home: three days ago her morning was still and resident-a acknowledged the
 * alert after a phone call; yesterday nobody did, and the alert became a case before she was back at one o'clock.
 */
@ApplicationScoped
public class DemoDevices {
    /** Demo devices report rarely, so that they stay online while the demo runs for days without a simulator. */
    private static final int WEEKLY = DeviceCommands.MAX_HEARTBEAT_MINUTES;

    @Inject
    UserService users;

    @Inject
    StructureService structure;

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceEventPipeline pipeline;

    @Inject
    AlertDesk alerts;

    @Inject
    DeviceSilence silence;

    @Inject
    ElderActivity activity;

    @Inject
    CareService care;

    @Inject
    ResidentDirectory residents;

    @Inject
    Clocks clocks;

    @Inject
    Clock clock;

    public void seed(TenantId xinhua) {
        CallerContext system = CallerContext.system("demo-data", xinhua);
        CallerContext ops = as(system, "ops-a", xinhua);
        CallerContext worker = as(system, "grid-a", xinhua);
        List<Community> communities = system.call(() -> structure.communities(PageRequest.first(10)).items());
        Community xinhuaEstate = named(communities, "新华小区");
        Community xingfuli = named(communities, "幸福里社区");
        List<Building> first = system.call(() -> structure.buildings(xinhuaEstate.id(), PageRequest.first(5))
                .items());
        List<Building> second = system.call(() -> structure.buildings(xingfuli.id(), PageRequest.first(5)).items());
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        try {
            at(today.minusDays(8), 9, 0);
            long hallway = ops.call(() -> building(registry, "1栋楼道烟感", DeviceKind.SMOKE_DETECTOR,
                    first.get(0), WEEKLY));
            long thirdFloor = ops.call(() -> building(registry, "1栋3层烟感", DeviceKind.SMOKE_DETECTOR,
                    first.get(0), WEEKLY));
            long lift = ops.call(() -> building(registry, "2栋电梯电动车识别", DeviceKind.LIFT_EBIKE_DETECTOR,
                    first.get(1), WEEKLY));
            long camera = ops.call(() -> building(registry, "3栋高空抛物摄像头", DeviceKind.CAMERA_ANALYTICS,
                    first.get(2), WEEKLY));
            long smoke = ops.call(() -> building(registry, "1栋烟感", DeviceKind.SMOKE_DETECTOR, second.get(0),
                    WEEKLY));
            long panic = ops.call(() -> registry.register(new DeviceCommands.Registration("北门紧急呼叫",
                    DeviceKind.PANIC_BUTTON, PlaceKind.COMMON_AREA, xingfuli.id().value(), null, null, "北门",
                    WEEKLY)).device().id());
            long door = ops.call(() -> building(registry, "2栋单元门磁", DeviceKind.DOOR_SENSOR, second.get(1),
                    120));

            at(today.minusDays(7), 10, 15);
            long thrown = event(system, camera, EventKind.THROWING_OBJECT, "3栋东侧识别到坠物");
            at(today.minusDays(6), 14, 0);
            long ebike = event(system, lift, EventKind.EBIKE_IN_LIFT, "轿厢内识别到电动车");
            at(today.minusDays(6), 14, 3);
            event(system, lift, EventKind.EBIKE_IN_LIFT, "轿厢内识别到电动车");
            at(today.minusDays(5), 3, 10);
            long steam = event(system, hallway, EventKind.SMOKE, "烟雾浓度 0.12 dB/m");
            at(today.minusDays(4), 12, 0);
            long fire = event(system, thirdFloor, EventKind.SMOKE, "烟雾浓度 0.31 dB/m");
            at(today.minusDays(4), 12, 1);
            long spread = event(system, hallway, EventKind.SMOKE, "烟雾浓度 0.25 dB/m");
            at(today.minusDays(3), 2, 30);
            event(system, smoke, EventKind.LOW_BATTERY, "电量 8%");
            at(today.minusDays(3), 7, 40);
            event(system, door, EventKind.DOOR_OPEN, null);
            at(today.minusDays(3), 9, 0);
            long pressed = event(system, panic, EventKind.PANIC, "按钮被按下");
            at(today.minusDays(2), 20, 0);
            event(system, camera, EventKind.THROWING_OBJECT, "3栋东侧识别到坠物");
            at(today.minusDays(1), 16, 0);
            long toast = event(system, hallway, EventKind.SMOKE, "烟雾浓度 0.10 dB/m");

            worker.run(() -> alerts.label(thrown, AlertLabel.TRUE_POSITIVE));
            worker.run(() -> alerts.label(ebike, AlertLabel.TRUE_POSITIVE));
            worker.run(() -> alerts.label(steam, AlertLabel.FALSE_POSITIVE));
            worker.run(() -> alerts.label(fire, AlertLabel.TRUE_POSITIVE));
            worker.run(() -> alerts.label(spread, AlertLabel.TRUE_POSITIVE));
            worker.run(() -> alerts.label(toast, AlertLabel.FALSE_POSITIVE));
            ops.run(() -> alerts.label(pressed, AlertLabel.FALSE_POSITIVE));
            elderAtHome(system, ops, xinhua, today);
            clocks.backToNow();
            for (long device : List.of(hallway, thirdFloor, lift, camera, smoke, panic)) {
                event(system, device, EventKind.HEARTBEAT, null);
            }
            system.run(silence::sweep);
        } finally {
            clocks.backToNow();
        }
    }

    /** A week at the home of resident-a's mother (see the class description). */
    private void elderAtHome(CallerContext system, CallerContext ops, TenantId xinhua, LocalDate today) {
        CallerContext daughter = as(system, "resident-a", xinhua);
        CareService.Elder mother = daughter.call(care::myElders).get(0);
        long home = system.call(() -> residents.get(mother.id()).household().value());
        at(today.minusDays(8), 9, 30);
        long door = ops.call(() -> registry.register(new DeviceCommands.Registration("家门门磁",
                DeviceKind.DOOR_SENSOR, PlaceKind.HOUSEHOLD, null, null, home, null, WEEKLY)).device().id());
        long water = ops.call(() -> registry.register(new DeviceCommands.Registration("智能水表",
                DeviceKind.WATER_METER, PlaceKind.HOUSEHOLD, null, null, home, null, WEEKLY)).device().id());
        for (int daysAgo = 7; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            boolean stillMorning = daysAgo == 3;
            boolean stillDay = daysAgo == 1;
            if (!stillMorning && !stillDay) {
                at(day, 7, 30);
                event(system, door, EventKind.DOOR_OPEN, null);
                at(day, 8, 0);
                event(system, water, EventKind.WATER_FLOW, "12 L");
                at(day, 12, 0);
                event(system, water, EventKind.WATER_FLOW, "6 L");
            }
            if (stillMorning) {
                at(day, 11, 5);
                system.call(activity::sweep);
                at(day, 11, 20);
                long concern = daughter.call(() -> activity.concerns(true, PageRequest.first(1))).items().get(0)
                        .concern().id();
                daughter.call(() -> activity.acknowledge(concern, "已电话联系，妈妈说腿疼在家休息"));
                at(day, 15, 0);
                event(system, door, EventKind.DOOR_OPEN, null);
            }
            if (stillDay) {
                at(day, 11, 5);
                system.call(activity::sweep);
                at(day, 12, 10);
                system.call(activity::sweep);
                at(day, 13, 0);
                event(system, door, EventKind.DOOR_OPEN, null);
            }
            at(day, 18, 30);
            event(system, door, EventKind.DOOR_OPEN, null);
            at(day, 18, 35);
            system.call(activity::sweep);
        }
    }

    private static long building(DeviceRegistry registry, String name, DeviceKind kind, Building building,
                                 int heartbeat) {
        return registry.register(new DeviceCommands.Registration(name, kind, PlaceKind.BUILDING, null,
                building.id().value(), null, null, heartbeat)).device().id();
    }

    /** Sends the device's event at the clock's time; answers the alert it counted towards (0 for none). */
    private long event(CallerContext system, long device, EventKind kind, String detail) {
        DeviceEventPipeline.Receipt receipt = system.call(() -> pipeline.accept(device,
                UUID.randomUUID().toString(), new DeviceEvent(kind, clock.instant(), null, detail)));
        return receipt.alertId() == null ? 0 : receipt.alertId();
    }

    private static Community named(List<Community> communities, String name) {
        return communities.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private void at(LocalDate day, int hour, int minute) {
        clocks.travelTo(day.atTime(hour, minute).atZone(ChinaTime.ZONE).toInstant());
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
