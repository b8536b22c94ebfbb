package org.linli.billing.payments;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.linli.billing.checkout.CheckoutBooks;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.checkout.CheckoutPaid;
import org.linli.tenants.checkout.CheckoutPort;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * A checkout's payment has just been recorded as paid (a notify, a trade query, the development gateway): it is
 * booked ({@link CheckoutBooks}) and the feature that owns its purpose is told with {@link CheckoutPaid}, as the
 * gateway's job in the payment's tenant, in the same transaction. A feature that can no longer take the money answers
 * with a 409 {@link DomainException}: the payment then records the refusal, and the caller gives the money back.
 */
@ApplicationScoped
public class CheckoutReceipts {

    private static final Logger LOG = Logger.getLogger(CheckoutReceipts.class.getName());

    @Inject
    CheckoutBooks books;

    @Inject
    Event<CheckoutPaid> paid;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Books a checkout's payment just recorded as paid, without telling its owner. */
    public void book(Payment payment) {
        CallerContext.system("checkout", TenantContext.require()).run(() -> books.recordPayment(payment.id()));
    }

    /**
     * Books the payment and tells its owner; answers the owner's refusal code when the money must go back. A refusal
     * that doomed the transaction (the owner's own transaction boundary marked it for rollback) cannot be answered
     * with a refund here: it is thrown as a {@link CheckoutRefusal} with {@code report}, for the caller to record the
     * payment as refused in a transaction of its own.
     */
    public Optional<String> received(Payment payment, PaymentService.GatewayReport report) {
        CheckoutPort.Purpose purpose = payment.subject().purpose()
                .orElseThrow(() -> new IllegalArgumentException(payment.tradeNumber() + " is no checkout"));
        CallerContext gateway = CallerContext.system("checkout", TenantContext.require());
        book(payment);
        CheckoutPaid event = new CheckoutPaid(TenantContext.require(), purpose, payment.subjectId(),
                payment.tradeNumber(), payment.amount());
        try {
            gateway.run(() -> paid.fire(event));
            return Optional.empty();
        } catch (DomainException e) {
            if (e.kind() != ProblemKind.CONFLICT) {
                throw e;
            }
            if (transactions.getRollbackOnly()) {
                throw new CheckoutRefusal(e.code(), payment.tradeNumber(), report);
            }
            LOG.info(() -> "checkout " + payment.tradeNumber() + " refused by its owner: " + e.code());
            payment.refusedBy(e.code());
            return Optional.of(e.code());
        }
    }
}
