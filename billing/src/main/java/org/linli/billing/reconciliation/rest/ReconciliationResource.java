package org.linli.billing.reconciliation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.reconciliation.ReconciliationService;
import org.linli.billing.reconciliation.rest.ReconciliationApi.DiscrepancyResponse;
import org.linli.billing.reconciliation.rest.ReconciliationApi.ResolveRequest;
import org.linli.billing.reconciliation.rest.ReconciliationApi.RunRequest;
import org.linli.billing.reconciliation.rest.ReconciliationApi.RunResponse;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reconciling the gateway's daily bills with the books, and the queue of what disagreed. */
@Path("reconciliation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation", description = "The gateway's bills against payments, refunds and the ledger")
public class ReconciliationResource {

    @Inject
    ReconciliationService reconciliation;

    @GET
    @Path("runs")
    @Operation(summary = "A page of the reconciliation runs, newest day first")
    public PageResponse<RunResponse> runs(@BeanParam PageParams paging) {
        return PageResponse.of(reconciliation.runs(paging.request()), RunResponse::of);
    }

    @POST
    @Path("runs")
    @Operation(summary = "Reconcile a day (yyyy-MM-dd, China time) against the gateway's bill")
    public RunResponse run(@Valid @NotNull RunRequest request) {
        try {
            return RunResponse.of(reconciliation.run(LocalDate.parse(request.day())));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of("day", "date_format"));
        }
    }

    @GET
    @Path("discrepancies")
    @Operation(summary = "A page of the queue of disagreements, open ones first")
    public PageResponse<DiscrepancyResponse> discrepancies(
            @QueryParam("resolved") @DefaultValue("false") boolean resolved, @BeanParam PageParams paging) {
        return PageResponse.of(reconciliation.discrepancies(resolved, paging.request()), DiscrepancyResponse::of);
    }

    @POST
    @Path("discrepancies/{id}/resolve")
    @Operation(summary = "Resolve a disagreement with a note saying what was done")
    public DiscrepancyResponse resolve(@PathParam("id") long id, ResolveRequest request) {
        return DiscrepancyResponse.of(reconciliation.resolve(id, request == null ? null : request.note()));
    }
}
