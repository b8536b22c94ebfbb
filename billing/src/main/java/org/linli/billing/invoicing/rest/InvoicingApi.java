package org.linli.billing.invoicing.rest;

import org.linli.billing.invoicing.InvoiceStatus;
import org.linli.tenants.modules.Module;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request and response bodies of {@link InvoiceResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class InvoicingApi {

    private InvoicingApi() {
    }

    public record IssueRequest(String month) {
    }

    public record PaymentRequest(String reference) {
    }

    public record PayResponse(boolean paid, String tradeNumber, String cashierUrl) {
    }

    public record LineResponse(Module module, long monthlyFeeFen, int days, int daysInMonth, long amountFen) {
    }

    public record InvoiceResponse(long id, String number, LocalDate period, long amountFen, String amount,
                                  InvoiceStatus status, Instant issuedAt, Instant paidAt, String paymentReference,
                                  List<LineResponse> lines) {
    }
}
