package org.linli.tenants.devices;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a device reports, once its body is read: {@code {"kind": "SMOKE", "occurredAt": "2026-12-04T06:30:00Z",
 * "value": 0.12, "detail": "..."}} — {@code value} and {@code detail} optional. An event may be at most
 * {@link #LATE} old and {@link EventSignature#SKEW} ahead of the server when received.
 */
public record DeviceEvent(EventKind kind, Instant occurredAt, BigDecimal value, String detail) {

    /** How old an event may be when it arrives (a device that buffered while its network was down). */
    public static final Duration LATE = Duration.ofHours(24);
    public static final int MAX_DETAIL = 500;

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Reads a body; a body that is not such an object is {@code validation_failed} with the fields at fault. */
    public static DeviceEvent parse(byte[] body) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw DomainException.invalid(FieldError.of("body", "format"));
            }
            json = value.asJsonObject();
        } catch (JsonException notJson) {
            throw DomainException.invalid(FieldError.of("body", "format"));
        }
        EventKind kind = null;
        if (!(json.get("kind") instanceof JsonString text)) {
            throw DomainException.invalid(FieldError.of("kind", "required"));
        }
        try {
            kind = EventKind.valueOf(text.getString());
        } catch (IllegalArgumentException unknown) {
            // reported below with the allowed values
        }
        if (kind == null || !kind.sentByDevices()) {
            throw DomainException.invalid(FieldError.of("kind", "one_of", sendable()));
        }
        if (!(json.get("occurredAt") instanceof JsonString at)) {
            throw DomainException.invalid(FieldError.of("occurredAt", "required"));
        }
        Instant occurredAt;
        try {
            occurredAt = Instant.parse(at.getString());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FieldError.of("occurredAt", "instant"));
        }
        JsonValue reading = json.get("value");
        BigDecimal value = null;
        if (reading instanceof JsonNumber number) {
            value = number.bigDecimalValue();
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0 || value.scale() > 4) {
                throw DomainException.invalid(FieldError.of("value", "invalid"));
            }
        } else if (reading != null && reading.getValueType() != JsonValue.ValueType.NULL) {
            throw DomainException.invalid(FieldError.of("value", "invalid"));
        }
        JsonValue given = json.get("detail");
        String detail = null;
        if (given instanceof JsonString d) {
            detail = d.getString().strip();
            if (detail.length() > MAX_DETAIL) {
                throw DomainException.invalid(FieldError.of("detail", "size", 0, MAX_DETAIL));
            }
            detail = detail.isEmpty() ? null : detail;
        } else if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
            throw DomainException.invalid(FieldError.of("detail", "invalid"));
        }
        return new DeviceEvent(kind, occurredAt, value, detail);
    }

    /** Refuses an event too far in the past or the future of {@code now}. */
    void requireTimely(Instant now) {
        if (occurredAt.isAfter(now.plus(EventSignature.SKEW)) || occurredAt.isBefore(now.minus(LATE))) {
            throw DomainException.invalid(FieldError.of("occurredAt", "device_event_untimely"));
        }
    }

    private static String sendable() {
        return Arrays.stream(EventKind.values()).filter(EventKind::sentByDevices).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
