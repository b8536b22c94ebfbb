package org.linli.billing.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.billing.commission.CommissionRule;
import org.linli.billing.commission.Party;
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * One party's part (platform or tenant; an ad has no provider) of a paid ad booking, with the ADS commission rule
 * version it was computed with and how much refunds took back. Written when the booking is paid; only the refunded
 * amount grows afterwards, never beyond the part.
 */
@Entity
@Table(name = "ad_split_line")
public class AdSplitLine extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ad_split_line_seq")
    @SequenceGenerator(name = "ad_split_line_seq", sequenceName = "ad_split_line_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 10)
    private Party party;

    @Column(name = "account", nullable = false, length = 100)
    private String account;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "rule_version")
    private Integer ruleVersion;

    @Column(name = "split_at", nullable = false)
    private Instant splitAt;

    protected AdSplitLine() {
    }

    AdSplitLine(long bookingId, long paymentId, Party party, String account, Money amount, CommissionRule rule,
                Instant splitAt) {
        this.bookingId = bookingId;
        this.paymentId = paymentId;
        this.party = party;
        this.account = account;
        this.amountFen = amount.fen();
        this.ruleId = rule == null ? null : rule.id();
        this.ruleVersion = rule == null ? null : rule.version();
        this.splitAt = splitAt;
    }

    void giveBack(Money share) {
        if (share.isNegative() || refundedFen + share.fen() > amountFen) {
            throw new IllegalStateException("refund share " + share + " exceeds the rest of " + this);
        }
        refundedFen += share.fen();
    }

    public long id() {
        return id;
    }

    public long bookingId() {
        return bookingId;
    }

    public long paymentId() {
        return paymentId;
    }

    public Party party() {
        return party;
    }

    public String account() {
        return account;
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public Money refunded() {
        return Money.fen(refundedFen);
    }

    public Money remaining() {
        return Money.fen(amountFen - refundedFen);
    }

    public Integer ruleVersion() {
        return ruleVersion;
    }

    public Instant splitAt() {
        return splitAt;
    }

    @Override
    public String toString() {
        return "AdSplitLine[booking " + bookingId + ", " + party + ", " + amountFen + " fen, refunded " + refundedFen
                + "]";
    }
}
