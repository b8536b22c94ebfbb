/**
 * Payment gateways behind the orders' {@link org.linli.tenants.orders.PaymentPort}: Alipay (page and wap pay,
 * notifies, trade queries, refunds) through {@link org.linli.billing.payments.alipay}, or the development gateway
 * where no Alipay account is configured.
 */
package org.linli.billing.payments;
