package org.linli.platform.identity.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.identity.AccountStatus;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.PasswordReset;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserChanges;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Role;

import java.util.List;
import java.util.Objects;

/** The users of the tenant the caller acts for. */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "User accounts of the caller's tenant (tenant operators)")
public class UserResource {

    @Inject
    UserService users;

    @GET
    @Operation(summary = "List users, filtered by text, role and status")
    public PageResponse<UserResponse> list(@QueryParam("q") String text, @QueryParam("role") String role,
                                           @QueryParam("status") String status,
                                           @BeanParam PageParams paging) {
        UserFilter filter = new UserFilter(text, EnumValues.parse(Role.class, role, "role"),
                EnumValues.parse(AccountStatus.class, status, "status"));
        return PageResponse.of(users.list(filter, paging.request()), UserResponse::of);
    }

    @POST
    @Operation(summary = "Create a user with one role")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UserResponse.class)))
    public Response create(CreateUserRequest request, @Context UriInfo uri) {
        NewUser command = request == null ? null : new NewUser(request.username(), request.displayName(),
                EnumValues.parse(Role.class, request.role(), "role"), request.password());
        UserAccount account = users.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
                .entity(UserResponse.of(account)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user")
    public UserResponse get(@PathParam("id") long id) {
        return UserResponse.of(users.get(new UserId(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a user's display name or role")
    public UserResponse update(@PathParam("id") long id, @NotNull UpdateUserRequest request) {
        UserChanges changes = new UserChanges(request.displayName(),
                EnumValues.parse(Role.class, request.role(), "role"));
        return UserResponse.of(users.update(new UserId(id), changes));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a user: sign-in and tokens stop working, history stays")
    public UserResponse disable(@PathParam("id") long id) {
        return UserResponse.of(users.disable(new UserId(id)));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled user")
    public UserResponse enable(@PathParam("id") long id) {
        return UserResponse.of(users.enable(new UserId(id)));
    }

    @POST
    @Path("{id}/password")
    @Operation(summary = "Set a new password for a user; their tokens are revoked")
    public UserResponse resetPassword(@PathParam("id") long id, PasswordResetRequest request) {
        return UserResponse.of(users.resetPassword(new UserId(id),
                request == null ? null : new PasswordReset(request.password())));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a user (the audit trail keeps the username)")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response delete(@PathParam("id") long id) {
        users.delete(new UserId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("bulk/disable")
    @Operation(summary = "Disable several users at once")
    public BulkResponse disableAll(BulkRequest request) {
        return new BulkResponse(users.disableAll(ids(request)));
    }

    @POST
    @Path("bulk/delete")
    @Operation(summary = "Delete several users at once")
    public BulkResponse deleteAll(BulkRequest request) {
        return new BulkResponse(users.deleteAll(ids(request)));
    }

    private static List<UserId> ids(BulkRequest request) {
        if (request == null || request.ids() == null || request.ids().isEmpty()) {
            throw DomainException.invalid(FieldError.of("ids", "required"));
        }
        return request.ids().stream().filter(Objects::nonNull).map(UserId::new).toList();
    }
}
