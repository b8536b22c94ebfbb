/**
 * The modules a tenant runs — the free basic services and the paid ones (housekeeping, elder care, parking,
 * delivery, ads) — their subscriptions by period for billing, and the guard that refuses a module's use cases while
 * it is not enabled, and the adoption figures supervisors read.
 */
package org.linli.tenants.modules;
