package org.linli.infra.devices;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.devices.DeviceIntake;
import org.linli.tenants.devices.SignedEvent;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Linli's subscription to the devices' broker: every node subscribes to {@link BrokerMessage#SUBSCRIPTION} in one
 * share group, so each event reaches one node however many run, and hands it to the {@link DeviceIntake} — the same
 * checks and pipeline as HTTP. A message is acknowledged (QoS 1) once the intake has taken or refused it, so an event
 * lost to a node that dies mid-way is delivered again by the broker. A refused event (bad signature, replay, bad
 * body) is logged with its reason and dropped: MQTT has no answer to send. The connection is watched every few
 * seconds rather than by the client's own reconnect, whose back-off grows to two minutes.
 */
@ApplicationScoped
public class DeviceBrokerSubscription {

    private static final Logger LOG = Logger.getLogger(DeviceBrokerSubscription.class.getName());
    private static final long WATCH_SECONDS = 5;

    @Inject
    DeviceIntake intake;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    private BrokerSettings settings;
    private MqttAsyncClient client;
    private ScheduledFuture<?> watch;
    private volatile boolean reportedDown;

    /** Starts the subscription when a broker is configured; answers whether it did. */
    public synchronized boolean startIfConfigured() {
        Optional<BrokerSettings> configured = BrokerSettings.from(ConfigProvider.getConfig());
        if (configured.isEmpty() || client != null) {
            return client != null;
        }
        settings = configured.get();
        try {
            client = new MqttAsyncClient(settings.url(), "linli-" + UUID.randomUUID(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("linli.mqtt.url is not a broker address: " + settings.url(), e);
        }
        client.setManualAcks(true);
        client.setCallback(new Deliveries());
        watch = scheduler.scheduleWithFixedDelay(this::keepConnected, 0, WATCH_SECONDS, TimeUnit.SECONDS);
        LOG.info(() -> "Device events: subscribing to " + BrokerMessage.SUBSCRIPTION + " at " + settings);
        return true;
    }

    public synchronized void stop() {
        if (watch != null) {
            watch.cancel(false);
        }
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect().waitForCompletion(2_000);
                }
                client.close();
            } catch (MqttException e) {
                LOG.log(Level.FINE, "closing the broker connection", e);
            }
            client = null;
        }
    }

    /** Whether the subscription is up now (false when MQTT is off). */
    public boolean connected() {
        MqttAsyncClient current = client;
        return current != null && current.isConnected();
    }

    private synchronized void keepConnected() {
        if (client == null || client.isConnected()) {
            return;
        }
        try {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            options.setConnectionTimeout(10);
            options.setKeepAliveInterval(30);
            if (settings.username() != null) {
                options.setUserName(settings.username());
            }
            if (settings.password() != null) {
                options.setPassword(settings.password().toCharArray());
            }
            client.connect(options).waitForCompletion(10_000);
            client.subscribe(BrokerMessage.SUBSCRIPTION, 1).waitForCompletion(10_000);
            if (reportedDown) {
                LOG.info(() -> "Device events: the broker at " + settings + " is reachable again");
            }
            reportedDown = false;
        } catch (MqttException e) {
            if (!reportedDown) {
                LOG.warning(() -> "Device events: cannot reach the broker at " + settings + " (" + e.getMessage()
                        + "); retrying every " + WATCH_SECONDS + " s");
            }
            reportedDown = true;
        }
    }

    private void receive(String topic, MqttMessage message) {
        try {
            Optional<SignedEvent> event = BrokerMessage.read(topic, message.getPayload());
            if (event.isEmpty()) {
                LOG.warning(() -> "Device events: dropped a message on " + topic + " that is not a signed event");
            } else {
                intake.receive(event.get());
            }
        } catch (DomainException refused) {
            LOG.warning(() -> "Device events: refused a message on " + topic + ": " + refused.code());
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Device events: could not take a message on " + topic, failed);
        } finally {
            acknowledge(message);
        }
    }

    private void acknowledge(MqttMessage message) {
        MqttAsyncClient current = client;
        if (current != null && current.isConnected()) {
            try {
                current.messageArrivedComplete(message.getId(), message.getQos());
            } catch (MqttException e) {
                LOG.log(Level.FINE, "acknowledging a device event", e);
            }
        }
    }

    /** Paho's callbacks run on its own thread; the work runs on the server's, where transactions are at hand. */
    private final class Deliveries implements MqttCallback {

        @Override
        public void connectionLost(Throwable cause) {
            LOG.warning(() -> "Device events: lost the broker (" + cause + "); reconnecting");
            reportedDown = true;
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            workers.execute(() -> receive(topic, message));
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
