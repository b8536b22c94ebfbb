package org.linli.tenants.orders;

import org.linli.tenants.registry.residents.ResidentId;

/**
 * Whether a resident may book for another resident — a family member for an elder, say. Features that know such
 * relations implement it; an order for someone else is placed only if one of them allows it.
 */
public interface BookingMandate {

    boolean allows(ResidentId booker, ResidentId subject);
}
