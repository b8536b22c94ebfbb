/**
 * The loopback Alipay sandbox: a stand-in for Alipay's open platform that speaks its protocol (signed gateway
 * requests and answers, the cashier, notifies with Alipay's retry schedule, daily bills) with test keys, for demo
 * mode and the tests. Its account and trades live in the database ({@link org.linli.infra.sandbox.alipay.SandboxBook}),
 * so every node of a cluster is the same gateway.
 */
package org.linli.infra.sandbox.alipay;
