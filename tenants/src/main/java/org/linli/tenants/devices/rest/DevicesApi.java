package org.linli.tenants.devices.rest;

import org.linli.platform.problem.EnumValues;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.devices.ActivityConcern;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.AlertLabel;
import org.linli.tenants.devices.AlertRouting;
import org.linli.tenants.devices.AlertRule;
import org.linli.tenants.devices.ConcernState;
import org.linli.tenants.devices.Device;
import org.linli.tenants.devices.DeviceAlert;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceEventPipeline;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.DeviceState;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.devices.EventKind;
import org.linli.tenants.devices.LabelFigures;
import org.linli.tenants.devices.Severity;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link ActivityConcernResource}, {@link AlertResource}, {@link
 * AlertRuleResource}, {@link DeviceEventResource} and {@link DeviceResource}, as records; requests carry their Bean
 * Validation constraints.
 */
final class DevicesApi {

    private DevicesApi() {
    }

    public record LabelRequest(String label) {
    }

    public record AlertResponse(long id, long deviceId, String deviceCode, String deviceName, String placeName,
                                EventKind kind, Severity severity, AlertRouting routing, Instant firstAt,
                                Instant lastAt, int eventCount, Long caseId, AlertLabel label, Instant labelledAt) {

        static AlertResponse of(AlertDesk.AlertView view) {
            DeviceAlert a = view.alert();
            return new AlertResponse(a.id(), a.deviceId(), view.device().code(), view.device().name(),
                    view.device().place().name(), a.kind(), a.severity(), a.routing(), a.firstAt(), a.lastAt(),
                    a.eventCount(), a.caseId(), a.label(), a.labelledAt());
        }
    }

    public record RuleRequest(Integer dedupeMinutes, Integer correlationMinutes, Integer quietFrom, Integer quietTo,
                              String severity, Long categoryId) {

        DeviceCommands.RuleDetails details() {
            return new DeviceCommands.RuleDetails(dedupeMinutes == null ? 0 : dedupeMinutes,
                    correlationMinutes == null ? 0 : correlationMinutes, quietFrom, quietTo,
                    EnumValues.parse(Severity.class, severity, "severity"), categoryId);
        }
    }

    public record RuleResponse(EventKind kind, int dedupeMinutes, int correlationMinutes, Integer quietFrom,
                               Integer quietTo, Severity severity, Long categoryId) {

        static RuleResponse of(AlertRule r) {
            return new RuleResponse(r.eventKind(), r.dedupeMinutes(), r.correlationMinutes(), r.quietFrom(),
                    r.quietTo(), r.severity(), r.categoryId());
        }
    }

    /**
     * A device to register. {@code placeKind}: HOUSEHOLD ({@code householdId}), BUILDING ({@code buildingId}) or
     * COMMON_AREA ({@code communityId} and {@code placeName}); {@code heartbeatMinutes} defaults to 60.
     */
    public record DeviceRequest(String name, String kind, String placeKind, Long communityId, Long buildingId,
                                Long householdId, String placeName, Integer heartbeatMinutes) {

        DeviceCommands.Registration command() {
            return new DeviceCommands.Registration(name, EnumValues.parse(DeviceKind.class, kind, "kind"),
                    EnumValues.parse(PlaceKind.class, placeKind, "placeKind"), communityId, buildingId, householdId,
                    placeName, heartbeatMinutes == null ? 60 : heartbeatMinutes);
        }
    }

    public record ChangeRequest(String name, Integer heartbeatMinutes) {
    }

    /** A device; {@code falsePositivePercent} counts labelled alerts only (null when none is labelled). */
    public record DeviceResponse(long id, String code, String name, DeviceKind kind, PlaceKind placeKind,
                                 long communityId, Long buildingId, Long householdId, String placeName,
                                 DeviceState state, int heartbeatMinutes, Instant lastSeenAt, Instant createdAt,
                                 Instant secretIssuedAt, Long offlineCaseId, long alerts, long labelledAlerts,
                                 long falsePositives, Integer falsePositivePercent) {

        static DeviceResponse of(Device d, LabelFigures f) {
            Device.Place place = d.place();
            return new DeviceResponse(d.id(), d.code(), d.name(), d.kind(), place.kind(), place.communityId(),
                    place.buildingId(), place.householdId(), place.name(), d.state(), d.heartbeatMinutes(),
                    d.lastSeenAt(), d.createdAt(), d.secretIssuedAt(), d.offlineCaseId(), f.alerts(), f.labelled(),
                    f.falsePositives(), f.falsePositivePercent());
        }

        static DeviceResponse of(DeviceRegistry.DeviceDetail detail) {
            return of(detail.device(), detail.figures());
        }
    }

    /**
     * A device with the secret just issued: the HMAC key of its events, shown this once. {@code signing} says how
     * to sign an event with it.
     */
    public record IssuedResponse(DeviceResponse device, String secret, String signing) {

        static IssuedResponse of(DeviceRegistry.Issued issued) {
            return new IssuedResponse(DeviceResponse.of(issued.device(), LabelFigures.NONE), issued.secret(),
                    DeviceEventResource.SIGNING);
        }
    }

    public record SweepResponse(List<Long> wentOffline, int noncesPruned) {
    }

    public record EventResponse(long deviceId, EventKind kind, Long alertId, AlertRouting routing, Severity severity,
                                Long caseId, int eventCount) {

        static EventResponse of(DeviceEventPipeline.Receipt r) {
            return new EventResponse(r.deviceId(), r.kind(), r.alertId(), r.routing(), r.severity(), r.caseId(),
                    r.eventCount());
        }
    }

    /**
     * What the acknowledger says, at most 200 characters (checked by the service: Payara's OpenAPI scanner fails on
     * size constraints of record components).
     */
    public record AcknowledgeRequest(String note) {
    }

    public record ConcernResponse(long id, long elderId, String elderName, String address, Instant silentSince,
                                  Instant raisedAt, ConcernState state, Instant acknowledgeBy,
                                  String acknowledgedBy, Instant acknowledgedAt, String acknowledgeNote, Long caseId,
                                  Instant resolvedAt) {

        static ConcernResponse of(ElderActivity.ConcernView view) {
            ActivityConcern c = view.concern();
            return new ConcernResponse(c.id(), c.elderId(), view.elderName(), view.address(), c.silentSince(),
                    c.raisedAt(), c.state(), view.acknowledgeBy(), c.acknowledgedName(), c.acknowledgedAt(),
                    c.acknowledgeNote(), c.caseId(), c.resolvedAt());
        }
    }

    /** The rule; daytime and silence in minutes (day start and end as minutes of the day, tenant's zone). */
    public record ConcernRuleRequest(Boolean enabled, Integer silenceMinutes, Integer dayStart, Integer dayEnd,
                                     Integer acknowledgeMinutes, Long categoryId) {

        DeviceCommands.ActivitySettings settings() {
            return new DeviceCommands.ActivitySettings(enabled == null || enabled, orZero(silenceMinutes),
                    orZero(dayStart), orZero(dayEnd), orZero(acknowledgeMinutes), categoryId);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

    public record ConcernRuleResponse(boolean enabled, int silenceMinutes, int dayStart, int dayEnd,
                                      int acknowledgeMinutes, Long categoryId) {

        static ConcernRuleResponse of(DeviceCommands.ActivitySettings s) {
            return new ConcernRuleResponse(s.enabled(), s.silenceMinutes(), s.dayStart(), s.dayEnd(),
                    s.acknowledgeMinutes(), s.categoryId());
        }
    }
}
