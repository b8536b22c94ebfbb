package org.linli.infra.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmarks' HTTP/1.1 client: a request runs on the calling thread over a kept-alive connection, as the JDBC
 * driver runs the hand-written SQL that answers are compared with. The JDK's {@code HttpClient} hands every exchange
 * to its selector thread and back; against a node idle for 200 ms that hand-over cost the client a third of a
 * millisecond per request (a liveness check took 1.71 ms through it, 1.36 ms through this), the benchmark measuring
 * itself. A request is immutable once built, so workers may send the same one at once.
 */
final class BenchmarkHttp {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] body;

    private BenchmarkHttp(String method, URI uri, Map<String, String> headers, byte[] body) {
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.body = body;
    }

    static BenchmarkHttp get(String url) {
        return new BenchmarkHttp("GET", URI.create(url), Map.of(), null);
    }

    /**
     * A POST without a body, and so without a content type (given a body, even an empty one, the JDK's connection
     * declares it a form, which a JSON endpoint refuses).
     */
    static BenchmarkHttp post(String url) {
        return new BenchmarkHttp("POST", URI.create(url), Map.of(), null);
    }

    /** A POST of a JSON body. */
    static BenchmarkHttp post(String url, String json) {
        return new BenchmarkHttp("POST", URI.create(url), Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    BenchmarkHttp header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new BenchmarkHttp(method, uri, Map.copyOf(more), body);
    }

    BenchmarkHttp bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** The address, to resolve others against. */
    URI uri() {
        return uri;
    }

    /** Sends the request and answers the body as text; fails unless the answer has {@code status}. */
    String send(int status) throws IOException {
        HttpURLConnection connection = open();
        try (InputStream in = answer(connection, status)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends the request and receives every byte of the answer without decoding it, since nothing looks at them
     * (decoding a catalogue page's 10 KB into a string cost the client a fifth of a millisecond).
     */
    void read(int status) throws IOException {
        HttpURLConnection connection = open();
        try (InputStream in = answer(connection, status)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /**
     * Sends the request, reads the first {@code lines} lines of a 200 answer, then drops the connection rather than
     * reading the rest (closing the stream would drain it, to keep the connection).
     */
    void firstLines(int lines) throws IOException {
        HttpURLConnection connection = open();
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(answer(connection, 200),
                    StandardCharsets.UTF_8));
            for (int i = 0; i < lines; i++) {
                if (text.readLine() == null) {
                    throw new AssertionError("the answer ended after " + i + " lines");
                }
            }
        } finally {
            connection.disconnect();
        }
    }

    private HttpURLConnection open() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestMethod(method);
        // As the JDK's HttpClient did by default: a redirect is an answer, not followed.
        connection.setInstanceFollowRedirects(false);
        // Any type, as no Accept header means (the JDK's HttpClient sends none); this connection's own default asks
        // for HTML and images first.
        connection.setRequestProperty("Accept", "*/*");
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        return connection;
    }

    /** The answer's body; fails, with what the server said, unless it has {@code status}. */
    private static InputStream answer(HttpURLConnection connection, int status) throws IOException {
        int got = connection.getResponseCode();
        if (got != status) {
            InputStream error = got >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String said = error == null ? "" : new String(error.readAllBytes(), StandardCharsets.UTF_8);
            throw new AssertionError(connection.getRequestMethod() + " " + connection.getURL() + ": " + got + " "
                    + said);
        }
        return connection.getInputStream();
    }
}
