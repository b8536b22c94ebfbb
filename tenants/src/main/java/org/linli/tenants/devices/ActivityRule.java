package org.linli.tenants.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The tenant's rule for elders living alone (独居老人): how long their home may be still in the daytime before the
 * family and carers are alerted ({@link DaytimeSilence}), how long they have to acknowledge before a case is opened,
 * and in which case category. One per tenant; a tenant that never changed it works with {@link #defaults()}.
 */
@Entity
@Table(name = "device_activity_rule")
public class ActivityRule extends TenantOwned {

    /** Four hours of a day from 07:00 to 21:00, an hour to acknowledge, on. */
    static final DeviceCommands.ActivitySettings DEFAULTS = new DeviceCommands.ActivitySettings(true, 240, 7 * 60,
            21 * 60, 60, null);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_activity_rule_seq")
    @SequenceGenerator(name = "device_activity_rule_seq", sequenceName = "device_activity_rule_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "silence_minutes", nullable = false)
    private int silenceMinutes;

    @Column(name = "day_start", nullable = false)
    private int dayStart;

    @Column(name = "day_end", nullable = false)
    private int dayEnd;

    @Column(name = "acknowledge_minutes", nullable = false)
    private int acknowledgeMinutes;

    @Column(name = "category_id")
    private Long categoryId;

    protected ActivityRule() {
    }

    ActivityRule(DeviceCommands.ActivitySettings settings) {
        change(settings);
    }

    /** The rule of a tenant that has not set its own; not stored until changed. */
    static ActivityRule defaults() {
        return new ActivityRule(DEFAULTS);
    }

    void change(DeviceCommands.ActivitySettings settings) {
        this.enabled = settings.enabled();
        this.silenceMinutes = settings.silenceMinutes();
        this.dayStart = settings.dayStart();
        this.dayEnd = settings.dayEnd();
        this.acknowledgeMinutes = settings.acknowledgeMinutes();
        this.categoryId = settings.categoryId();
    }

    public DeviceCommands.ActivitySettings settings() {
        return new DeviceCommands.ActivitySettings(enabled, silenceMinutes, dayStart, dayEnd, acknowledgeMinutes,
                categoryId);
    }

    DaytimeSilence silence(ZoneId zone) {
        return new DaytimeSilence(Duration.ofMinutes(silenceMinutes), dayStart, dayEnd, zone);
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration acknowledgeWithin() {
        return Duration.ofMinutes(acknowledgeMinutes);
    }

    public Long categoryId() {
        return categoryId;
    }
}
