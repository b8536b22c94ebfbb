package org.linli.platform.identity.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.identity.IssuedToken;
import org.linli.platform.identity.SignIn;
import org.linli.platform.identity.SignInResult;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

@Path("auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "API tokens")
public class TokenResource {

    private static final String BEARER = "Bearer ";

    @Inject
    SignIn signIn;

    @POST
    @Path("token")
    @Operation(summary = "Exchange a username and password for a bearer token")
    public TokenResponse issue(TokenRequest request) {
        if (request == null || blank(request.username()) || blank(request.password())) {
            throw DomainException.invalid(missing(request).toArray(FieldError[]::new));
        }
        SignInResult result = signIn.withPassword(request.username(), request.password().toCharArray());
        if (result instanceof SignInResult.Failure failure) {
            throw failure.toProblem();
        }
        IssuedToken token = signIn.issueToken(((SignInResult.Success) result).actor());
        return new TokenResponse(token.token(), "Bearer", token.expiresAt());
    }

    @DELETE
    @Path("token")
    @Operation(summary = "Revoke the bearer token of this request")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Actor actor = CurrentUser.require();
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw DomainException.invalid(FieldError.of("Authorization", "bearer_required"));
        }
        signIn.revokeToken(actor, authorization.substring(BEARER.length()).trim());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in caller")
    public MeResponse me() {
        return MeResponse.of(CurrentUser.require());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static List<FieldError> missing(TokenRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || blank(request.username())) {
            errors.add(FieldError.of("username", "required"));
        }
        if (request == null || blank(request.password())) {
            errors.add(FieldError.of("password", "required"));
        }
        return errors;
    }
}
