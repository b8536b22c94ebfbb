package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A reward of the tenant's points mall (积分商城): its price in points, the stock left and how many one resident may
 * redeem. Invariants: {@code stock >= 0}; a redemption takes one from stock, a cancellation puts it back; only a
 * reward on sale can be redeemed. Stock is changed under a row lock taken after the member's lock.
 */
@Entity
@Table(name = "points_reward")
public class Reward extends TenantOwned implements AuditSubject {

    static final int MAX_STOCK = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_reward_seq")
    @SequenceGenerator(name = "points_reward_seq", sequenceName = "points_reward_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "price", nullable = false)
    private long price;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Column(name = "per_person_limit", nullable = false)
    private int perPersonLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RewardStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reward() {
    }

    Reward(String name, String description, long price, int stock, int perPersonLimit, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.price = price;
        this.stock = checkStock(stock);
        this.perPersonLimit = perPersonLimit;
        this.status = RewardStatus.ON_SALE;
        this.createdAt = createdAt;
    }

    void restock(int newStock, RewardStatus newStatus) {
        this.stock = checkStock(newStock);
        if (newStatus != null) {
            this.status = newStatus;
        }
    }

    /** Takes one from stock for a redemption; refused when off sale or sold out. */
    void takeOne() {
        if (status != RewardStatus.ON_SALE) {
            throw DomainException.conflict("points_reward_not_on_sale");
        }
        if (stock == 0) {
            throw DomainException.conflict("points_reward_out_of_stock");
        }
        stock--;
    }

    void putBack() {
        stock++;
    }

    private static int checkStock(int stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw DomainException.invalid(FieldError.of("stock", "range"));
        }
        return stock;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public long price() {
        return price;
    }

    public int stock() {
        return stock;
    }

    public int perPersonLimit() {
        return perPersonLimit;
    }

    public RewardStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String auditName() {
        return "points-reward:" + id;
    }
}
