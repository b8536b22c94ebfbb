package org.linli.infra.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.ProblemKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an API request may send, decided before its body is read. */
class RequestBodiesTest {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @Test
    void anAnonymousUploadIsRefusedUnreadWhateverItsSize() {
        assertThat(RequestBodies.refusal(false, HUNDRED_MB, false, "application/octet-stream"))
                .extracting(DomainException::kind, DomainException::code)
                .containsExactly(ProblemKind.UNAUTHENTICATED, "unauthenticated");
        assertThat(RequestBodies.refusal(false, -1, true, "image/png")).isNotNull();
        assertThat(RequestBodies.refusal(false, 10, false, "multipart/form-data; boundary=x")).isNotNull();
        assertThat(RequestBodies.refusal(false, 10, false, null)).isNotNull();
    }

    @Test
    void anonymousCallersSendSmallJsonOrFormsOnly() {
        assertThat(RequestBodies.refusal(false, 300, false, "application/json; charset=UTF-8")).isNull();
        assertThat(RequestBodies.refusal(false, 300, false, "application/x-www-form-urlencoded")).isNull();
        assertThat(RequestBodies.refusal(false, -1, true, "application/json")).isNull();
        assertThat(RequestBodies.refusal(false, RequestBodies.ANONYMOUS_MAX_BYTES + 1, false, "application/json"))
                .extracting(DomainException::kind).isEqualTo(ProblemKind.UNAUTHENTICATED);
    }

    @Test
    void requestsWithoutBodyPass() {
        assertThat(RequestBodies.refusal(false, -1, false, null)).isNull();
        assertThat(RequestBodies.refusal(false, 0, false, "image/png")).isNull();
    }

    @Test
    void aSignedInCallerMaySendUpToTheLargestUploadAndIsToldWhenMore() {
        assertThat(RequestBodies.refusal(true, RequestBodies.MAX_BYTES, false, "text/csv")).isNull();
        assertThat(RequestBodies.refusal(true, -1, true, "application/octet-stream")).isNull();
        assertThat(RequestBodies.refusal(true, HUNDRED_MB, false, "application/octet-stream"))
                .extracting(DomainException::kind, DomainException::code)
                .containsExactly(ProblemKind.TOO_LARGE, "payload_too_large");
    }

    @Test
    void aChunkedBodyIsCutOnceItPassesTheLimitWithoutReadingFurther() {
        Endless source = new Endless();
        DomainException problem = new DomainException(ProblemKind.TOO_LARGE, "payload_too_large", 21);
        InputStream body = new RequestBodies.LimitedInput(source, 1024, problem);
        assertThatThrownBy(() -> body.readNBytes((int) HUNDRED_MB))
                .isInstanceOf(RequestBodies.BodyRefused.class).hasCause(problem);
        assertThat(source.served.get()).isEqualTo(1025);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        InputStream body = new RequestBodies.LimitedInput(new Endless(), 1024,
                new DomainException(ProblemKind.TOO_LARGE, "payload_too_large"));
        assertThat(body.readNBytes(1024)).hasSize(1024);
    }

    /** A body that never ends, counting what was taken from it. */
    private static final class Endless extends ServletInputStream {

        final AtomicLong served = new AtomicLong();

        @Override
        public int read() {
            served.incrementAndGet();
            return 'x';
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
