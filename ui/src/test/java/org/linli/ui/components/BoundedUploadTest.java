package org.linli.ui.components;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads through the console are limited on the server, not only in the browser. */
class BoundedUploadTest {

    @Test
    void theServerLimitsTheRequestAndTheFile() {
        BoundedUpload upload = BoundedUpload.inMemory(2 * 1024 * 1024, (metadata, data) -> { });
        assertThat(upload.getFileSizeMax()).isEqualTo(2 * 1024 * 1024);
        assertThat(upload.getRequestSizeMax()).isEqualTo(2 * 1024 * 1024 + BoundedUpload.ENVELOPE_BYTES);
    }

    @Test
    void aLargerFileIsRefusedAfterOneByteMoreThanTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        assertThatThrownBy(() -> BoundedUpload.read(endless, 1000)).isInstanceOf(IOException.class);
        assertThat(served[0]).isEqualTo(1001);
    }

    @Test
    void aFileWithinTheLimitIsKeptWhole() throws IOException {
        assertThat(BoundedUpload.read(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    }
}
