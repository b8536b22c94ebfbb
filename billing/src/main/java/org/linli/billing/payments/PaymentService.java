package org.linli.billing.payments;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.billing.payments.alipay.AlipayConnection;
import org.linli.billing.payments.alipay.AlipayGateway;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.ServiceOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the gateway says about payments, turned into order, invoice and ledger facts exactly once: its notifies, the
 * trade queries that recover a notify that never came, and the closing of trades nobody paid. Each payment row is
 * locked while it is decided, so duplicate and concurrent notifies wait for each other and find the work done.
 */
@ApplicationService
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    OrderService orders;

    @Inject
    InvoiceReceipts invoices;

    @Inject
    AlipayConnection alipay;

    @Inject
    Clock clock;

    /** What the gateway reported for one trade (from a notify or a query). */
    public record GatewayReport(String tradeStatus, String gatewayTradeNo, Money amount, Instant paidAt) {

        boolean paid() {
            return "TRADE_SUCCESS".equals(tradeStatus) || "TRADE_FINISHED".equals(tradeStatus);
        }
    }

    /** How a report was taken: applied (or already applied), or refused because it does not match the payment. */
    public enum Outcome { APPLIED, UNKNOWN_TRADE, AMOUNT_MISMATCH }

    /** What one recovery round did. */
    public record Recovery(int checked, int confirmed, int closed) {
    }

    /**
     * Applies the gateway's report on a trade of the tenant acted for. Paid: the payment and its order become paid
     * (the order's split is posted with it) unless that was done already. Closed: a waiting payment is closed.
     */
    @Audited("payment.report")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public Outcome report(@AuditTarget String tradeNumber, @AuditDetail GatewayReport report) {
        Payment payment = locked(tradeNumber).orElse(null);
        if (payment == null) {
            return Outcome.UNKNOWN_TRADE;
        }
        if (report.amount() == null || !report.amount().equals(payment.amount())) {
            LOG.warning(() -> "gateway reports " + report.amount() + " for " + tradeNumber + " of "
                    + payment.amount());
            return Outcome.AMOUNT_MISMATCH;
        }
        if (report.paid()) {
            confirm(payment, report);
        } else if ("TRADE_CLOSED".equals(report.tradeStatus()) && report.paidAt() == null) {
            payment.markClosed(clock.instant());
        }
        return Outcome.APPLIED;
    }

    /**
     * Asks the gateway about every payment still waiting {@code olderThan} after it was opened: paid ones are
     * confirmed, expired unpaid ones closed at the gateway and here. Runs every minute (leaving a minute for the
     * notify) and on demand.
     */
    @Audited("payment.recover")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public Recovery recover(Duration olderThan) {
        TenantContext.require();
        Instant now = clock.instant();
        List<Long> waiting = waiting(now.minus(olderThan), 200);
        try {
            return recover(waiting, now);
        } catch (AlipayGateway.Unavailable e) {
            throw DomainException.conflict("gateway_unavailable");
        }
    }

    private Recovery recover(List<Long> waiting, Instant now) {
        int confirmed = 0;
        int closed = 0;
        for (Long id : waiting) {
            Payment payment = em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (payment.status() != PaymentStatus.WAITING) {
                continue;
            }
            Optional<AlipayGateway.Trade> trade = alipay.gateway().query(payment.tradeNumber());
            if (trade.isPresent() && trade.get().paid()) {
                AlipayGateway.Trade t = trade.get();
                if (t.amount().equals(payment.amount())) {
                    confirm(payment, new GatewayReport(t.status(), t.tradeNo(), t.amount(), t.paidAt()));
                    confirmed++;
                }
            } else if (payment.expiresAt().isBefore(now)) {
                try {
                    alipay.gateway().close(payment.tradeNumber());
                } catch (AlipayGateway.Refused paidMeanwhile) {
                    // Paid between the query and the close: the next round (or its notify) confirms it.
                    continue;
                }
                payment.markClosed(now);
                closed++;
            }
        }
        return new Recovery(waiting.size(), confirmed, closed);
    }

    /** Whether any payment has waited {@code olderThan} for its notify: the watch recovers only then. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public boolean anyWaiting(Duration olderThan) {
        TenantContext.require();
        return !waiting(clock.instant().minus(olderThan), 1).isEmpty();
    }

    /**
     * The payer is back from the cashier: if the order's payment still waits, ask the gateway at once rather than
     * wait for the notify. Only someone who may see the order may ask.
     */
    @Audited("payment.check")
    @RequiresPermission(Permissions.ORDER_READ)
    public PaymentStatus check(@AuditTarget OrderId order) {
        orders.get(order);
        return checkLatest(TradeNumber.Subject.ORDER, order.value());
    }

    /** The tenant is back from paying an invoice at the cashier: as {@link #check(OrderId)}, for the invoice. */
    @Audited("payment.check-invoice")
    @RequiresPermission(Permissions.INVOICE_READ)
    public PaymentStatus checkInvoice(@AuditTarget long invoiceId) {
        TenantContext.require();
        return checkLatest(TradeNumber.Subject.INVOICE, invoiceId);
    }

    private PaymentStatus checkLatest(TradeNumber.Subject subject, long subjectId) {
        Payment payment = Payment.attempts(em, subject, subjectId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("payment_not_found"));
        if (payment.status() != PaymentStatus.WAITING) {
            return payment.status();
        }
        em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.WAITING) {
            try {
                alipay.gateway().query(payment.tradeNumber()).filter(AlipayGateway.Trade::paid)
                        .filter(t -> t.amount().equals(payment.amount()))
                        .ifPresent(t -> confirm(payment, new GatewayReport(t.status(), t.tradeNo(), t.amount(),
                                t.paidAt())));
            } catch (AlipayGateway.Unavailable e) {
                LOG.info(() -> "payment check of " + payment.tradeNumber() + " left to the watch: " + e.getMessage());
            }
        }
        return payment.status();
    }

    /** The payment attempts of an order, newest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Payment> payments(OrderId order) {
        TenantContext.require();
        return Payment.attempts(em, TradeNumber.Subject.ORDER, order.value()).getResultList();
    }

    /** The payment attempts of a module invoice, newest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Payment> invoicePayments(long invoiceId) {
        TenantContext.require();
        return Payment.attempts(em, TradeNumber.Subject.INVOICE, invoiceId).getResultList();
    }

    /** The refunds of a payment, oldest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<PaymentRefund> refunds(long paymentId) {
        TenantContext.require();
        return em.createQuery("select r from PaymentRefund r where r.paymentId = :payment order by r.id",
                PaymentRefund.class).setParameter("payment", paymentId).getResultList();
    }

    private void confirm(Payment payment, GatewayReport report) {
        Instant paidAt = report.paidAt() == null ? clock.instant() : report.paidAt();
        if (!payment.markPaid(report.gatewayTradeNo(), paidAt)) {
            return;
        }
        // The order or invoice is moved by the gateway's job whoever asked (a notify, the watch, finance, the payer
        // back from the cashier). Its state is read first: a failed call would doom the whole transaction.
        CallerContext gateway = CallerContext.system("alipay", TenantContext.require());
        if (payment.subject() == TradeNumber.Subject.INVOICE) {
            if (!gateway.call(() -> invoices.received(payment.subjectId(), payment.tradeNumber(), payment.amount(),
                    paidAt))) {
                giveBack(payment, "账单已付款，全额退回");
            }
            return;
        }
        ServiceOrder order = gateway.call(() -> orders.get(payment.order())).order();
        if (order.status() == OrderStatus.PLACED) {
            gateway.run(() -> orders.confirmPayment(payment.order(), payment.tradeNumber(), payment.amount()));
        } else if (!payment.tradeNumber().equals(order.paymentReference())) {
            // Paid after the order was cancelled, or paid again through another attempt.
            giveBack(payment, "订单已取消或已支付，全额退回");
        }
    }

    /** A payment nothing is owed for goes back in full at once. */
    private void giveBack(Payment payment, String reason) {
        String requestNo = "BACK" + payment.tradeNumber();
        Instant at = alipay.gateway().refund(payment.tradeNumber(), payment.amount(), requestNo, reason);
        em.persist(new PaymentRefund(payment, requestNo, payment.amount(), at));
        payment.addRefund(payment.amount());
        LOG.info(() -> "payment " + payment.tradeNumber() + " was not owed any more: refunded in full");
    }

    private List<Long> waiting(Instant openedBefore, int limit) {
        return em.createQuery("select p.id from Payment p where p.status = :waiting and p.openedAt < :before"
                        + " order by p.id", Long.class)
                .setParameter("waiting", PaymentStatus.WAITING).setParameter("before", openedBefore)
                .setMaxResults(limit).getResultList();
    }

    private Optional<Payment> locked(String tradeNumber) {
        return Payment.byTradeNumber(em, tradeNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
