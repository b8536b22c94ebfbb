package org.linli.infra.it;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Devices that speak MQTT: the repository's device simulator publishes signed events to Debian's mosquitto, and the
 * server's shared subscription feeds them to the same intake as HTTP — a smoke alarm opens a case in its building's
 * grid, a replayed or badly signed message changes nothing. Shares its server with the other client-side classes.
 */
class DeviceBrokerIT extends RealWarTest {

    private static final Path SIMULATOR = Path.of("simulator", "DeviceSimulator.java");

    @Test
    void aSmokeAlarmPublishedToTheBrokerOpensACaseAndAReplayOrAForgeryChangesNothing() throws Exception {
        Assumptions.assumeTrue(Broker.usable(), "mosquitto is not installed");
        Api api = new Api(base);
        String ops = api.token("ops-a");
        Devices devices = new Devices(api);
        long building = devices.buildingsOf(ops, "幸福里社区").get(1);
        Number grid = api.as(ops).get("/buildings/" + building).then().statusCode(200).extract().path("gridId");
        Devices.Device smoke = devices.register(ops, Api.unique("MQTT 烟感"), "SMOKE_DETECTOR", building);

        try (Broker broker = new Broker()) {
            // The server retries its broker every few seconds: heartbeats until one is taken say it is subscribed.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
            while (api.as(ops).get("/devices/" + smoke.id()).then().extract().path("lastSeenAt") == null) {
                assertThat(Instant.now()).as("the server never took an event from the broker").isBefore(deadline);
                assertThat(simulate(broker, smoke, "--kind", "HEARTBEAT")).isZero();
                Thread.sleep(1000);
            }

            assertThat(simulate(broker, smoke, "--kind", "SMOKE", "--detail", "3单元 烟雾", "--replay")).isZero();
            Number caseId = awaitAlert(api, ops, smoke, 1);
            api.as(ops).get("/cases/" + caseId).then().statusCode(200)
                    .body("source", Matchers.equalTo("DEVICE"))
                    .body("gridId", Matchers.equalTo(grid.intValue()));

            // A forged message is published (the broker cannot tell) but never believed.
            assertThat(simulate(broker, smoke, "--kind", "PANIC", "--bad-signature")).isZero();
            assertThat(simulate(broker, smoke, "--kind", "SMOKE")).isZero();
            awaitAlert(api, ops, smoke, 2);
            List<String> kinds = api.as(ops).get("/device-alerts?deviceId=" + smoke.id()).then().statusCode(200)
                    .extract().path("items.kind");
            assertThat(kinds).containsExactly("SMOKE");
        }
    }

    /** Waits until the device's one SMOKE alert counts {@code events}; answers its case. */
    private static Number awaitAlert(Api api, String ops, Devices.Device device, int events)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Integer> counts = api.as(ops).get("/device-alerts?deviceId=" + device.id()).then().statusCode(200)
                    .extract().path("items.eventCount");
            if (counts.size() == 1 && counts.get(0) >= events) {
                Thread.sleep(1500); // a replay, if it were taken, would arrive just after
                api.as(ops).get("/device-alerts?deviceId=" + device.id()).then()
                        .body("items[0].eventCount", Matchers.equalTo(events));
                return api.as(ops).get("/device-alerts?deviceId=" + device.id()).then().extract()
                        .path("items[0].caseId");
            }
            assertThat(Instant.now()).as("alert of %s with %s events", device.code(), events).isBefore(deadline);
            Thread.sleep(300);
        }
    }

    /** Runs the simulator from its source file, as the README shows; answers its exit status. */
    private static int simulate(Broker broker, Devices.Device device, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), SIMULATOR.toString(), "--device", device.code(), "--secret", device.secret(),
                "--mqtt", broker.url()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return process.exitValue();
    }
}
