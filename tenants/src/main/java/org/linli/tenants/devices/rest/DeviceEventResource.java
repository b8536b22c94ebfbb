package org.linli.tenants.devices.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.devices.DeviceEventPipeline;
import org.linli.tenants.devices.DeviceIntake;
import org.linli.tenants.devices.SignedEvent;
import org.linli.tenants.devices.rest.DevicesApi.EventResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The devices' door: signed events over HTTP, without a session or a user's token. The device is known by its code
 * and proves itself with its secret; the tenant is the device's.
 */
@Path("devices/events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class DeviceEventResource {

    /** How to sign, as documented in the API and told to operators with each secret. */
    static final String SIGNING = "X-Linli-Signature = HMAC-SHA256(key = the device secret as shown (ASCII),"
            + " message = X-Linli-Timestamp + \"\\n\" + X-Linli-Nonce + \"\\n\" + body bytes), hex or base64";

    /** The largest event body read. */
    static final int MAX_BODY = 16 * 1024;

    @Inject
    DeviceIntake intake;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A device reports an event (signed; no session or user token)", description = """
            Headers: `X-Linli-Device` (the device's code), `X-Linli-Timestamp` (epoch seconds),
            `X-Linli-Nonce` (8 to 64 of A-Z a-z 0-9 _ -, never reused by the device) and `X-Linli-Signature`:
            the HMAC-SHA256, keyed with the device's secret exactly as it was shown (its ASCII characters), of the
            canonical string `timestamp + "\\n" + nonce + "\\n" + body` — the header values as sent, each followed by
            one line feed (0x0A), then the body's bytes unchanged — written as hex (64 characters) or base64.
            Body: `{"kind": "SMOKE", "occurredAt": "2026-12-04T06:30:00Z", "value": 0.12, "detail": "..."}`
            (`kind` one of SMOKE, HEARTBEAT, DOOR_OPEN, WATER_FLOW, EBIKE_IN_LIFT, THROWING_OBJECT, PANIC, TAMPER,
            LOW_BATTERY, OTHER; `value` and `detail` optional; `occurredAt` at most 24 hours old).
            Answers 202 with what became of the event (the alert it counted towards, the case it opened or joined).
            A wrong or missing signature or an unknown device is 401 `device_signature_invalid`; a timestamp more than
            5 minutes from the server's clock or a nonce seen before is 401 `replayed`; a retired device 403
            `device_retired`; a bad body 400 `validation_failed`; more than 60 events a minute 429 with Retry-After.""")
    @APIResponse(responseCode = "202", description = "Accepted: what became of the event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EventResponse.class)))
    public Response receive(@HeaderParam("X-Linli-Device") String device,
                            @HeaderParam("X-Linli-Timestamp") String timestamp,
                            @HeaderParam("X-Linli-Nonce") String nonce,
                            @HeaderParam("X-Linli-Signature") String signature, InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY) {
            throw DomainException.invalid(FieldError.of("body", "size", 0, MAX_BODY));
        }
        DeviceEventPipeline.Receipt receipt = intake.receive(new SignedEvent(device, timestamp, nonce, signature,
                bytes));
        return Response.accepted(EventResponse.of(receipt)).build();
    }
}
