package org.linli.infra.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.infra.it.Benchmarks.jcmd;
import static org.linli.infra.it.Benchmarks.server;
import static org.linli.infra.it.Benchmarks.write;

/**
 * The server's live heap per signed-in storefront session, on demand (not part of the test command; see the README).
 * A plain HTTP client plays a phone's browser for each of {@value #DEFAULT_SESSIONS} residents, without running any of
 * the page's script: it opens the sign-in page and its Vaadin UI, signs in through the login form's event, lets that
 * page go as a browser does (the unload beacon closes its UI), opens the storefront the way the page's client would
 * (the page, the UI's init request, then the navigation event that builds the view) and keeps it alive with
 * heartbeats. The live heap is read from the server's process (after a full collection) before and after, and the
 * difference per session is reported with the classes that make it up. {@code -Dlinli.bench.heap-dump=file.hprof}
 * also writes the server's heap, sessions open, to that file.
 */
class SessionBenchmark extends RealWarTest {

    private static final int DEFAULT_SESSIONS = 200;
    private static final int SESSIONS = Integer.getInteger("linli.bench.sessions", DEFAULT_SESSIONS);
    /** Sessions opened before the first reading, so that what the first visits load once is not counted. */
    private static final int WARM_UP = Integer.getInteger("linli.bench.warm-up", 10);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC = Pattern.compile("\"syncId\":(-?\\d+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern HEARTBEAT = Pattern.compile("\"heartbeatInterval\":(\\d+)");
    private static final Pattern NODE = Pattern.compile("\"node\":(\\d+)");
    private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    @Test
    void liveHeapPerSignedInStorefrontSession() throws Exception {
        Api api = new Api(base);
        String root = api.root();
        List<String> residents = residents(api, WARM_UP + SESSIONS);
        ProcessHandle server = server();

        List<Session> warm = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            warm.add(Session.open(root, residents.get(i)));
        }
        Histogram before = histogram(server);

        List<Session> sessions = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(Session.open(root, residents.get(WARM_UP + i)));
        }
        double openSeconds = (System.nanoTime() - began) / 1e9;
        // Heartbeats well within the interval the server asks for, as the page's client sends them.
        int interval = sessions.get(0).heartbeatSeconds;
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor();
        keepAlive.scheduleAtFixedRate(() -> {
            for (Session s : sessions) {
                s.heartbeat();
            }
        }, 0, Math.max(5, interval / 3), TimeUnit.SECONDS);
        Histogram after;
        try {
            after = histogram(server);
            String dump = System.getProperty("linli.bench.heap-dump");
            if (dump != null) {
                // To find what holds the per-session heap: the live objects with the sessions still open.
                jcmd(server, "GC.heap_dump " + Path.of(dump).toAbsolutePath());
            }
        } finally {
            keepAlive.shutdownNow();
            keepAlive.awaitTermination(30, TimeUnit.SECONDS);
        }
        for (Session s : sessions) {
            assertThat(s.heartbeat()).as("the storefront UI of " + s.username + " is still alive").isEqualTo(200);
        }
        report(before, after, openSeconds);
        assertThat(after.total).isGreaterThan(0);
        assertThat(warm).hasSize(WARM_UP);
    }

    /** One browser tab's worth of state: the session cookie and the storefront's UI in it. */
    private static final class Session {
        final String root;
        final String username;
        final Map<String, String> cookies = new LinkedHashMap<>();
        int uiId;
        String csrf;
        int syncId;
        int clientId;
        int heartbeatSeconds;

        private Session(String root, String username) {
            this.root = root;
            this.username = username;
        }

        static Session open(String root, String username) throws Exception {
            Session s = new Session(root, username);
            s.get("/login");
            s.init("login");
            String login = s.uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                    + navigation("login") + "}");
            int form = nodeWithTag(login, "vaadin-login-form");
            String signedIn = s.uidl("{\"type\":\"event\",\"node\":" + form + ",\"event\":\"login\",\"data\":{"
                    + "\"event.detail.username\":\"" + username + "\",\"event.detail.password\":\""
                    + Api.DEMO_PASSWORD + "\"}}");
            assertThat(signedIn).as("sign-in of " + username + " sends the page on").contains("./");
            s.unload();
            // The page the sign-in sends the browser to: the storefront for a resident.
            s.get("/");
            s.init("");
            String shop = s.uidl("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                    + navigation("") + "}");
            assertThat(shop).as("the storefront of " + username).contains("storefront-tabs");
            return s;
        }

        private static String navigation(String route) {
            return "{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}";
        }

        private void init(String location) throws Exception {
            String body = get("/?v-r=init&location=" + location + "&query=");
            uiId = Integer.parseInt(first(UI_ID, body));
            csrf = first(CSRF, body);
            syncId = Integer.parseInt(first(SYNC, body));
            heartbeatSeconds = Integer.parseInt(first(HEARTBEAT, body));
            clientId = 0;
        }

        private String uidl(String rpc) throws Exception {
            String body = post("/?v-r=uidl&v-uiId=" + uiId, "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc
                    + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}");
            clientId++;
            syncId = Integer.parseInt(first(SYNC, body));
            return body;
        }

        /** What the page sends when the browser leaves it: the server closes its UI at once. */
        private void unload() throws Exception {
            post("/?v-r=uidl&v-uiId=" + uiId, "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}");
        }

        int heartbeat() {
            try {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(root + "/?v-r=heartbeat&v-uiId="
                        + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
                return response.statusCode();
            } catch (Exception e) {
                return -1;
            }
        }

        private String get(String path) throws Exception {
            return ok(send(HttpRequest.newBuilder(URI.create(root + path)).GET()));
        }

        private String post(String path, String json) throws Exception {
            return ok(send(HttpRequest.newBuilder(URI.create(root + path))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))));
        }

        private synchronized HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                        .append(value));
                request.header("Cookie", header.toString());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(set);
                if (m.find()) {
                    cookies.put(m.group(1), m.group(2));
                }
            }
            return response;
        }

        private String ok(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        }
    }

    /** The node id of the element with {@code tag} among a UIDL answer's changes. */
    private static int nodeWithTag(String uidl, String tag) {
        int at = uidl.indexOf("\"value\":\"" + tag + "\"");
        if (at < 0) {
            throw new AssertionError("no " + tag + " in " + uidl);
        }
        Matcher m = NODE.matcher(uidl.substring(uidl.lastIndexOf('{', at), at));
        if (!m.find()) {
            throw new AssertionError("no node for " + tag + " in " + uidl);
        }
        return Integer.parseInt(m.group(1));
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError(pattern + " not in " + text);
        }
        return m.group(1);
    }

    /**
     * Verified residents of the demo's first estate, each with an account of their own, registered by invite to
     * resident-a's home.
     */
    private static List<String> residents(Api api, int count) {
        String operator = api.token("ops-a");
        long home = api.as(api.token("resident-a")).get("/me/resident").then().statusCode(200).extract()
                .<Number>path("householdId").longValue();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = api.as(operator).post("/households/" + home + "/invites").then().statusCode(200)
                    .extract().path("code");
            String name = Api.unique("tab");
            Number id = api.anonymous().body(Map.of("inviteCode", code, "username", name,
                            "password", Api.DEMO_PASSWORD, "name", "住户", "mobile", String.format("1370000%04d", i),
                            "relation", "OTHER"))
                    .post("/registrations").then().statusCode(201).extract().path("id");
            api.as(operator).post("/residents/" + id + "/verify").then().statusCode(200);
            names.add(name);
        }
        return names;
    }

    /** The live objects of the server's heap by class, read after a full collection; the second of two readings. */
    private static Histogram histogram(ProcessHandle pid) throws Exception {
        jcmd(pid, "GC.run");
        Thread.sleep(2_000);
        histogramOnce(pid);
        Thread.sleep(2_000);
        return histogramOnce(pid);
    }

    private static Histogram histogramOnce(ProcessHandle pid) throws Exception {
        Histogram h = new Histogram();
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            Matcher total = HISTOGRAM_TOTAL.matcher(line);
            if (row.matches()) {
                h.instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
                h.bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            } else if (total.matches()) {
                h.total = Long.parseLong(total.group(2));
            }
        }
        return h;
    }

    private static final class Histogram {
        final Map<String, Long> instances = new HashMap<>();
        final Map<String, Long> bytes = new HashMap<>();
        long total;
    }

    private static void report(Histogram before, Histogram after, double openSeconds) throws IOException {
        double perSession = (after.total - before.total) / 1024.0 / SESSIONS;
        StringBuilder text = new StringBuilder(String.format("Session benchmark: %d signed-in storefront sessions"
                + " (%d more open before the first reading), opened in %.1f s%n", SESSIONS, WARM_UP, openSeconds));
        text.append(String.format("  live heap before  %,10d KB%n", before.total / 1024));
        text.append(String.format("  live heap after   %,10d KB%n", after.total / 1024));
        text.append(String.format("  per session       %10.1f KB%n", perSession));
        text.append("  largest growth per session, by class (bytes, instances):\n");
        after.bytes.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytes.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(25)
                .forEach(e -> text.append(String.format("    %9.0f  %7.1f  %s%n", (double) e.getValue() / SESSIONS,
                        (after.instances.get(e.getKey()) - before.instances.getOrDefault(e.getKey(), 0L))
                                / (double) SESSIONS, e.getKey())));
        write("sessions.txt", text);
    }
}
