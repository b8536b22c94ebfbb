package org.linli.ui.console.audit;

import com.vaadin.flow.component.Component;
import org.linli.platform.application.PageRequest;
import org.linli.platform.audit.AuditEntry;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantService;

import java.util.HashMap;
import java.util.Map;

/**
 * An audit entry in the reader's words: the action by its name (登录, 支付巡检 — {@code audit.action.*}), a system job
 * by what it does ({@code audit.job.*}), the tenant by its name. What has no label yet shows as recorded, so that
 * nothing is ever hidden from the auditor.
 */
final class AuditLabels {

    private static final String SYSTEM = "system:";

    private final Component translator;
    private final Map<TenantId, String> tenants = new HashMap<>();

    AuditLabels(Component translator, TenantService tenantService) {
        this.translator = translator;
        TenantContext.current().ifPresent(own -> tenants.put(own, tenantService.currentName()));
        if (TenantContext.current().isEmpty() && CurrentUser.isPermitted(Permissions.TENANT_READ)) {
            for (Tenant tenant : tenantService.list(TenantFilter.all(), PageRequest.first(PageRequest.MAX_SIZE))
                    .items()) {
                tenants.put(tenant.id(), tenant.name());
            }
        }
    }

    String action(AuditEntry entry) {
        return labelled("audit.action." + entry.action(), entry.action());
    }

    String actor(AuditEntry entry) {
        String actor = entry.actor();
        if (actor == null || !actor.startsWith(SYSTEM)) {
            return actor;
        }
        String job = actor.substring(SYSTEM.length());
        String name = labelled("audit.job." + job, null);
        return translator.getTranslation("audit.actor.system",
                name != null ? name : translator.getTranslation("audit.job.unknown", job));
    }

    String tenant(AuditEntry entry) {
        return entry.tenant() == null ? "" : tenants.getOrDefault(entry.tenant(), "#" + entry.tenant().value());
    }

    /** The translation of {@code key}, or {@code fallback} when the bundles have none. */
    private String labelled(String key, String fallback) {
        String text = translator.getTranslation(key);
        return text == null || text.startsWith("!") || text.equals(key) ? fallback : text;
    }
}
