package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.export.Csv;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.forms.Audience;
import org.linli.tenants.forms.FieldType;
import org.linli.tenants.forms.FormCommands;
import org.linli.tenants.forms.FormDefinition;
import org.linli.tenants.forms.FormField;
import org.linli.tenants.forms.FormService;
import org.linli.tenants.forms.RegistryBinding;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.grids.Grid;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.importexport.ImportMode;
import org.linli.tenants.registry.importexport.ImportProgress;
import org.linli.tenants.registry.importexport.ImportReport;
import org.linli.tenants.registry.importexport.ResidentImport;
import org.linli.tenants.registry.residents.IdNumber;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * A fictitious registry for the demo, generated at seed time from a fixed random seed: communities of buildings,
 * units and homes with a few hundred residents (realistic names, valid ID card numbers, mobiles, tags), grids with
 * a grid worker, {@code resident-a} linked to a resident who can see who read their data, and a smart form for
 * visiting elderly people living alone, partly answered.
 */
@ApplicationScoped
public class DemoRegistry {

    private static final Logger LOG = Logger.getLogger(DemoRegistry.class.getName());
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
            "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "建国", "淑珍", "桂英", "志强", "海燕",
            "玉兰", "建华", "晓东", "雨涵", "子轩", "梓萱", "浩然", "文博", "思琪", "凤英", "国庆");
    private static final List<String> RELATIONS = List.of("户主", "配偶", "子女", "父母");

    @Inject
    ResidentImport imports;

    @Inject
    StructureService structure;

    @Inject
    GridService grids;

    @Inject
    UserService users;

    @Inject
    ResidentService residents;

    @Inject
    ResidentDirectory directory;

    @Inject
    FormService forms;

    /** Seeds tenant A (two communities, grids, a grid worker) and tenant B (one community). */
    public void seed(CallerContext platform, TenantId tenantA, TenantId tenantB) {
        CallerContext inA = platform.forTenant(tenantA);
        ImportReport a = inA.call(() -> imports.run("demo-a.csv", csv(new Random(20261129L), List.of("新华小区",
                "幸福里社区"), 4, 6, "320102"), ImportMode.VALID_ROWS, false, ImportProgress.NONE));
        CallerContext inB = platform.forTenant(tenantB);
        ImportReport b = inB.call(() -> imports.run("demo-b.csv", csv(new Random(20261130L), List.of("绿苑小区"),
                3, 5, "320104"), ImportMode.VALID_ROWS, false, ImportProgress.NONE));
        inA.run(() -> {
            List<Community> communities = structure.communities(PageRequest.first(PageRequest.MAX_SIZE)).items();
            UserAccount worker = users.create(new NewUser("grid-a", "孙晓东（网格员）", Role.GRID_WORKER,
                    DemoData.PASSWORD));
            for (int i = 0; i < communities.size(); i++) {
                Grid grid = grids.create(new GridService.GridName("第" + "一二三四".charAt(i) + "网格 · "
                        + communities.get(i).name()));
                grids.assignBuildings(grid.id(), structure.buildings(communities.get(i).id(),
                                PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                        .map(Building::id).map(id -> id.value()).toList());
                if (i == 0) {
                    grids.assignWorkers(grid.id(), List.of(worker.id()));
                }
            }
        });
        inA.run(() -> linkResident("resident-a", "ops-a", tenantA));
        inA.run(this::winterVisits);
        LOG.info(() -> "Demo registry: " + a.imported() + " residents in tenant A, " + b.imported() + " in B");
    }

    /**
     * Links a demo user to an elderly resident, and lets the tenant's operator read the elder's mobile once with a
     * purpose, so that "who saw my data" has something to show.
     */
    private void linkResident(String username, String operatorName, TenantId tenant) {
        UserAccount account = user(username);
        ResidentRecord elder = directory.search(new ResidentDirectory.ResidentFilter(null, null, null,
                Tag.ELDERLY_ALONE, null, null), PageRequest.first(1)).items().get(0);
        residents.linkAccount(elder.id(), account.id());
        residents.update(elder.id(), new ResidentCommands.ResidentChanges(
                account.details().displayName(), null, null, null, null, null, null));
        UserAccount operator = user(operatorName);
        CallerContext.of(Actor.user(operator.id().value(), operator.details().username(),
                        operator.details().displayName(), operator.details().role(), tenant), tenant)
                .run(() -> residents.reveal(elder.id(), PersonalField.MOBILE, "独居老人每周电话回访"));
    }

    /** A published smart form for grid workers, with the first few visits already answered. */
    private void winterVisits() {
        FormDefinition form = forms.create(new FormCommands.NewForm("独居老人冬季走访", "入冬前了解独居老人的取暖与健康情况",
                Audience.GRID_WORKERS, null, null, Tag.ELDERLY_ALONE, List.of(
                new FormCommands.FieldSpec("联系电话", FieldType.REGISTRY, true, List.of(), RegistryBinding.MOBILE),
                new FormCommands.FieldSpec("取暖情况", FieldType.CHOICE, true, List.of("良好", "需要帮助"), null),
                new FormCommands.FieldSpec("备注", FieldType.TEXT, false, List.of(), null))));
        forms.publish(form.id());
        List<FormField> fields = forms.get(form.id()).fields();
        List<ResidentRecord> elders = directory.search(new ResidentDirectory.ResidentFilter(null, null, null,
                Tag.ELDERLY_ALONE, null, null), PageRequest.first(3)).items();
        for (ResidentRecord elder : elders) {
            Map<Long, String> answers = new HashMap<>(forms.prefill(form.id(), elder.id()));
            answers.put(fields.get(1).id(), "良好");
            answers.put(fields.get(2).id(), "已送去电暖器使用说明");
            forms.answer(form.id(), elder.id(), answers, false);
        }
    }

    private UserAccount user(String username) {
        return users.list(new UserFilter(username, null, null), PageRequest.first(1))
                .items().get(0);
    }

    /** A resident list in the import template, about 2.5 people per home. */
    static byte[] csv(Random random, List<String> communities, int buildings, int roomsPerUnit, String region) {
        StringBuilder out = new StringBuilder();
        Csv.Printer csv = Csv.printer(out);
        row(csv, "小区", "楼栋", "单元", "房号", "姓名", "手机号", "身份证号", "出生日期", "性别", "与户主关系", "标签");
        int sequence = 0;
        for (String community : communities) {
            for (int building = 1; building <= buildings; building++) {
                for (int unit = 1; unit <= 2; unit++) {
                    for (int room = 1; room <= roomsPerUnit; room++) {
                        int people = 1 + random.nextInt(4);
                        for (int person = 0; person < people; person++) {
                            LocalDate birth = LocalDate.of(1932 + random.nextInt(85), 1 + random.nextInt(12),
                                    1 + random.nextInt(28));
                            String id = IdNumber.of(region, birth, sequence++);
                            boolean elderlyAlone = people == 1 && birth.getYear() < 1956;
                            String tags = elderlyAlone ? "独居老人" : random.nextInt(12) == 0 ? "志愿者"
                                    : random.nextInt(30) == 0 ? "低保" : "";
                            row(csv, community, building + "栋", unit + "单元",
                                    (1 + (room - 1) / 2) + "0" + (1 + (room - 1) % 2),
                                    SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.get(random.nextInt(
                                            GIVEN.size())),
                                    "1" + "3589".charAt(random.nextInt(4)) + String.format("%09d",
                                            random.nextInt(1_000_000_000)),
                                    id, birth.toString(), "", person == 0 ? "户主" : RELATIONS.get(1 + random.nextInt(3)),
                                    tags);
                        }
                    }
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(Csv.Printer csv, String... cells) {
        try {
            csv.row((Object[]) cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
