package org.linli.tenants.registry.residents.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.linli.platform.application.rest.Created;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.identity.UserId;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.residents.Gender;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.residents.rest.ResidentsApi.AccessResponse;
import org.linli.tenants.registry.residents.rest.ResidentsApi.AccountRequest;
import org.linli.tenants.registry.residents.rest.ResidentsApi.MoveRequest;
import org.linli.tenants.registry.residents.rest.ResidentsApi.ResidentRequest;
import org.linli.tenants.registry.residents.rest.ResidentsApi.ResidentResponse;
import org.linli.tenants.registry.residents.rest.ResidentsApi.RevealRequest;
import org.linli.tenants.registry.residents.rest.ResidentsApi.RevealResponse;
import org.linli.tenants.registry.rest.RegistryApi.EventResponse;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Residents, disclosed as the caller's privacy policy allows: personal values come full, masked or not at all.
 * Sealed values are revealed one at a time with a purpose ({@code POST /residents/{id}/reveal}), and audited.
 */
@Path("residents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Residents",
        description = "The people of the registry, disclosed by privacy policy")
public class ResidentResource {

    @Inject
    ResidentService residents;

    @Inject
    ResidentDirectory directory;

    @GET
    @Operation(summary = "Search residents by name, mobile or ID number, and filter by community, grid, tag, status")
    public PageResponse<ResidentResponse> search(@QueryParam("q") String text,
                                                 @QueryParam("community") Long community,
                                                 @QueryParam("grid") Long grid, @QueryParam("tag") String tag,
                                                 @QueryParam("status") String status,
                                                 @QueryParam("household") Long household,
                                                 @BeanParam PageParams paging) {
        ResidentDirectory.ResidentFilter filter = new ResidentDirectory.ResidentFilter(text,
                community == null ? null : new CommunityId(community), grid, EnumValues.parse(Tag.class, tag, "tag"),
                EnumValues.parse(ResidentStatus.class, status, "status"),
                household == null ? null : new HouseholdId(household));
        return PageResponse.of(directory.search(filter, paging.request()), ResidentResponse::of);
    }

    @POST
    @Operation(summary = "Add a resident to a household")
    @APIResponse(responseCode = "201", description = "Created; Location names the resident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidentResponse.class)))
    public Response create(@Valid @NotNull ResidentRequest request, @Context UriInfo uri) {
        ResidentRecord created = residents.create(new ResidentCommands.NewResident(
                new HouseholdId(request.householdId()), request.name(),
                EnumValues.parse(Gender.class, request.gender(), "gender"),
                EnumValues.parse(Relation.class, request.relation(), "relation"),
                date(request.birthDate()), request.mobile(), request.idNumber(), tags(request.tags())));
        return Created.at(uri, "residents", created.id().value(), ResidentResponse.of(created));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One resident")
    public ResidentResponse get(@PathParam("id") long id) {
        return ResidentResponse.of(directory.get(new ResidentId(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a resident; absent fields stay, tags (when given) replace all tags")
    public ResidentResponse update(@PathParam("id") long id, @NotNull ResidentRequest request) {
        return ResidentResponse.of(residents.update(new ResidentId(id), new ResidentCommands.ResidentChanges(
                request.name(), EnumValues.parse(Gender.class, request.gender(), "gender"),
                EnumValues.parse(Relation.class, request.relation(), "relation"), date(request.birthDate()),
                request.mobile(), request.idNumber(), request.tags() == null ? null : tags(request.tags()))));
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a resident to another household")
    public ResidentResponse move(@PathParam("id") long id, @Valid @NotNull MoveRequest request) {
        return ResidentResponse.of(residents.move(new ResidentId(id), new HouseholdId(request.householdId())));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Mark a resident as moved away or deceased")
    public ResidentResponse deactivate(@PathParam("id") long id) {
        return ResidentResponse.of(residents.deactivate(new ResidentId(id)));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Bring an inactive resident back")
    public ResidentResponse reactivate(@PathParam("id") long id) {
        return ResidentResponse.of(residents.reactivate(new ResidentId(id)));
    }

    @POST
    @Path("{id}/reveal")
    @Operation(summary = "Reveal one sealed value in full, stating the purpose; audited and shown to the resident")
    public RevealResponse reveal(@PathParam("id") long id, @Valid @NotNull RevealRequest request) {
        PersonalField field = Arrays.stream(PersonalField.values())
                .filter(f -> f.jsonName().equals(request.field()) || f.name().equalsIgnoreCase(request.field()))
                .findFirst().orElseThrow(() -> DomainException.invalid(FieldError.of("field", "one_of",
                        "mobile, idNumber, birthDate")));
        return new RevealResponse(field.jsonName(), residents.reveal(new ResidentId(id), field, request.purpose()));
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Verify a self-registered resident")
    public ResidentResponse verify(@PathParam("id") long id) {
        return ResidentResponse.of(residents.verify(new ResidentId(id)));
    }

    @POST
    @Path("{id}/account")
    @Operation(summary = "Link the resident to the user account they sign in with")
    public ResidentResponse linkAccount(@PathParam("id") long id, @Valid @NotNull AccountRequest request) {
        return ResidentResponse.of(residents.linkAccount(new ResidentId(id), new UserId(request.userId())));
    }

    @GET
    @Path("{id}/accesses")
    @Operation(summary = "A page of who revealed this resident's sealed values, and why, newest first")
    public PageResponse<AccessResponse> accesses(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(directory.accesses(new ResidentId(id), paging.request()), AccessResponse::of);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "A page of the moves, deactivations and verifications of a resident, oldest first")
    public PageResponse<EventResponse> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(directory.history(new ResidentId(id), paging.request()), EventResponse::of);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of("birthDate", "date_format"));
        }
    }

    private static Set<Tag> tags(List<String> names) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        if (names != null) {
            for (String name : names) {
                tags.add(EnumValues.parse(Tag.class, name == null ? null : name.toUpperCase(Locale.ROOT), "tags"));
            }
        }
        tags.remove(null);
        return tags;
    }
}
