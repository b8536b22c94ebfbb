package org.linli.infra.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;
import org.linli.tenants.registry.importexport.ImportSheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How much an API request may send, decided once the caller is known and before anything reads the body.
 *
 * <ul>
 *   <li>Anonymous callers send small JSON or form bodies only (signing in, registering, payment notifications), at
 *       most {@value #ANONYMOUS_MAX_BYTES} bytes. Any other body (an upload) or a larger declared length is answered
 *       401 at once, unread.</li>
 *   <li>Signed-in callers send at most {@link #MAX_BYTES} (the largest upload, a resident list, plus room for its
 *       multipart envelope). A larger declared length is answered 413 {@code payload_too_large} at once.</li>
 *   <li>A body without declared length (chunked) is read through a counting stream that fails once it passes the
 *       caller's limit, so it is never held whole; the failure carries the same problem (401 or 413).</li>
 * </ul>
 * Endpoints bound their own reads further (images, documents), so these limits only stop what no endpoint wants.
 */
final class RequestBodies {

    static final long ANONYMOUS_MAX_BYTES = 64L * 1024;
    static final long MAX_BYTES = ImportSheet.MAX_BYTES + 1024L * 1024;

    private RequestBodies() {
    }

    /**
     * The problem that refuses the body before it is read, or null when it may be read (bounded).
     *
     * @param contentLength the declared length, -1 when none (chunked or no body)
     * @param chunked       whether a body comes without declared length
     */
    static DomainException refusal(boolean authenticated, long contentLength, boolean chunked, String contentType) {
        boolean body = contentLength > 0 || chunked;
        if (!body) {
            return null;
        }
        if (!authenticated) {
            return contentLength > ANONYMOUS_MAX_BYTES || !smallForm(contentType)
                    ? new DomainException(ProblemKind.UNAUTHENTICATED, "unauthenticated") : null;
        }
        return contentLength > MAX_BYTES ? tooLarge() : null;
    }

    /** The request with its body readable up to the caller's limit only. */
    static HttpServletRequest bounded(HttpServletRequest request, boolean authenticated) {
        long limit = authenticated ? MAX_BYTES : ANONYMOUS_MAX_BYTES;
        DomainException problem = authenticated ? tooLarge()
                : new DomainException(ProblemKind.UNAUTHENTICATED, "unauthenticated");
        return new Bounded(request, limit, problem);
    }

    static boolean chunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return request.getContentLengthLong() < 0 && encoding != null && !encoding.isBlank();
    }

    private static DomainException tooLarge() {
        return new DomainException(ProblemKind.TOO_LARGE, "payload_too_large", MAX_BYTES / 1024 / 1024);
    }

    private static boolean smallForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String media = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return media.equals("application/json") || media.endsWith("+json")
                || media.equals("application/x-www-form-urlencoded");
    }

    /** Thrown by a bounded body once it passes its limit; its cause is the problem to answer. */
    static final class BodyRefused extends IOException {

        BodyRefused(DomainException problem) {
            super(problem.code(), problem);
        }
    }

    /** A body that fails with its problem once more than {@code limit} bytes were read. */
    static final class LimitedInput extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final DomainException problem;
        private long read;

        LimitedInput(ServletInputStream in, long limit, DomainException problem) {
            this.in = in;
            this.limit = limit;
            this.problem = problem;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) throws BodyRefused {
            read += bytes;
            if (read > limit) {
                throw new BodyRefused(problem);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private final DomainException problem;
        private ServletInputStream body;

        Bounded(HttpServletRequest request, long limit, DomainException problem) {
            super(request);
            this.limit = limit;
            this.problem = problem;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInput(super.getInputStream(), limit, problem);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
