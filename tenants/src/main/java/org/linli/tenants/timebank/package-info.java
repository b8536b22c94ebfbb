/**
 * The time bank (时间银行): every verified resident's account of volunteer minutes on the tenant's ledger, with
 * transfers between members, donations to the love pool (爱心池) and its grants, and minutes spent on offerings the
 * tenant lets be paid in time.
 */
package org.linli.tenants.timebank;
