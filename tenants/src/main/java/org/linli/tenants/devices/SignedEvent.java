package org.linli.tenants.devices;

/**
 * An event as a device sent it, before anything about it is believed: the device's code, its epoch-seconds timestamp,
 * a nonce, the signature, and the raw body bytes that were signed. Any transport (HTTP headers, an MQTT payload)
 * builds one and hands it to {@link DeviceIntake}.
 */
public record SignedEvent(String deviceCode, String timestamp, String nonce, String signature, byte[] body) {
}
