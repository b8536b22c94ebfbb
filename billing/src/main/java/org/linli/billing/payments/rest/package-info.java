/**
 * The payments API: Alipay's asynchronous notify ({@link AlipayNotifyResource}), answered {@code success} only once the
 * notify is durably recorded (or is not ours to record), so that Alipay retries anything else, and finance's view of
 * payment attempts, refunds and recovery ({@link PaymentResource}). The notify's signature is checked by
 * {@link org.linli.billing.payments.alipay.AlipayNotifications}, never here; everything else goes through
 * {@link org.linli.billing.payments.PaymentService}, where permissions and audit live.
 */
package org.linli.billing.payments.rest;
