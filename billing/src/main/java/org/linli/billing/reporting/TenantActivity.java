package org.linli.billing.reporting;

import jakarta.inject.Inject;
import org.linli.billing.invoicing.InvoicingService;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.identity.AccountStatus;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantDirectory;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantSummary;
import org.linli.tenants.registry.residents.ResidentDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform operator's look over every tenant: this month's orders and paid revenue, active residents, enabled
 * accounts, and what each tenant still owes the platform. Each tenant's figures are read by the operator acting for
 * that tenant in turn, through the tenant's own services — short transactions of one tenant each, so tenant scoping
 * stays exactly what it is inside one tenant (as for {@link PlatformRevenue}). Tenant users never see it.
 */
@BatchService
public class TenantActivity {

    @Inject
    TenantDirectory tenants;

    @Inject
    RevenueReport revenue;

    @Inject
    InvoicingService invoicing;

    @Inject
    ResidentDirectory residents;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    /** One active tenant's month so far, and its invoices issued and not yet paid. */
    public record Line(TenantId tenant, String name, TenantKind kind, long orders, Money paid, long residents,
                       long accounts, long unpaidInvoices, Money unpaid) {
    }

    /** Every active tenant, oldest first, with this month's figures (China time) up to today. */
    @Query
    @RequiresPermission(Permissions.TENANT_READ)
    public List<Line> thisMonth() {
        Actor actor = CurrentUser.require();
        if (!actor.isPlatformUser()) {
            throw DomainException.forbidden("forbidden");
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        List<Line> lines = new ArrayList<>();
        for (TenantId tenant : tenants.active()) {
            TenantSummary summary = tenants.find(tenant).orElse(null);
            if (summary == null) {
                continue;
            }
            lines.add(CallerContext.of(actor, tenant).call(() -> line(summary, today)));
        }
        return lines;
    }

    private Line line(TenantSummary tenant, LocalDate today) {
        Revenue.Line month = revenue.revenue(today.withDayOfMonth(1), today).total();
        long active = residents.countByGrid(null, null, null).values().stream().mapToLong(Long::longValue).sum();
        long accounts = users.list(new UserFilter(null, null, AccountStatus.ENABLED), PageRequest.first(1)).total();
        InvoicingService.Outstanding owed = invoicing.outstanding();
        return new Line(tenant.id(), tenant.name(), tenant.kind(), month.orders(), month.paid(), active, accounts,
                owed.invoices(), owed.amount());
    }
}
