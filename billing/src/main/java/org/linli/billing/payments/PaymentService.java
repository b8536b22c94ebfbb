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
import org.linli.tenants.checkout.CheckoutPort;
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
    GatewayCalls calls;

    @Inject
    CheckoutReceipts receipts;

    @Inject
    Clock clock;

    /** What the gateway reported for one trade (from a notify or a query). */
    public record GatewayReport(String tradeStatus, String gatewayTradeNo, Money amount, Instant paidAt) {

        /**
         * Paid, including a trade closed after it was paid (refunded in full at the gateway — perhaps by a refund
         * whose answer this server lost): the money came in, and its refund is recorded against the payment.
         */
        boolean paid() {
            return "TRADE_SUCCESS".equals(tradeStatus) || "TRADE_FINISHED".equals(tradeStatus)
                    || ("TRADE_CLOSED".equals(tradeStatus) && paidAt != null);
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
     * Records a checkout's payment that its owner refused in a way that doomed the transaction applying the report
     * (see {@link CheckoutRefusal}): paid, booked and given back in full, the refusal noted, without asking the owner
     * again. Applying it again changes nothing.
     */
    @Audited("payment.refuse-checkout")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public Outcome refuseCheckout(@AuditTarget String tradeNumber, @AuditDetail GatewayReport report, String code) {
        Payment payment = locked(tradeNumber).orElse(null);
        if (payment == null || payment.subject().purpose().isEmpty()) {
            return Outcome.UNKNOWN_TRADE;
        }
        if (report.amount() == null || !report.amount().equals(payment.amount())) {
            return Outcome.AMOUNT_MISMATCH;
        }
        if (payment.markPaid(report.gatewayTradeNo(), report.paidAt() == null ? clock.instant() : report.paidAt())) {
            receipts.book(payment);
            payment.refusedBy(code);
            giveBack(payment, refusalReason(code));
        }
        return Outcome.APPLIED;
    }

    private static String refusalReason(String code) {
        return "无法完成（" + code + "），全额退回";
    }

    /**
     * Asks the gateway about every payment still waiting {@code olderThan} after it was opened: paid ones are
     * confirmed, expired unpaid ones closed at the gateway and here. On demand; the payment watch does the same one
     * payment per transaction ({@link #recoverOne}).
     */
    @Audited("payment.recover")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public Recovery recover(Duration olderThan) {
        TenantContext.require();
        Instant now = clock.instant();
        List<Long> waiting = waiting(now.minus(olderThan), 200);
        int confirmed = 0;
        int closed = 0;
        try {
            for (Long id : waiting) {
                Recovered done = recover(id, now);
                confirmed += done == Recovered.CONFIRMED ? 1 : 0;
                closed += done == Recovered.CLOSED ? 1 : 0;
            }
        } catch (AlipayGateway.Unavailable e) {
            throw DomainException.conflict("gateway_unavailable");
        }
        return new Recovery(waiting.size(), confirmed, closed);
    }

    /** What asking the gateway about one waiting payment did. */
    public enum Recovered { UNCHANGED, CONFIRMED, CLOSED, REFUSED }

    /**
     * Asks the gateway about one waiting payment, in a transaction of its own: paid, it is confirmed; expired
     * unpaid, its trade is closed. A refusal by the gateway is recorded for finance (a discrepancy) and answered as
     * such; an unreachable gateway changes nothing ({@code gateway_unavailable}).
     */
    @Audited("payment.recover-one")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public Recovered recoverOne(@AuditTarget long paymentId) {
        TenantContext.require();
        try {
            return recover(paymentId, clock.instant());
        } catch (AlipayGateway.Unavailable e) {
            throw DomainException.conflict("gateway_unavailable");
        }
    }

    /** The payments waiting {@code olderThan} after they were opened, oldest first (at most 200). */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Long> waitingPayments(Duration olderThan) {
        TenantContext.require();
        return waiting(clock.instant().minus(olderThan), 200);
    }

    /**
     * Lets an order placed but never paid expire (its slot is freed), unless one of its payments is still waiting
     * for the payer or was paid: answers whether it expired. The payment watch asks once the order has been placed
     * longer than the payer has at the cashier; a waiting payment is closed by {@link #recoverOne} first.
     */
    @Audited("payment.expire-order")
    @RequiresPermission(Permissions.FINANCE_MANAGE)
    public boolean expireUnpaid(@AuditTarget OrderId order) {
        TenantContext.require();
        boolean open = Payment.attempts(em, TradeNumber.Subject.ORDER, order.value()).getResultStream()
                .anyMatch(p -> p.status() != PaymentStatus.CLOSED);
        if (open) {
            return false;
        }
        return CallerContext.system("payment-timeout", TenantContext.require()).call(() -> orders.expire(order));
    }

    private Recovered recover(long id, Instant now) {
        Payment payment = em.find(Payment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null || payment.status() != PaymentStatus.WAITING) {
            return Recovered.UNCHANGED;
        }
        Optional<AlipayGateway.Trade> trade;
        try {
            trade = alipay.gateway().query(payment.tradeNumber());
        } catch (AlipayGateway.Refused e) {
            calls.refusedQuery(payment.tradeNumber(), e);
            return Recovered.REFUSED;
        }
        GatewayReport report = trade.map(t -> new GatewayReport(t.status(), t.tradeNo(), t.amount(), t.paidAt()))
                .orElse(null);
        if (report != null && report.paid()) {
            if (!report.amount().equals(payment.amount())) {
                return Recovered.UNCHANGED;
            }
            confirm(payment, report);
            return Recovered.CONFIRMED;
        }
        if (payment.expiresAt().isBefore(now)) {
            // Refused: paid between the query and the close; the next round (or its notify) confirms it.
            GatewayCalls.Answer answer = calls.close(payment);
            return switch (answer.status()) {
                case DONE -> Recovered.CLOSED;
                case REFUSED -> Recovered.REFUSED;
                case UNANSWERED -> Recovered.UNCHANGED;
            };
        }
        return Recovered.UNCHANGED;
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

    /**
     * The most payment attempts listed for one order or invoice: each attempt is a resident or operator going to the
     * cashier again, so a handful is usual; the cap only keeps a runaway loop from filling a response.
     */
    public static final int MAX_ATTEMPTS = 100;

    /** The payment attempts of an order, newest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Payment> payments(OrderId order) {
        TenantContext.require();
        return Payment.attempts(em, TradeNumber.Subject.ORDER, order.value()).setMaxResults(MAX_ATTEMPTS)
                .getResultList();
    }

    /** The payment attempts of a module invoice, newest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Payment> invoicePayments(long invoiceId) {
        TenantContext.require();
        return Payment.attempts(em, TradeNumber.Subject.INVOICE, invoiceId).setMaxResults(MAX_ATTEMPTS)
                .getResultList();
    }

    /** The payment attempts of a flea-market purchase or an ad booking, newest first. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public List<Payment> checkoutPayments(CheckoutPort.Purpose purpose, long subjectId) {
        TenantContext.require();
        return Payment.attempts(em, TradeNumber.Subject.of(purpose), subjectId).setMaxResults(MAX_ATTEMPTS)
                .getResultList();
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
        if (payment.subject().purpose().isPresent()) {
            receipts.received(payment, report).ifPresent(code -> giveBack(payment, refusalReason(code)));
            return;
        }
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
        } else if (order.status() == OrderStatus.CANCELLED
                || !payment.tradeNumber().equals(order.paymentReference())) {
            // Paid after the order was cancelled or expired unpaid, or paid again through another attempt.
            giveBack(payment, "订单已取消或已支付，全额退回");
        }
    }

    /**
     * A payment nothing is owed for goes back in full at once. Should the gateway not answer, the refund stays
     * written down and the payment watch finishes it (the payment is still recorded as paid).
     */
    private void giveBack(Payment payment, String reason) {
        GatewayCalls.Answer answer = calls.refund(payment, "BACK" + payment.tradeNumber(),
                payment.amount().minus(payment.refunded()), reason);
        LOG.info(() -> "payment " + payment.tradeNumber() + " was not owed any more: full refund " + answer.status());
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
