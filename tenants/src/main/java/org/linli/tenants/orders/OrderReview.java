package org.linli.tenants.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/** A resident's review of a completed order: 1–5 stars and an optional text. One per order. */
@Entity
@Table(name = "order_review")
public class OrderReview extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_review_seq")
    @SequenceGenerator(name = "order_review_seq", sequenceName = "order_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "stars", nullable = false)
    private int stars;

    @Column(name = "text", length = 1000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrderReview() {
    }

    OrderReview(ServiceOrder order, int stars, String text, Instant createdAt) {
        this.orderId = order.id().value();
        this.providerId = order.providerId();
        this.stars = stars;
        this.text = text;
        this.createdAt = createdAt;
    }

    public long orderId() {
        return orderId;
    }

    public long providerId() {
        return providerId;
    }

    public int stars() {
        return stars;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
