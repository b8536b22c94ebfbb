package org.linli.infra.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A POST whose body is generated while it is sent (declared length or chunked), over a plain socket so that the
 * test sees when the server answers: sending stops as soon as the answer arrives, and {@link #sent()} tells how
 * much of the body went out before it did.
 */
record StreamedUpload(int status, String body, long sent) {

    private static final int CHUNK = 64 * 1024;

    static StreamedUpload post(String url, String token, String contentType, long length, boolean chunked)
            throws Exception {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Accept: application/json\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n");
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> send(out, in, length, chunked, sent));
            int status;
            String body;
            try {
                String[] headers = new String(readHead(in), StandardCharsets.ISO_8859_1).split("\r\n");
                status = Integer.parseInt(headers[0].split(" ")[1]);
                body = new String(readBody(in, headers), StandardCharsets.UTF_8);
            } finally {
                socket.close();
                writing.handle((done, failed) -> null).join();
            }
            return new StreamedUpload(status, body, sent.get());
        }
    }

    private static void send(OutputStream out, InputStream in, long length, boolean chunked, AtomicLong sent) {
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        byte[] chunkHead = (Integer.toHexString(CHUNK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            while (sent.get() < length && in.available() == 0) {
                if (chunked) {
                    out.write(chunkHead);
                }
                out.write(chunk);
                if (chunked) {
                    out.write('\r');
                    out.write('\n');
                }
                sent.addAndGet(CHUNK);
            }
            if (chunked && sent.get() >= length) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closed) {
            // The server answered and closed the connection, or the test closed it after the answer.
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("Connection closed before the response head: " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private static byte[] readBody(InputStream in, String[] headers) throws IOException {
        for (String header : headers) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                return in.readNBytes(Integer.parseInt(header.substring(15).trim()));
            }
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                    body.write(in.readNBytes(size));
                    in.readNBytes(2);
                }
                return body.toByteArray();
            }
        }
        return in.readAllBytes();
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        String hex = line.toString().split(";")[0].trim();
        return hex.isEmpty() ? 0 : Integer.parseInt(hex, 16);
    }
}
