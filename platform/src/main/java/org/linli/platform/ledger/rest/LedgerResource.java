package org.linli.platform.ledger.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.ledger.rest.LedgerApi.BalanceResponse;
import org.linli.platform.ledger.rest.LedgerApi.CheckResponse;
import org.linli.platform.ledger.rest.LedgerApi.LineResponse;
import org.linli.platform.ledger.rest.LedgerApi.PostingResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

/** The tenant's ledger for finance: postings about a reference, the trial balance, the invariant check. */
@Path("ledger")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The double-entry ledger of money, points and time credits")
public class LedgerResource {

    @Inject
    Ledger ledger;

    @GET
    @Path("postings")
    @Operation(summary = "A page of the postings about a business reference (e.g. order:17), with their lines")
    public PageResponse<PostingResponse> postings(@QueryParam("reference") String reference,
                                                  @BeanParam PageParams paging) {
        if (reference == null || reference.isBlank()) {
            throw DomainException.invalid(FieldError.of("reference", "required"));
        }
        return PageResponse.of(ledger.postings(reference.strip(), paging.request()), this::response);
    }

    @GET
    @Path("trial-balance")
    @Operation(summary = "A page of the trial balance: each account's balance per asset (debits positive), of one"
            + " asset when asked")
    public PageResponse<BalanceResponse> trialBalance(@QueryParam("asset") Asset asset, @BeanParam PageParams paging) {
        return PageResponse.of(ledger.trialBalance(asset, paging.request()),
                b -> new BalanceResponse(b.account().code(), b.asset(), b.amount()));
    }

    @GET
    @Path("check")
    @Operation(summary = "Check the ledger's invariants: balanced postings, zero totals, single reversals")
    public CheckResponse check() {
        Ledger.Check check = ledger.check();
        return new CheckResponse(check.clean(), check.postings(), check.lines(), check.unbalancedPostings(),
                check.reversedTwice(), check.totals().stream()
                .map(b -> new BalanceResponse(b.account().code(), b.asset(), b.amount())).toList());
    }

    private PostingResponse response(LedgerPosting p) {
        return new PostingResponse(p.id(), p.kind(), p.idempotencyKey(), p.reference(), p.memo(), p.reverses(),
                p.postedAt(), p.postedBy(), ledger.linesOf(p.id()).stream()
                .map(l -> new LineResponse(l.account().code(), l.asset(), l.amount())).toList());
    }
}
