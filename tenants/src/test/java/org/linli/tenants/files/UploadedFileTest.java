package org.linli.tenants.files;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFileTest {

    private static final Set<FileType> IMAGES = EnumSet.of(FileType.PNG, FileType.JPEG, FileType.WEBP);

    @Test
    void theTypeIsWhatTheBytesSayNotWhatTheNameClaims() {
        assertThat(file("photo.pdf", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1).accept(IMAGES, 100))
                .isEqualTo(FileType.PNG);
        assertThat(file("x", 0xFF, 0xD8, 0xFF, 0xE0).accept(IMAGES, 100)).isEqualTo(FileType.JPEG);
        assertThat(file("x", 'R', 'I', 'F', 'F', 9, 9, 9, 9, 'W', 'E', 'B', 'P').accept(IMAGES, 100))
                .isEqualTo(FileType.WEBP);
        assertThat(new UploadedFile("licence.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .accept(EnumSet.allOf(FileType.class), 100)).isEqualTo(FileType.PDF);
    }

    @Test
    void filesOfOtherTypesEmptyOrTooLargeAreRefusedAsFieldErrors() {
        assertThat(code(() -> new UploadedFile("a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))
                .accept(IMAGES, 100))).isEqualTo("file_type_not_allowed");
        assertThat(code(() -> new UploadedFile("a.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))
                .accept(IMAGES, 100))).isEqualTo("file_type_not_allowed");
        assertThat(code(() -> file("a", 'R', 'I', 'F', 'F', 9, 9, 9, 9, 'W', 'A', 'V', 'E').accept(IMAGES, 100)))
                .isEqualTo("file_type_not_allowed");
        assertThat(code(() -> new UploadedFile("a.png", new byte[0]).accept(IMAGES, 100))).isEqualTo("required");
        assertThat(code(() -> file("a", 0xFF, 0xD8, 0xFF, 0xE0, 0, 0).accept(IMAGES, 5))).isEqualTo("file_too_large");
    }

    @Test
    void keptNamesLoseTheirPathsAndControlCharactersAndNeverStayEmpty() {
        assertThat(new UploadedFile("C:\\scans\\营业执照.pdf", new byte[1]).safeName(FileType.PDF))
                .isEqualTo("营业执照.pdf");
        assertThat(new UploadedFile("../../etc/passwd\"\n", new byte[1]).safeName(FileType.PDF)).isEqualTo("passwd");
        assertThat(new UploadedFile(null, new byte[1]).safeName(FileType.JPEG)).isEqualTo("file.jpg");
        assertThat(new UploadedFile("a/", new byte[1]).safeName(FileType.PNG)).isEqualTo("file.png");
        assertThat(new UploadedFile("x".repeat(300) + ".pdf", new byte[1]).safeName(FileType.PDF))
                .hasSize(200).endsWith(".pdf");
    }

    @Test
    void theHashIdentifiesTheBytes() {
        assertThat(new UploadedFile("a", "abc".getBytes(StandardCharsets.US_ASCII)).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static UploadedFile file(String name, int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new UploadedFile(name, data);
    }

    private static String code(Runnable attempt) {
        try {
            attempt.run();
        } catch (DomainException problem) {
            return problem.fieldErrors().isEmpty() ? problem.code() : problem.fieldErrors().get(0).code();
        }
        throw new AssertionError("accepted");
    }
}
