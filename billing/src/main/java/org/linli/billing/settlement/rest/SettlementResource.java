package org.linli.billing.settlement.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.documents.Downloads;
import org.linli.billing.settlement.PayoutAccountService;
import org.linli.billing.settlement.SettlementService;
import org.linli.billing.settlement.SettlementTermsService;
import org.linli.billing.settlement.StatementPdf;
import org.linli.billing.settlement.rest.SettlementApi.BalanceResponse;
import org.linli.billing.settlement.rest.SettlementApi.BatchResponse;
import org.linli.billing.settlement.rest.SettlementApi.MyPayoutAccountResponse;
import org.linli.billing.settlement.rest.SettlementApi.PayeeRequest;
import org.linli.billing.settlement.rest.SettlementApi.PayoutAccountBody;
import org.linli.billing.settlement.rest.SettlementApi.TermsRequest;
import org.linli.billing.settlement.rest.SettlementApi.TermsResponse;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.marketplace.ProviderId;

import java.util.List;

/** Settlement for finance: the T+N cycle, batches per payee (draft, approve, pay, retry) and where payees stand. */
@Path("settlements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement", description = "Paying providers and the tenant what they earned")
public class SettlementResource {

    @Inject
    SettlementService settlement;

    @Inject
    SettlementTermsService cycle;

    @Inject
    PayoutAccountService accounts;

    @Inject
    TenantService tenants;

    @GET
    @Path("terms")
    @Operation(summary = "The settlement cycle: money is settled N days after the order was paid")
    public TermsResponse terms() {
        return new TermsResponse(cycle.terms().settleAfterDays());
    }

    @PUT
    @Path("terms")
    @Operation(summary = "Change the settlement cycle (0–90 days)")
    public TermsResponse changeTerms(@Valid @NotNull TermsRequest request) {
        return new TermsResponse(cycle.changeTerms(request.settleAfterDays()).settleAfterDays());
    }

    @GET
    @Operation(summary = "A page of the batches, newest first")
    public PageResponse<BatchResponse> batches(@BeanParam PageParams paging) {
        return PageResponse.of(settlement.batches(paging.request()), BatchResponse::of);
    }

    @POST
    @Path("draft")
    @Operation(summary = "Draft this cycle's batches, one per payee with money due")
    public List<BatchResponse> draft() {
        return settlement.draft().stream().map(BatchResponse::of).toList();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a drafted batch")
    public BatchResponse approve(@PathParam("id") long id) {
        return BatchResponse.of(settlement.approve(id));
    }

    @POST
    @Path("{id}/pay")
    @Operation(summary = "Pay an approved batch out (or retry a failed payout)")
    public BatchResponse pay(@PathParam("id") long id) {
        return BatchResponse.of(settlement.pay(id));
    }

    @GET
    @Path("payout-accounts")
    @Operation(summary = "The payees' Alipay accounts that settlements are paid to")
    @BoundedList("one account per payee: the tenant and each of its providers")
    public List<PayoutAccountBody> payoutAccounts() {
        return accounts.list().stream().map(PayoutAccountBody::of).toList();
    }

    @PUT
    @Path("payout-accounts")
    @Operation(summary = "Propose where a payee (TENANT, or PROVIDER with providerId) receives its settlements;"
            + " in force once another finance user confirms it")
    public PayoutAccountBody proposePayoutAccount(@Valid @NotNull PayoutAccountBody body) {
        return PayoutAccountBody.of(accounts.propose(body.payee(), provider(body.providerId()), body.alipayUserId(),
                body.holder()));
    }

    @GET
    @Path("payout-accounts/mine")
    @Operation(summary = "My provider's payout account (provider staff), masked, with any change awaiting confirmation")
    public MyPayoutAccountResponse myPayoutAccount() {
        return accounts.mine().map(MyPayoutAccountResponse::of)
                .orElseThrow(() -> DomainException.notFound("payout_account_not_found"));
    }

    @POST
    @Path("payout-accounts/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a proposed payout account in force (a finance user other than the proposer)")
    public PayoutAccountBody confirmPayoutAccount(@Valid @NotNull PayeeRequest body) {
        return PayoutAccountBody.of(accounts.confirm(body.payee(), provider(body.providerId())));
    }

    @POST
    @Path("payout-accounts/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop a proposed payout account change")
    public PayoutAccountBody withdrawPayoutAccount(@Valid @NotNull PayeeRequest body) {
        return PayoutAccountBody.of(accounts.withdraw(body.payee(), provider(body.providerId())));
    }

    @GET
    @Path("{id}/statement")
    @Produces("application/pdf")
    @Operation(summary = "The batch's settlement statement as PDF: payee, payout and the orders it draws on")
    @APIResponse(responseCode = "200", description = "The PDF document",
            content = @Content(mediaType = "application/pdf"))
    public Response statement(@PathParam("id") long id, @Context HttpHeaders headers) {
        SettlementService.Statement statement = settlement.statement(id);
        byte[] body = StatementPdf.of(statement, tenants.currentName(),
                Messages.fromPreferences(headers.getAcceptableLanguages()));
        return Downloads.attachment(body, "application/pdf", "statement-" + statement.batch().requestNo() + ".pdf");
    }

    @GET
    @Path("balances")
    @Operation(summary = "Where each payee stands: earned, claimed by batches, paid, outstanding (negative: owed back)")
    @BoundedList("one standing per payee: the tenant and each of its providers")
    public List<BalanceResponse> balances() {
        return settlement.balances().stream().map(b -> new BalanceResponse(b.payee(), b.providerId(), b.name(),
                b.account(), b.earned().fen(), b.claimed().fen(), b.paid().fen(), b.outstanding().fen())).toList();
    }

    /** The payee's provider as the service names it: none for the tenant's own account. */
    private static ProviderId provider(Long providerId) {
        return providerId == null ? null : new ProviderId(providerId);
    }
}
