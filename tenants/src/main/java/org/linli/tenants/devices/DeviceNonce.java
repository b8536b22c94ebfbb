package org.linli.tenants.devices;

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
 * A nonce a device used, kept for as long as its timestamp could still pass the clock check. The unique key on
 * (tenant, device, nonce) refuses a replay on any node of a cluster; the watch prunes nonces older than the window.
 */
@Entity
@Table(name = "device_nonce")
public class DeviceNonce extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_nonce_seq")
    @SequenceGenerator(name = "device_nonce_seq", sequenceName = "device_nonce_seq", allocationSize = 50)
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "nonce", nullable = false, length = 64)
    private String nonce;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected DeviceNonce() {
    }

    DeviceNonce(long deviceId, String nonce, Instant seenAt) {
        this.deviceId = deviceId;
        this.nonce = nonce;
        this.seenAt = seenAt;
    }
}
