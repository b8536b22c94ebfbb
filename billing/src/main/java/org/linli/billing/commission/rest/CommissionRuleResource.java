package org.linli.billing.commission.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.commission.CommissionRule;
import org.linli.billing.commission.CommissionService;
import org.linli.billing.commission.CommissionTerms;
import org.linli.billing.commission.rest.CommissionApi.RuleRequest;
import org.linli.billing.commission.rest.CommissionApi.RuleResponse;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.modules.Module;

/**
 * Commission rules of the tenant acted for: percentage (basis points) plus fixed fee, held between a minimum and a
 * maximum, shared between platform and tenant; per module, optionally per provider. New terms are a new version.
 */
@Path("commission-rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commission", description = "How payments are split among platform, tenant and provider")
public class CommissionRuleResource {

    @Inject
    CommissionService commission;

    @GET
    @Operation(summary = "A page of every version of every rule, active first")
    public PageResponse<RuleResponse> list(@BeanParam PageParams paging) {
        return PageResponse.of(commission.rules(paging.request()), RuleResponse::of);
    }

    @POST
    @Operation(summary = "Put new terms in force for a module (and provider); the previous version is retired")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleResponse.class)))
    public Response define(@Valid @NotNull RuleRequest request) {
        CommissionTerms terms = new CommissionTerms(request.percentBasisPoints(),
                request.fixedFen() == null ? 0 : request.fixedFen(),
                request.minimumFen() == null ? 0 : request.minimumFen(), request.maximumFen(),
                request.platformShareBasisPoints());
        CommissionRule rule = commission.define(EnumValues.parse(Module.class, request.module(), "module"),
                request.providerId() == null ? null : new ProviderId(request.providerId()), terms);
        return Response.status(Response.Status.CREATED).entity(RuleResponse.of(rule)).build();
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "End a rule; orders paid afterwards use the module's general rule or none")
    public RuleResponse retire(@PathParam("id") long id) {
        return RuleResponse.of(commission.retire(id));
    }
}
