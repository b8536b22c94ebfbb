package org.linli.tenants.modules.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleService;

import java.util.Arrays;
import java.util.List;

/** The modules of the tenant acted for; platform operators name it with X-Linli-Tenant. */
@Path("modules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "Free and paid modules of a tenant and their monthly fees")
public class ModuleResource {

    @Inject
    ModuleService modules;

    @GET
    @Operation(summary = "The tenant's modules: enabled or not, monthly fee")
    @BoundedList("one entry per module")
    public List<ModuleResponse> list() {
        return modules.catalog().stream().map(ModuleResponse::of).toList();
    }

    @PUT
    @Path("{module}")
    @Operation(summary = "Enable a paid module at a monthly fee (platform operators)")
    public ModuleResponse enable(@PathParam("module") String module, @Valid @NotNull EnableModuleRequest request) {
        return ModuleResponse.of(modules.enable(parse(module), Money.fen(request.monthlyFeeFen())));
    }

    @DELETE
    @Path("{module}")
    @Operation(summary = "Disable a paid module (platform operators)")
    public ModuleResponse disable(@PathParam("module") String module) {
        return ModuleResponse.of(modules.disable(parse(module)));
    }

    /** A module name in the path; an unknown one is an unknown resource. */
    private static Module parse(String text) {
        return Arrays.stream(Module.values()).filter(m -> m.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> DomainException.notFound("not_found"));
    }
}
