package org.linli.tenants.points.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.points.MallCommands;
import org.linli.tenants.points.PointsMall;
import org.linli.tenants.points.RedemptionStatus;
import org.linli.tenants.points.Reward;
import org.linli.tenants.points.RewardStatus;
import org.linli.tenants.points.rest.PointsApi.RedeemRequest;
import org.linli.tenants.points.rest.PointsApi.RedemptionResponse;
import org.linli.tenants.points.rest.PointsApi.RewardChangeRequest;
import org.linli.tenants.points.rest.PointsApi.RewardRequest;
import org.linli.tenants.points.rest.PointsApi.RewardResponse;

/**
 * The points mall (积分商城): rewards stocked by operators, redeemed by residents for a pickup code, handed over or
 * cancelled by code.
 */
@Path("points/mall")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Points mall", description = "Rewards for points, redemptions and pickup")
public class MallResource {

    @Inject
    PointsMall mall;

    @GET
    @Path("rewards")
    @Operation(summary = "A page of rewards: those on sale (all=false, residents) or all of them (all=true,"
            + " operators)")
    public PageResponse<RewardResponse> rewards(@QueryParam("all") boolean all, @BeanParam PageParams paging) {
        return PageResponse.of(all ? mall.rewards(paging.request()) : mall.shelf(paging.request()),
                RewardResponse::of);
    }

    @POST
    @Path("rewards")
    @Operation(summary = "Add a reward to the mall, on sale at once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RewardResponse.class)))
    public Response addReward(@NotNull RewardRequest r) {
        Reward reward = mall.addReward(new MallCommands.NewReward(r.name(), r.description(), r.price(), r.stock(),
                r.perPersonLimit()));
        return Response.status(Response.Status.CREATED).entity(RewardResponse.of(reward)).build();
    }

    @PUT
    @Path("rewards/{id}")
    @Operation(summary = "Set a reward's stock and put it on or off sale (ON_SALE, OFF_SALE)")
    public RewardResponse changeReward(@PathParam("id") long id, @NotNull RewardChangeRequest r) {
        return RewardResponse.of(mall.changeReward(id, new MallCommands.RewardChange(r.stock(),
                EnumValues.parse(RewardStatus.class, r.status(), "status"))));
    }

    @POST
    @Path("redemptions")
    @Operation(summary = "Redeem a reward with the signed-in resident's points; answers the pickup code")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RedemptionResponse.class)))
    public Response redeem(@Valid @NotNull RedeemRequest r) {
        return Response.status(Response.Status.CREATED).entity(RedemptionResponse.of(mall.redeem(r.rewardId())))
                .build();
    }

    @GET
    @Path("redemptions/mine")
    @Operation(summary = "A page of the signed-in resident's redemptions, newest first")
    public PageResponse<RedemptionResponse> mine(@BeanParam PageParams paging) {
        return PageResponse.of(mall.myRedemptions(paging.request()), RedemptionResponse::of);
    }

    @GET
    @Path("redemptions")
    @Operation(summary = "A page of all redemptions (operators), optionally of one status")
    public PageResponse<RedemptionResponse> all(@QueryParam("status") String status, @BeanParam PageParams paging) {
        return PageResponse.of(mall.redemptions(EnumValues.parse(RedemptionStatus.class, status, "status"),
                paging.request()), RedemptionResponse::of);
    }

    @GET
    @Path("redemptions/{code}")
    @Operation(summary = "The redemption with a pickup code (operators at the pickup desk)")
    public RedemptionResponse byCode(@PathParam("code") String code) {
        return RedemptionResponse.of(mall.byCode(code));
    }

    @POST
    @Path("redemptions/{code}/handover")
    @Operation(summary = "Hand the reward of a waiting redemption over")
    public RedemptionResponse handOver(@PathParam("code") String code) {
        return RedemptionResponse.of(mall.handOver(code));
    }

    @POST
    @Path("redemptions/{code}/cancel")
    @Operation(summary = "Cancel a redemption not yet handed over: points back to their lots, reward back to stock")
    public RedemptionResponse cancel(@PathParam("code") String code) {
        return RedemptionResponse.of(mall.cancel(code));
    }
}
