package org.linli.tenants.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * A bookable period of one provider staff member's time. It is free while {@code orderId} is null; taking it is a
 * single conditional update ({@code … where order_id is null}), so of two concurrent bookings exactly one wins.
 * Slots of one staff member never overlap.
 */
@Entity
@Table(name = "service_slot")
public class ServiceSlot extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_slot_seq")
    @SequenceGenerator(name = "service_slot_seq", sequenceName = "service_slot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "order_id")
    private Long orderId;

    protected ServiceSlot() {
    }

    ServiceSlot(ProviderId provider, long staffId, Instant startsAt, Instant endsAt) {
        this.providerId = provider.value();
        this.staffId = staffId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public long id() {
        return id;
    }

    public ProviderId provider() {
        return new ProviderId(providerId);
    }

    public long staffId() {
        return staffId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Long orderId() {
        return orderId;
    }

    public boolean isFree() {
        return orderId == null;
    }
}
