package org.linli.billing.commission.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.billing.commission.BillingAccounts;
import org.linli.billing.commission.CommissionRule;
import org.linli.billing.commission.CommissionTerms;
import org.linli.billing.commission.DiscountFunding;
import org.linli.billing.commission.Party;
import org.linli.billing.commission.RuleStatus;
import org.linli.billing.commission.SplitLine;
import org.linli.tenants.modules.Module;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link CommissionRuleResource} and {@link SplitResource}, as records; requests
 * carry their Bean Validation constraints.
 */
final class CommissionApi {

    private CommissionApi() {
    }

    public record RuleRequest(String module, Long providerId, @NotNull Integer percentBasisPoints, Long fixedFen,
                              Long minimumFen, Long maximumFen, @NotNull Integer platformShareBasisPoints) {
    }

    public record RuleResponse(long id, Module module, Long providerId, int version, RuleStatus status,
                               int percentBasisPoints, long fixedFen, long minimumFen, Long maximumFen,
                               int platformShareBasisPoints, Instant createdAt, Instant retiredAt) {

        static RuleResponse of(CommissionRule r) {
            CommissionTerms t = r.terms();
            return new RuleResponse(r.id(), r.module(), r.providerId(), r.version(), r.status(),
                    t.percentBasisPoints(), t.fixedFen(), t.minimumFen(), t.maximumFen(),
                    t.platformShareBasisPoints(), r.createdAt(), r.retiredAt());
        }
    }

    public record LineResponse(Party party, String account, long amountFen, String amount, long refundedFen,
                               Long ruleId, Integer ruleVersion) {

        static LineResponse of(SplitLine l) {
            return new LineResponse(l.party(), l.account(), l.amount().fen(), l.amount().format(),
                    l.refunded().fen(), l.ruleId(), l.ruleVersion());
        }
    }

    /**
     * How the tenant funded the order's points discount: {@code fromTenantShareFen} paid by its part of the split,
     * {@code owedByTenantFen} beyond it (set against its next settlement); {@code cashFen} came through the gateway.
     */
    public record DiscountResponse(long points, long discountFen, String discount, long fromTenantShareFen,
                                   long owedByTenantFen, long returnedFen, long cashFen, String fundedBy) {

        static DiscountResponse of(DiscountFunding f, long totalFen) {
            return new DiscountResponse(f.points(), f.discount().fen(), f.discount().format(), f.fromShare().fen(),
                    f.owed().fen(), f.returned().fen(), totalFen - f.discount().fen(),
                    BillingAccounts.TENANT_POINTS_DISCOUNT.code());
        }
    }

    /**
     * An order's split; {@code fundedBy} is the account its money came from: {@code gateway:clearing} for a payment
     * at the gateway, {@code tenant:time-reimbursement} for minutes the tenant pays the provider for in yuan;
     * {@code discount} is null unless points paid part of the order.
     */
    public record SplitResponse(long orderId, long totalFen, long refundedFen, String fundedBy,
                                List<LineResponse> lines, DiscountResponse discount) {
    }

    public record BearerRequest(String party) {
    }
}
