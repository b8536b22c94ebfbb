package org.linli.billing.invoicing.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.documents.Downloads;
import org.linli.billing.invoicing.Invoice;
import org.linli.billing.invoicing.InvoicePdf;
import org.linli.billing.invoicing.InvoicingService;
import org.linli.billing.invoicing.rest.InvoicingApi.InvoiceResponse;
import org.linli.billing.invoicing.rest.InvoicingApi.IssueRequest;
import org.linli.billing.invoicing.rest.InvoicingApi.LineResponse;
import org.linli.billing.invoicing.rest.InvoicingApi.PayResponse;
import org.linli.billing.invoicing.rest.InvoicingApi.PaymentRequest;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.orders.PaymentPort;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The tenant's monthly module invoices: issued by the platform after the month, paid by the tenant at the gateway's
 * cashier or recorded by the platform as a bank transfer.
 */
@Path("invoices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoicing", description = "Monthly invoices for the tenant's paid modules")
public class InvoiceResource {

    @Inject
    TenantService tenants;

    @Inject
    InvoicingService invoicing;

    @GET
    @Operation(summary = "A page of the tenant's invoices, newest month first, with their lines")
    public PageResponse<InvoiceResponse> list(@BeanParam PageParams paging) {
        return PageResponse.of(invoicing.invoices(paging.request()), this::response);
    }

    @POST
    @Path("issue")
    @Operation(summary = "Issue the invoice of a month that is over (platform operators); 204 when nothing was due")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response issue(IssueRequest request) {
        YearMonth month;
        try {
            month = request == null || request.month() == null ? null : YearMonth.parse(request.month().strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of("month", "month_format"));
        }
        return invoicing.issue(month).map(invoice -> Response.status(Response.Status.CREATED)
                .entity(response(invoice)).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("{id}/payment")
    @Operation(summary = "Record the tenant's bank transfer for an invoice (platform operators)")
    public InvoiceResponse pay(@PathParam("id") long id, PaymentRequest request) {
        return response(invoicing.recordPayment(id, request == null ? null : request.reference()));
    }

    @POST
    @Path("{id}/pay")
    @Operation(summary = "Pay an unpaid invoice at the gateway (tenant operators, finance): answers the cashier's "
            + "address; channel PHONE or DESKTOP (default)")
    public PayResponse payOnline(@PathParam("id") long id, @QueryParam("channel") String channel) {
        PaymentPort.Channel chosen = channel == null ? PaymentPort.Channel.DESKTOP
                : Arrays.stream(PaymentPort.Channel.values()).filter(c -> c.name().equalsIgnoreCase(channel))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(FieldError.of("channel", "one_of", "PHONE, DESKTOP")));
        PaymentPort.PaymentStart start = invoicing.payOnline(id, chosen);
        return new PayResponse(start.confirmed(), start.reference(), start.cashierUrl());
    }

    private InvoiceResponse response(Invoice i) {
        return new InvoiceResponse(i.id(), i.number(), i.period(), i.amount().fen(), i.amount().format(), i.status(),
                i.issuedAt(), i.paidAt(), i.paymentReference(), invoicing.lines(i.id()).stream()
                .map(l -> new LineResponse(l.module(), l.monthlyFee().fen(), l.days(), l.daysInMonth(),
                        l.amount().fen())).toList());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The invoice as PDF, in the caller's language")
    @APIResponse(responseCode = "200", description = "The PDF document",
            content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        Invoice invoice = invoicing.invoice(id);
        byte[] body = InvoicePdf.of(invoice, invoicing.lines(id), tenants.currentName(),
                Messages.fromPreferences(headers.getAcceptableLanguages()));
        return Downloads.attachment(body, "application/pdf", invoice.number() + ".pdf");
    }
}
