/**
 * Points accounts (社区积分): versioned earning rules, awards kept as lots that expire, spending that consumes the lots
 * expiring first, the points mall and points as a discount on orders, all on the tenant's ledger.
 */
package org.linli.tenants.points;
