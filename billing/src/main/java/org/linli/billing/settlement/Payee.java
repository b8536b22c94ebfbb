package org.linli.billing.settlement;

/**
 * Who is paid: by settlement, a provider (its payable) or the tenant (its revenue share); at the handover of a
 * flea-market sale paid online, the selling resident.
 */
public enum Payee { PROVIDER, TENANT, RESIDENT }
