/**
 * Money: payments through the gateway port (Alipay adapter and loopback sandbox), commission splits, settlement,
 * invoicing, reconciliation and finance reporting. May use {@code org.linli.tenants} and {@code org.linli.platform}.
 */
package org.linli.billing;
