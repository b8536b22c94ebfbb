package org.linli.tenants.devices;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decision a rule makes about an alerting event, apart from storage so that it can be read and tested alone:
 * a repeat of the device's latest alert of the kind (within the dedupe window, either side, as events may arrive out
 * of order), or a new alert — quiet if it falls in the rule's quiet hours, CRITICAL if another device nearby alerted
 * the same kind within the correlation window (it then joins that alert's case rather than opening another).
 */
public final class AlertPolicy {

    /** What a tenant's rules start as: kind, dedupe and correlation minutes, quiet hours, severity, category. */
    static final List<Default> DEFAULTS = List.of(
            new Default(EventKind.SMOKE, 10, 2, null, null, Severity.HIGH, DefaultCategory.FIRE),
            new Default(EventKind.EBIKE_IN_LIFT, 5, 0, null, null, Severity.NORMAL, DefaultCategory.FIRE),
            new Default(EventKind.THROWING_OBJECT, 10, 2, null, null, Severity.HIGH, DefaultCategory.THROWING),
            new Default(EventKind.PANIC, 5, 0, null, null, Severity.HIGH, DefaultCategory.EMERGENCY),
            new Default(EventKind.DOOR_OPEN, 30, 0, null, null, Severity.NORMAL, null),
            new Default(EventKind.WATER_FLOW, 60, 0, null, null, Severity.NORMAL, null),
            new Default(EventKind.TAMPER, 30, 0, null, null, Severity.NORMAL, DefaultCategory.MAINTENANCE),
            new Default(EventKind.LOW_BATTERY, 1440, 0, 22 * 60, 7 * 60, Severity.NORMAL,
                    DefaultCategory.MAINTENANCE),
            new Default(EventKind.OFFLINE, 0, 0, null, null, Severity.NORMAL, DefaultCategory.MAINTENANCE),
            new Default(EventKind.OTHER, 30, 0, 22 * 60, 7 * 60, Severity.NORMAL, DefaultCategory.OTHER));

    private AlertPolicy() {
    }

    /** A default rule; {@code category} null means alerts of the kind are only recorded. */
    record Default(EventKind kind, int dedupeMinutes, int correlationMinutes, Integer quietFrom, Integer quietTo,
                   Severity severity, DefaultCategory category) {

        DeviceCommands.RuleDetails details(Long categoryId) {
            return new DeviceCommands.RuleDetails(dedupeMinutes, correlationMinutes, quietFrom, quietTo, severity,
                    categoryId);
        }
    }

    /** The case categories default rules route to, created in the tenant's tree when missing (SLA in minutes). */
    enum DefaultCategory {
        FIRE("消防安全", "Fire safety", 15, 240),
        THROWING("高空抛物", "Objects thrown from height", 30, 480),
        EMERGENCY("紧急求助", "Emergency help", 10, 60),
        MAINTENANCE("设备维护", "Device maintenance", 240, 1440),
        ELDER_INACTIVE("独居老人无活动", "Elder alone: no activity", 15, 120),
        OTHER("其他", "Other", 240, 2700);

        final String name;
        final String nameEn;
        final long acceptMinutes;
        final long resolveMinutes;

        DefaultCategory(String name, String nameEn, long acceptMinutes, long resolveMinutes) {
            this.name = name;
            this.nameEn = nameEn;
            this.acceptMinutes = acceptMinutes;
            this.resolveMinutes = resolveMinutes;
        }
    }

    /** An alert already on record, as far as the decision needs it. */
    public record Recent(long alertId, long deviceId, Instant firstAt, Instant lastAt, Long caseId) {
    }

    /**
     * The situation of an event at {@code at}: the device's latest alert of the kind (or null), and the alerts of the
     * same kind by devices of the same building (or community) that were active around that time.
     */
    public record Situation(long deviceId, Instant at, ZoneId zone, Recent latestOfDevice, List<Recent> nearby) {

        public Situation {
            nearby = List.copyOf(nearby);
        }
    }

    /** What to do with the event. */
    public sealed interface Decision permits Repeat, Raise {
    }

    /** Count the event towards {@code alertId}. */
    public record Repeat(long alertId) implements Decision {
    }

    /** Raise a new alert at {@code severity}; quiet ones are recorded only; a correlated one joins the other's case. */
    public record Raise(Severity severity, boolean quiet, Optional<Recent> correlated) implements Decision {
    }

    public static Decision decide(AlertRule rule, Situation situation) {
        Recent latest = situation.latestOfDevice();
        Duration dedupe = rule.dedupeWindow();
        if (latest != null && !dedupe.isZero()
                && !situation.at().isBefore(latest.firstAt().minus(dedupe))
                && !situation.at().isAfter(latest.lastAt().plus(dedupe))) {
            return new Repeat(latest.alertId());
        }
        boolean quiet = rule.quietAt(situation.at().atZone(situation.zone()).toLocalTime());
        Optional<Recent> correlated = Optional.empty();
        if (rule.correlationMinutes() > 0) {
            Duration window = rule.correlationWindow();
            correlated = situation.nearby().stream()
                    .filter(other -> other.deviceId() != situation.deviceId())
                    .filter(other -> !situation.at().isBefore(other.firstAt().minus(window))
                            && !situation.at().isAfter(other.lastAt().plus(window)))
                    .max(Comparator.comparing(Recent::lastAt));
        }
        return new Raise(correlated.isPresent() ? Severity.CRITICAL : rule.severity(), quiet, correlated);
    }
}
