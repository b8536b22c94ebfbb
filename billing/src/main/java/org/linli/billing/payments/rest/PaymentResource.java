package org.linli.billing.payments.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.payments.Payment;
import org.linli.billing.payments.PaymentService;
import org.linli.billing.payments.TradeNumber;
import org.linli.billing.payments.rest.PaymentsApi.CheckResponse;
import org.linli.billing.payments.rest.PaymentsApi.PaymentResponse;
import org.linli.billing.payments.rest.PaymentsApi.RecoveryResponse;
import org.linli.billing.payments.rest.PaymentsApi.RefundResponse;
import org.linli.platform.application.rest.BoundedList;
import org.linli.tenants.checkout.CheckoutPort;
import org.linli.tenants.orders.OrderId;

import java.time.Duration;
import java.util.List;

/**
 * An order's, invoice's or checkout's (flea-market purchase, ad booking) payment attempts and their refunds, asking
 * the gateway about one now, and recovering
 * payments whose notify never came.
 */
@Path("payments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payment gateways")
public class PaymentResource {

    @Inject
    PaymentService payments;

    @GET
    @Path("orders/{id}")
    @Operation(summary = "The payment attempts of an order at the gateway, newest first (finance)")
    @BoundedList("the attempts to pay one order: a few per order, capped by the service")
    public List<PaymentResponse> ofOrder(@PathParam("id") long order) {
        return payments.payments(new OrderId(order)).stream().map(this::response).toList();
    }

    @POST
    @Path("orders/{id}/check")
    @Operation(summary = "Back from the cashier: ask the gateway now whether the order's payment went through")
    public CheckResponse check(@PathParam("id") long order) {
        return new CheckResponse(payments.check(new OrderId(order)));
    }

    @GET
    @Path("invoices/{id}")
    @Operation(summary = "The payment attempts of a module invoice at the gateway, newest first (finance)")
    @BoundedList("the attempts to pay one monthly invoice: a few per invoice, capped by the service")
    public List<PaymentResponse> ofInvoice(@PathParam("id") long invoice) {
        return payments.invoicePayments(invoice).stream().map(this::response).toList();
    }

    @POST
    @Path("invoices/{id}/check")
    @Operation(summary = "Back from the cashier: ask the gateway now whether the invoice's payment went through")
    public CheckResponse checkInvoice(@PathParam("id") long invoice) {
        return new CheckResponse(payments.checkInvoice(invoice));
    }

    @GET
    @Path("checkouts/{purpose}/{id}")
    @Operation(summary = "The payment attempts of a flea-market purchase (FLEA_RESERVATION) or an ad booking"
            + " (AD_BOOKING) at the gateway, newest first (finance)")
    @BoundedList("the attempts to pay one reservation or booking: a few each, capped by the service")
    public List<PaymentResponse> ofCheckout(@PathParam("purpose") CheckoutPort.Purpose purpose,
                                            @PathParam("id") long id) {
        return payments.checkoutPayments(purpose, id).stream().map(this::response).toList();
    }

    @POST
    @Path("recover")
    @Operation(summary = "Ask the gateway about payments still waiting: confirm paid ones, close expired ones")
    public RecoveryResponse recover() {
        PaymentService.Recovery r = payments.recover(Duration.ZERO);
        return new RecoveryResponse(r.checked(), r.confirmed(), r.closed());
    }

    private PaymentResponse response(Payment p) {
        boolean order = p.subject() == TradeNumber.Subject.ORDER;
        boolean invoice = p.subject() == TradeNumber.Subject.INVOICE;
        return new PaymentResponse(p.tradeNumber(), order ? p.subjectId() : null, invoice ? p.subjectId() : null,
                p.amount().fen(), p.channel(), p.status(),
                p.openedAt(), p.expiresAt(), p.gatewayTradeNo(), p.paidAt(), p.closedAt(), p.refunded().fen(),
                payments.refunds(p.id()).stream()
                        .map(r -> new RefundResponse(r.requestNo(), r.amount().fen(), r.refundedAt())).toList(),
                p.subject(), p.subjectId(), p.refusal());
    }
}
