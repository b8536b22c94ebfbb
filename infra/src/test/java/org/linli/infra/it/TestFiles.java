package org.linli.infra.it;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Files tests upload: recognisable by their first bytes, otherwise arbitrary, made at test time. */
final class TestFiles {

    private TestFiles() {
    }

    /** A PDF as far as its header goes, {@code size} bytes long. */
    static byte[] pdf(int size) {
        return padded("%PDF-1.7\n% test licence\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    /** A PNG as far as its signature goes, {@code size} bytes long. */
    static byte[] png(int size) {
        return padded(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13}, size);
    }

    private static byte[] padded(byte[] head, int size) {
        byte[] bytes = Arrays.copyOf(head, Math.max(size, head.length));
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
