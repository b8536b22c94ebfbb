package org.linli.billing.settlement;

/** Who a settlement batch pays: a provider (its payable) or the tenant (its revenue share). */
public enum Payee { PROVIDER, TENANT }
