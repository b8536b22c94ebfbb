package org.linli.tenants.ads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

/**
 * The image of a booking's creative, one per booking, kept apart from the booking so that lists of bookings never
 * load image bytes. Its type was recognised from its bytes when uploaded.
 */
@Entity
@Table(name = "ad_creative_image")
public class AdCreativeImage extends TenantOwned {

    @Id
    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "data", nullable = false)
    private byte[] data;

    protected AdCreativeImage() {
    }

    AdCreativeImage(AdBookingId booking, byte[] data, String sha256) {
        this.bookingId = booking.value();
        this.data = data;
        this.sha256 = sha256;
    }

    void replace(byte[] newData, String newSha256) {
        this.data = newData;
        this.sha256 = newSha256;
    }

    public byte[] data() {
        return data;
    }

    public String sha256() {
        return sha256;
    }
}
