package org.linli.tenants.volunteering;

import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * Fired once per volunteer when an activity's verified attendance has been credited to the time bank, in the
 * crediting transaction. Points earning rules listen to it; a reversal of the credit fires nothing.
 */
public record MinutesCredited(TenantId tenant, ResidentId resident, long minutes, long activityId, String reference) {
}
