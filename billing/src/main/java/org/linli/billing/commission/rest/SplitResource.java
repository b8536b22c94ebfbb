package org.linli.billing.commission.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.commission.DiscountFunding;
import org.linli.billing.commission.Party;
import org.linli.billing.commission.SplitLine;
import org.linli.billing.commission.SplitService;
import org.linli.billing.commission.rest.CommissionApi.BearerRequest;
import org.linli.billing.commission.rest.CommissionApi.DiscountResponse;
import org.linli.billing.commission.rest.CommissionApi.LineResponse;
import org.linli.billing.commission.rest.CommissionApi.SplitResponse;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.orders.OrderId;

import java.util.List;

/** How an order's payment was split among platform, tenant and provider, and what refunds took back. */
@Path("orders/{order}/split")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commission", description = "How payments are split among platform, tenant and provider")
public class SplitResource {

    @Inject
    SplitService splits;

    @POST
    @Path("refund-bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let one party bear the order's refunds alone (operators); the others get their part back")
    public SplitResponse chargeRefundsTo(@PathParam("order") long order, BearerRequest request) {
        Party bearer = EnumValues.parse(Party.class, request == null ? null : request.party(), "party");
        if (bearer == null) {
            throw DomainException.invalid(FieldError.of("party", "required"));
        }
        return response(order, splits.chargeRefundsTo(new OrderId(order), bearer), null);
    }

    @GET
    @Operation(summary = "The order's split lines (empty until paid); not for residents")
    public SplitResponse split(@PathParam("order") long order) {
        return response(order, splits.split(new OrderId(order)),
                splits.funding(new OrderId(order)).orElse(null));
    }

    private static SplitResponse response(long order, List<SplitLine> lines, DiscountFunding funding) {
        long total = lines.stream().map(SplitLine::amount).reduce(Money.ZERO, Money::plus).fen();
        return new SplitResponse(order, total,
                lines.stream().map(SplitLine::refunded).reduce(Money.ZERO, Money::plus).fen(),
                lines.isEmpty() ? null : lines.get(0).fundedBy().code(), lines.stream().map(LineResponse::of).toList(),
                funding == null ? null : DiscountResponse.of(funding, total));
    }
}
