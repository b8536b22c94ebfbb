package org.linli.tenants.forms;

import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * Fired (synchronously, inside the transaction) when a resident's answers to a published form were recorded, by the
 * resident or by a grid worker for them, so that community features (points earning rules) can follow it without
 * the forms knowing them. Answering the same form again fires again; followers decide whether it counts twice.
 */
public record FormAnswered(TenantId tenant, ResidentId resident, long formId) {
}
