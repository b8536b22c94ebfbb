package org.linli.tenants.timebank.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.timebank.TimeBankCommands;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeBankViews;
import org.linli.tenants.timebank.TimeCompensation;
import org.linli.tenants.timebank.rest.TimeBankApi.AccountResponse;
import org.linli.tenants.timebank.rest.TimeBankApi.DonationRequest;
import org.linli.tenants.timebank.rest.TimeBankApi.GrantRequest;
import org.linli.tenants.timebank.rest.TimeBankApi.LiabilitiesResponse;
import org.linli.tenants.timebank.rest.TimeBankApi.LineResponse;
import org.linli.tenants.timebank.rest.TimeBankApi.LovePoolResponse;
import org.linli.tenants.timebank.rest.TimeBankApi.MovementResponse;
import org.linli.tenants.timebank.rest.TimeBankApi.SettingsRequest;
import org.linli.tenants.timebank.rest.TimeBankApi.SettingsResponse;
import org.linli.tenants.timebank.rest.TimeBankApi.TransferRequest;

/**
 * The time bank (时间银行): a member's own account and statement, transfers and donations, the love pool and its
 * grants, the tenant's settings, members' accounts for operators and the minutes owed for finance.
 */
@Path("timebank")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Time bank", description = "Volunteer minutes: accounts, transfers, the love pool, settings")
public class TimeBankResource {

    private static final String KEY = "Idempotency-Key";

    @Inject
    TimeBankService timeBank;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in member's time account: balance, bounds and public member code")
    public AccountResponse me() {
        return AccountResponse.of(timeBank.me());
    }

    @GET
    @Path("me/statement")
    @Operation(summary = "A page of the signed-in member's statement, newest first")
    public PageResponse<LineResponse> statement(@BeanParam PageParams paging) {
        return PageResponse.of(timeBank.statement(paging.request()), LineResponse::of);
    }

    @POST
    @Path("transfers")
    @Operation(summary = "Transfer minutes to another member by member code (Idempotency-Key required)")
    @APIResponse(responseCode = "201", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MovementResponse.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MovementResponse.class)))
    public Response transfer(@Parameter(description = "the client's key: a retry moves nothing twice")
                             @HeaderParam(KEY) String key, @NotNull TransferRequest body) {
        return created(timeBank.transfer(new TimeBankCommands.Transfer(body.memberCode(), minutes(body.minutes()),
                body.note()), key));
    }

    @POST
    @Path("donations")
    @Operation(summary = "Donate minutes to the love pool (Idempotency-Key required)")
    @APIResponse(responseCode = "201", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MovementResponse.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MovementResponse.class)))
    public Response donate(@HeaderParam(KEY) String key, @NotNull DonationRequest body) {
        return created(timeBank.donate(new TimeBankCommands.Donation(minutes(body.minutes()), body.note()), key));
    }

    @GET
    @Path("love-pool")
    @Operation(summary = "The love pool's balance and a page of its movements (donations in, grants out)")
    public LovePoolResponse lovePool(@BeanParam PageParams paging) {
        return new LovePoolResponse(timeBank.lovePool(),
                PageResponse.of(timeBank.lovePoolMovements(paging.request()), LineResponse::of));
    }

    @POST
    @Path("love-pool/grants")
    @Operation(summary = "Grant love-pool minutes to an elder living alone (operators; Idempotency-Key required)")
    @APIResponse(responseCode = "201", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MovementResponse.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MovementResponse.class)))
    public Response grant(@HeaderParam(KEY) String key, @NotNull GrantRequest body) {
        return created(timeBank.grant(new TimeBankCommands.Grant(body.residentId() == null ? null
                : new ResidentId(body.residentId()), minutes(body.minutes()), body.note()), key));
    }

    @GET
    @Path("settings")
    @Operation(summary = "The tenant's time-bank settings")
    public SettingsResponse settings() {
        return SettingsResponse.of(timeBank.settings());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change the tenant's time-bank settings (operators); compensation is MINUTES or YUAN")
    public SettingsResponse changeSettings(@NotNull SettingsRequest body) {
        TimeCompensation compensation = EnumValues.parse(TimeCompensation.class, body.compensation(),
                "compensation");
        return SettingsResponse.of(timeBank.changeSettings(new TimeBankCommands.SettingsChange(
                orZero(body.minimumBalance()), orZero(body.maximumBalance()), orZero(body.minuteValueFen()),
                compensation)));
    }

    @GET
    @Path("accounts/{residentId}")
    @Operation(summary = "A member's time account (operators)")
    public AccountResponse account(@PathParam("residentId") long residentId) {
        return AccountResponse.of(timeBank.account(new ResidentId(residentId)));
    }

    @GET
    @Path("accounts/{residentId}/statement")
    @Operation(summary = "A page of a member's statement (operators)")
    public PageResponse<LineResponse> statementOf(@PathParam("residentId") long residentId,
                                                  @BeanParam PageParams paging) {
        return PageResponse.of(timeBank.statementOf(new ResidentId(residentId), paging.request()),
                LineResponse::of);
    }

    @GET
    @Path("liabilities")
    @Operation(summary = "Minutes outstanding: held by members, the love pool and providers (finance)")
    public LiabilitiesResponse liabilities() {
        return LiabilitiesResponse.of(timeBank.liabilities());
    }

    /** Missing minutes are no minutes, which the command's bounds refuse with a field error. */
    private static long minutes(Long minutes) {
        return minutes == null ? 0 : minutes;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static Response created(TimeBankViews.Movement movement) {
        return Response.status(movement.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(MovementResponse.of(movement)).build();
    }
}
