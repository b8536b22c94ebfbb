package org.linli.billing.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * How the tenant funds the points discount of one paid order. The split is made on the full amount, so platform and
 * provider receive their whole parts; the discount is debited to {@link BillingAccounts#TENANT_POINTS_DISCOUNT}
 * beside the cash from gateway clearing. The tenant's part of the split pays for it first ({@code fromShare}); what
 * exceeds that part is {@code owed} by the tenant, set against its next settlement (its settled earnings are its
 * revenue less its discount funding). When the points come back the whole discount is {@code returned} and the
 * funding is reversed in the refund posting. Written with the split; only {@code returned} changes afterwards.
 */
@Entity
@Table(name = "discount_funding")
public class DiscountFunding extends TenantOwned {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Version
    private long version;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "discount_fen", nullable = false)
    private long discountFen;

    @Column(name = "from_share_fen", nullable = false)
    private long fromShareFen;

    @Column(name = "owed_fen", nullable = false)
    private long owedFen;

    @Column(name = "returned_fen", nullable = false)
    private long returnedFen;

    @Column(name = "funded_at", nullable = false)
    private Instant fundedAt;

    protected DiscountFunding() {
    }

    /** Who funds {@code discount} of an order split as {@code split}: the tenant's part first, the rest owed. */
    public record Shares(Money fromShare, Money owed) {

        public static Shares of(Split split, Money discount) {
            if (discount.isNegative() || discount.fen() > split.total().fen()) {
                throw new IllegalArgumentException("discount " + discount + " of a split of " + split.total());
            }
            Money fromShare = Money.fen(Math.min(discount.fen(), split.tenant().fen()));
            return new Shares(fromShare, discount.minus(fromShare));
        }
    }

    DiscountFunding(long orderId, long points, Money discount, Shares shares, Instant at) {
        this.orderId = orderId;
        this.points = points;
        this.discountFen = discount.fen();
        this.fromShareFen = shares.fromShare().fen();
        this.owedFen = shares.owed().fen();
        this.fundedAt = at;
    }

    /** The discount came back with the points; answers what of it is newly returned (to post). */
    Money returnUpTo(Money returnedByOrder) {
        long fresh = Math.min(returnedByOrder.fen(), discountFen) - returnedFen;
        if (fresh <= 0) {
            return Money.ZERO;
        }
        returnedFen += fresh;
        return Money.fen(fresh);
    }

    public long orderId() {
        return orderId;
    }

    public long points() {
        return points;
    }

    public Money discount() {
        return Money.fen(discountFen);
    }

    /** What the tenant's part of the split paid of the discount. */
    public Money fromShare() {
        return Money.fen(fromShareFen);
    }

    /** What the tenant owes beyond its part: set against its next settlement. */
    public Money owed() {
        return Money.fen(owedFen);
    }

    public Money returned() {
        return Money.fen(returnedFen);
    }

    public Instant fundedAt() {
        return fundedAt;
    }
}
