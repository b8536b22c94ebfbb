package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * How much one spending ({@code reference}, e.g. {@code redemption:12}) took from one lot, and how much of that was
 * given back since: what lets cancellations and refunds return points to the lots they came from. Invariant:
 * {@code 0 <= returned <= points}.
 */
@Entity
@Table(name = "points_lot_use")
public class LotUse extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_lot_use_seq")
    @SequenceGenerator(name = "points_lot_use_seq", sequenceName = "points_lot_use_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lot_id", nullable = false)
    private long lotId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "reference", nullable = false, length = 90)
    private String reference;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "returned", nullable = false)
    private long returned;

    @Column(name = "counter_account", nullable = false, length = 100)
    private String counterAccount;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected LotUse() {
    }

    LotUse(long lotId, long residentId, String reference, long points, LedgerAccount counter, Instant usedAt) {
        this.lotId = lotId;
        this.residentId = residentId;
        this.reference = reference;
        this.points = points;
        this.counterAccount = counter.code();
        this.usedAt = usedAt;
    }

    void giveBack(long amount) {
        if (amount <= 0 || returned + amount > points) {
            throw new IllegalStateException("use " + id + " cannot give back " + amount);
        }
        returned += amount;
    }

    public long id() {
        return id;
    }

    public long lotId() {
        return lotId;
    }

    public long residentId() {
        return residentId;
    }

    public String reference() {
        return reference;
    }

    public long points() {
        return points;
    }

    public long returned() {
        return returned;
    }

    public LedgerAccount counterAccount() {
        return LedgerAccount.of(counterAccount);
    }

    public Instant usedAt() {
        return usedAt;
    }
}
