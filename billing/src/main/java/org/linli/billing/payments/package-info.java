/**
 * Payment gateways behind the orders' {@link org.linli.tenants.orders.PaymentPort}. For now only the development
 * gateway, which confirms at once.
 */
package org.linli.billing.payments;
