package org.linli.tenants.oversight;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTrail;
import org.linli.platform.audit.Outcome;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantId;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A supervisor's dashboards: the jurisdiction's overview (a row per tenant) and the drill-down into one tenant (a
 * row per community, category or module), for a month, and their exports. Figures are read tenant by tenant, each
 * from every {@link OversightSource} in a short transaction of that tenant — no transaction ever spans two
 * tenants. Every look and every export is appended to the audit trail of each tenant whose figures it showed
 * (action {@code oversight.view} or {@code oversight.export}), so the tenant's operators see who looked and when.
 */
@BatchService
public class OversightDashboards {

    /** The audit target of the jurisdiction's overview and of a tenant's drill-down. */
    public static final String OVERVIEW = "dashboard:overview";
    public static final String TENANT = "dashboard:tenant";

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    @Any
    Instance<OversightSource> sources;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller's jurisdiction (empty when no platform operator attached them yet). */
    @Query
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public Jurisdictions.Scope jurisdiction() {
        return jurisdictions.mine();
    }

    /** The jurisdiction's overview for {@code month} (this month when null); audited in each tenant shown. */
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public Dashboard overview(YearMonth month) {
        Jurisdictions.Scope scope = requireScope();
        YearMonth period = monthOr(month);
        Dashboard dashboard = assembly(scope, period).overview(scope.district().orElseThrow().name());
        scope.tenants().forEach(t -> looked(t, "oversight.view", OVERVIEW, period, null));
        return dashboard;
    }

    /** One tenant of the jurisdiction, drilled into; 403 for a tenant outside it. Audited in that tenant. */
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public Dashboard tenant(TenantId tenant, YearMonth month) {
        Jurisdictions.Scope scope = requireScope();
        Jurisdictions.Covered covered = covered(scope, tenant);
        YearMonth period = monthOr(month);
        Dashboard dashboard = assembly(scope, period).drillDown(covered);
        looked(covered, "oversight.view", TENANT, period, null);
        return dashboard;
    }

    /**
     * The overview ({@code tenant} null) or a drill-down as a workbook or a PDF in {@code locale}; audited as an
     * export in each tenant it shows.
     */
    @RequiresPermission(Permissions.OVERSIGHT_READ)
    public byte[] export(TenantId tenant, YearMonth month, ExportFormat format, Locale locale) {
        Jurisdictions.Scope scope = requireScope();
        YearMonth period = monthOr(month);
        DashboardAssembly assembly = assembly(scope, period);
        Dashboard dashboard;
        List<Jurisdictions.Covered> shown;
        if (tenant == null) {
            dashboard = assembly.overview(scope.district().orElseThrow().name());
            shown = scope.tenants();
        } else {
            Jurisdictions.Covered covered = covered(scope, tenant);
            dashboard = assembly.drillDown(covered);
            shown = List.of(covered);
        }
        byte[] document = format == ExportFormat.XLSX ? DashboardWorkbook.render(dashboard, locale)
                : DashboardPdf.render(dashboard, locale);
        shown.forEach(t -> looked(t, "oversight.export", tenant == null ? OVERVIEW : TENANT, period,
                format.name().toLowerCase(Locale.ROOT)));
        return document;
    }

    /** The document formats of an export. */
    public enum ExportFormat { XLSX, PDF }

    private Jurisdictions.Scope requireScope() {
        Jurisdictions.Scope scope = jurisdictions.mine();
        if (scope.district().isEmpty()) {
            throw DomainException.notFound("oversight_no_jurisdiction");
        }
        return scope;
    }

    private static Jurisdictions.Covered covered(Jurisdictions.Scope scope, TenantId tenant) {
        return scope.tenants().stream().filter(t -> t.id() == tenant.value()).findFirst()
                .orElseThrow(() -> DomainException.forbidden("oversight_outside_jurisdiction"));
    }

    private YearMonth monthOr(YearMonth month) {
        return month != null ? month : YearMonth.now(clock.withZone(ChinaTime.ZONE));
    }

    private DashboardAssembly assembly(Jurisdictions.Scope scope, YearMonth month) {
        Map<Long, List<Figure>> figures = new LinkedHashMap<>();
        for (Jurisdictions.Covered tenant : scope.tenants()) {
            List<Figure> all = new ArrayList<>();
            for (OversightSource source : sources) {
                all.addAll(TenantContext.callAs(TenantId.of(tenant.id()), () -> source.figures(month)));
            }
            figures.put(tenant.id(), all);
        }
        return new DashboardAssembly(month, scope.tenants(), figures);
    }

    private void looked(Jurisdictions.Covered tenant, String action, String dashboard, YearMonth month,
                        String format) {
        TenantContext.runAs(TenantId.of(tenant.id()), () -> audit.appendIndependently(action, dashboard,
                Outcome.SUCCESS, "month=" + month + (format == null ? "" : " format=" + format)));
    }
}
