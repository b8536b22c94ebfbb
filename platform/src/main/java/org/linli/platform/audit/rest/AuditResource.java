package org.linli.platform.audit.rest;

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
import org.linli.platform.audit.AuditFilter;
import org.linli.platform.audit.AuditQueries;
import org.linli.platform.audit.Outcome;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;


@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The audit trail of the caller's tenant, or all of it for platform operators")
public class AuditResource {

    @Inject
    AuditQueries audit;

    @GET
    @Operation(summary = "Browse the audit trail, newest first")
    public PageResponse<AuditEntryResponse> browse(@QueryParam("actor") String actor,
                                                   @QueryParam("action") String action,
                                                   @QueryParam("outcome") String outcome,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @BeanParam PageParams paging) {
        AuditFilter filter = new AuditFilter(actor, action, EnumValues.parse(Outcome.class, outcome, "outcome"),
                TimeValues.instant(from, "from"), TimeValues.instant(to, "to"));
        return PageResponse.of(audit.browse(filter, paging.request()), AuditEntryResponse::of);
    }
}
