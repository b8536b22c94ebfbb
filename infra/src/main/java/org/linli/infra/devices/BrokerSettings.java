package org.linli.infra.devices;

import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * Where the devices' MQTT broker is ({@code linli.mqtt.url}, e.g. {@code tcp://127.0.0.1:1883} or
 * {@code ssl://broker:8883}) and how Linli signs in to it. Without a URL, MQTT is off.
 */
public record BrokerSettings(String url, String username, String password) {

    public static Optional<BrokerSettings> from(Config config) {
        return config.getOptionalValue("linli.mqtt.url", String.class).map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> new BrokerSettings(url,
                        config.getOptionalValue("linli.mqtt.username", String.class).orElse(null),
                        config.getOptionalValue("linli.mqtt.password", String.class).orElse(null)));
    }

    @Override
    public String toString() {
        return url + (username == null ? "" : " as " + username);
    }
}
