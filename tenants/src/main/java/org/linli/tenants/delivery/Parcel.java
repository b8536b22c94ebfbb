package org.linli.tenants.delivery;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.grids.GridScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * A parcel taken in at a community station (驿站) for a household. It leaves the station once: picked up with its
 * six-digit pickup code, or delivered to the door by a paid doorstep order. Only the household sees the code.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@GridScoped(follows = "householdId")
@Table(name = "parcel")
public class Parcel extends TenantOwned implements AuditSubject {

    /** How long a parcel may wait before it is overdue. */
    public static final Duration OVERDUE_AFTER = Duration.ofDays(3);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcel_seq")
    @SequenceGenerator(name = "parcel_seq", sequenceName = "parcel_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    /** The household's grid, moved along with its building: a grid worker's scope. */
    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "carrier", nullable = false, length = 30)
    private String carrier;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "pickup_code", nullable = false, length = 6)
    private String pickupCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ParcelStatus status;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "handed_over_by", length = 100)
    private String handedOverBy;

    @Column(name = "doorstep_order_id")
    private Long doorstepOrderId;

    protected Parcel() {
    }

    Parcel(long stationId, long householdId, Long gridId, String address, String carrier, String trackingNumber,
           String pickupCode, Instant arrivedAt) {
        this.stationId = stationId;
        this.householdId = householdId;
        this.gridId = gridId;
        this.address = address;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.pickupCode = pickupCode;
        this.status = ParcelStatus.WAITING;
        this.arrivedAt = arrivedAt;
    }

    void pickUp(String code, String by, Instant at) {
        requireWaiting("pick-up");
        byte[] given = (code == null ? "" : code.strip()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, pickupCode.getBytes(StandardCharsets.US_ASCII))) {
            throw DomainException.conflict("pickup_code_wrong");
        }
        status = ParcelStatus.PICKED_UP;
        handedOverAt = at;
        handedOverBy = by;
    }

    void orderDoorstep(long orderId) {
        requireWaiting("doorstep");
        if (doorstepOrderId != null) {
            throw DomainException.conflict("doorstep_already_requested");
        }
        doorstepOrderId = orderId;
    }

    void delivered(String by, Instant at) {
        requireWaiting("deliver");
        status = ParcelStatus.DELIVERED;
        handedOverAt = at;
        handedOverBy = by;
    }

    void doorstepDropped() {
        doorstepOrderId = null;
    }

    private void requireWaiting(String action) {
        if (status != ParcelStatus.WAITING) {
            throw DomainException.invalidTransition(status, action);
        }
    }

    public boolean isOverdue(Instant now) {
        return status == ParcelStatus.WAITING && arrivedAt.plus(OVERDUE_AFTER).isBefore(now);
    }

    public long id() {
        return id;
    }

    public long stationId() {
        return stationId;
    }

    public long householdId() {
        return householdId;
    }

    public String address() {
        return address;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** The pickup code; give it only to the household. */
    public String pickupCode() {
        return pickupCode;
    }

    public ParcelStatus status() {
        return status;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public Instant handedOverAt() {
        return handedOverAt;
    }

    public String handedOverBy() {
        return handedOverBy;
    }

    public Long doorstepOrderId() {
        return doorstepOrderId;
    }

    @Override
    public String auditName() {
        return "parcel:" + id;
    }
}
