package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.PlatformAccount;
import org.linli.platform.identity.PlatformUserService;
import org.linli.platform.identity.PublishedPassword;
import org.linli.platform.identity.UserService;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.NewTenant;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.oversight.Jurisdictions;

import java.util.logging.Logger;

/**
 * Fictitious demo data, created once when {@code linli.demo=true}: the platform operator {@code admin}, a platform
 * supervisor, the district 新华街道 (tenant A) with an operator, a grid worker, a resident, provider staff and
 * finance, and the property company 绿苑物业 (tenant B, supervised by 新华街道) with its operator; both with a registry
 * of residents. The supervisor oversees 新华街道 and so 绿苑物业 too. Every password is {@value #PASSWORD}.
 * It goes through the ordinary services as a system job, so it is audited and tenant-scoped like any other change.
 * Demo mode must stay off in production: it refuses PostgreSQL unless told the database is a demo one, and it never
 * adds its accounts to a database that has accounts it did not create (see {@link DemoDatabase}). Whether it seeded
 * already is read from the audit trail: the seed's own records (actor {@code system:demo-data}) mark its database.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "linli-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "linli.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    TenantService tenants;

    @Inject
    PlatformUserService platformUsers;

    @Inject
    UserService users;

    @Inject
    DemoRegistry registry;

    @Inject
    DemoMarketplace marketplace;

    @Inject
    DemoVolunteering volunteering;

    @Inject
    DemoPoints points;

    @Inject
    DemoTimeBank timeBank;

    @Inject
    DemoPointsDiscount pointsDiscount;

    @Inject
    DemoCheckout checkout;

    @Inject
    DemoFlea flea;

    @Inject
    DemoCases cases;

    @Inject
    DemoDevices devices;

    @Inject
    DemoAds ads;

    @Inject
    DemoNotices notices;

    @Inject
    DemoProposals proposals;

    @Inject
    DemoDatabase database;

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    PublishedPassword publishedPassword;

    public void seedIfEnabled() {
        if (!enabled) {
            return;
        }
        CallerContext platform = CallerContext.system(DemoDatabase.SEED_JOB, null);
        switch (database.seeding()) {
            case ALREADY_SEEDED -> {
                LOG.info("Demo mode: demo data present. Sign in as admin, ops-a, ops-b ... with password "
                        + PASSWORD);
                return;
            }
            case REFUSE -> throw new IllegalStateException("Demo mode refuses to seed: this database already has"
                    + " user accounts that the demo did not create, and the demo's accounts have a published"
                    + " password. Turn demo mode off (linli.demo=false), or point it at an empty database.");
            case SEED -> LOG.info("Demo mode: writing the demo data");
        }
        publishedPassword.hashedOnceWhile(PASSWORD, () -> seed(platform));
        LOG.info("Demo mode: demo data created. Sign in as admin, ops-a, ops-b ... with password " + PASSWORD);
    }

    private void seed(CallerContext platform) {
        PlatformAccount supervisor = platform.call(() -> {
            platformUsers.create(new NewUser("admin", "平台管理员 周明", Role.PLATFORM_OPERATOR, PASSWORD));
            return platformUsers.create(new NewUser("supervisor", "区民政局 陈静", Role.SUPERVISOR, PASSWORD));
        });
        Tenant xinhua = platform.call(() -> tenants.create(new NewTenant(TenantKind.DISTRICT, "新华街道")));
        Tenant lvyuan = platform.call(() -> tenants.create(new NewTenant(TenantKind.PROPERTY_COMPANY, "绿苑物业")));
        platform.forTenant(xinhua.id()).run(() -> {
            users.create(new NewUser("ops-a", "王芳", Role.TENANT_OPERATOR, PASSWORD));
            users.create(new NewUser("resident-a", "李建国", Role.RESIDENT, PASSWORD));
            users.create(new NewUser("provider-a", "张丽（安心家政）", Role.PROVIDER_STAFF, PASSWORD));
            users.create(new NewUser("finance-a", "刘洋", Role.FINANCE, PASSWORD));
            users.create(new NewUser("cashier-a", "陈晓（出纳）", Role.FINANCE, PASSWORD));
        });
        platform.forTenant(lvyuan.id()).run(() ->
                users.create(new NewUser("ops-b", "赵敏", Role.TENANT_OPERATOR, PASSWORD)));
        registry.seed(platform, xinhua.id(), lvyuan.id());
        marketplace.seed(platform, xinhua.id(), lvyuan.id());
        volunteering.seed(xinhua.id());
        points.seed(xinhua.id());
        timeBank.seed(xinhua.id());
        pointsDiscount.seed(xinhua.id());
        checkout.seed(xinhua.id());
        flea.seed(xinhua.id());
        ads.seed(xinhua.id());
        notices.seed(xinhua.id(), lvyuan.id());
        proposals.seed(xinhua.id());
        cases.seed(platform, xinhua.id(), lvyuan.id());
        devices.seed(xinhua.id());
        // The supervisor oversees 新华街道 and, through the district's link, 绿苑物业.
        platform.run(() -> jurisdictions.attach(supervisor.id(), xinhua.id()));
    }
}
