/**
 * Which payment gateway an installation uses, chosen from configuration by {@link PaymentGatewayConfiguration}: Alipay
 * itself, the loopback sandbox, the development gateway that confirms at once, or none, and then paying is refused. A
 * real gateway without a public notify address stops the start, because Alipay confirms payments only by notifying that
 * address.
 */
package org.linli.infra.payments;
