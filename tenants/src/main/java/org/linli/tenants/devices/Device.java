package org.linli.tenants.devices;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.cases.PlaceKind;

import java.time.Duration;
import java.time.Instant;

/**
 * A sensor of the tenant at a place (a household, a building, or a named common area of a community), known to the
 * intake by its {@link DeviceCode}. Its secret is kept sealed (it must be read back to check signatures, so it cannot
 * be hashed) and is shown to the operator only when issued.
 *
 * <p>Lifecycle: ACTIVE → OFFLINE when silent past its heartbeat interval (one maintenance case per silence, kept in
 * {@code offlineCaseId}) → ACTIVE at its next event; ACTIVE or OFFLINE → RETIRED, after which nothing changes.
 */
@Entity
@Table(name = "device")
public class Device extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
    @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private DeviceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 20)
    private PlaceKind placeKind;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "household_id")
    private Long householdId;

    @Column(name = "place_name", nullable = false, length = 200)
    private String placeName;

    @Column(name = "area_name", length = 100)
    private String areaName;

    @Column(name = "secret", nullable = false, length = 200)
    private String sealedSecret;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private DeviceState state;

    @Column(name = "heartbeat_minutes", nullable = false)
    private int heartbeatMinutes;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "secret_issued_at", nullable = false)
    private Instant secretIssuedAt;

    /** The latest door or water event of a household's device: its residents' last sign of activity. */
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "offline_case_id")
    private Long offlineCaseId;

    protected Device() {
    }

    Device(String code, String name, DeviceKind kind, Place place, String sealedSecret, int heartbeatMinutes,
           Instant now) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.placeKind = place.kind();
        this.communityId = place.communityId();
        this.buildingId = place.buildingId();
        this.householdId = place.householdId();
        this.placeName = place.name();
        this.areaName = place.area();
        this.sealedSecret = sealedSecret;
        this.heartbeatMinutes = heartbeatMinutes;
        this.state = DeviceState.ACTIVE;
        this.createdAt = now;
        this.secretIssuedAt = now;
    }

    /**
     * Where a device is, named as cases name a place: {@code name} in full (community and building or area), and for
     * a common area its own name ({@code area}) as a case is filed with it.
     */
    public record Place(PlaceKind kind, long communityId, Long buildingId, Long householdId, String name,
                        String area) {
    }

    /** A new secret replaces the old one at once: events signed with the old one are refused from now on. */
    void rotateSecret(String sealed, Instant now) {
        requireNotRetired("rotate");
        this.sealedSecret = sealed;
        this.secretIssuedAt = now;
    }

    void retire() {
        requireNotRetired("retire");
        this.state = DeviceState.RETIRED;
    }

    void rename(String name, int heartbeatMinutes) {
        requireNotRetired("change");
        this.name = name;
        this.heartbeatMinutes = heartbeatMinutes;
    }

    /**
     * The device was heard from. A later time moves last-seen on (events may arrive out of order); an OFFLINE device is
     * ACTIVE again. Answers the maintenance case of the silence that just ended, if any.
     */
    Long heardAt(Instant at) {
        if (lastSeenAt == null || at.isAfter(lastSeenAt)) {
            lastSeenAt = at;
        }
        if (state != DeviceState.OFFLINE) {
            return null;
        }
        state = DeviceState.ACTIVE;
        Long ended = offlineCaseId;
        offlineCaseId = null;
        return ended;
    }

    /** Someone moved about at the device's place at {@code at} (events may arrive out of order). */
    void activityAt(Instant at) {
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    /** Whether the device reports its household's activity (a door sensor or water meter in a home). */
    public boolean watchesActivity() {
        return householdId != null && (kind == DeviceKind.DOOR_SENSOR || kind == DeviceKind.WATER_METER);
    }

    /** Whether the device, being active, has been silent for longer than its heartbeat interval at {@code now}. */
    public boolean silentAt(Instant now) {
        Instant last = lastSeenAt == null ? createdAt : lastSeenAt;
        return state == DeviceState.ACTIVE && last.plus(Duration.ofMinutes(heartbeatMinutes)).isBefore(now);
    }

    void wentOffline(Long maintenanceCaseId) {
        if (state != DeviceState.ACTIVE) {
            throw DomainException.invalidTransition(state, "offline");
        }
        state = DeviceState.OFFLINE;
        offlineCaseId = maintenanceCaseId;
    }

    private void requireNotRetired(String action) {
        if (state == DeviceState.RETIRED) {
            throw DomainException.invalidTransition(state, action);
        }
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DeviceKind kind() {
        return kind;
    }

    public Place place() {
        return new Place(placeKind, communityId, buildingId, householdId, placeName, areaName);
    }

    public DeviceState state() {
        return state;
    }

    public int heartbeatMinutes() {
        return heartbeatMinutes;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant secretIssuedAt() {
        return secretIssuedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Long offlineCaseId() {
        return offlineCaseId;
    }

    /** The common area's own name (without the community's), or null for a household or building. */
    public String areaName() {
        return areaName;
    }

    String sealedSecret() {
        return sealedSecret;
    }
}
