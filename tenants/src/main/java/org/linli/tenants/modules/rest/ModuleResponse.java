package org.linli.tenants.modules.rest;

import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleStatus;

import java.time.Instant;

/** A module of the tenant: {@code monthlyFeeFen} in fen (1 yuan = 100 fen), {@code since} when enabled. */
public record ModuleResponse(Module module, boolean free, boolean enabled, long monthlyFeeFen, Instant since) {

    static ModuleResponse of(ModuleStatus status) {
        return new ModuleResponse(status.module(), status.module().isFree(), status.enabled(),
                status.monthlyFee().fen(), status.since());
    }
}
