package org.linli.tenants.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file Linli keeps, recognised by their first bytes: a browser's declared type or a file name can say
 * anything, so neither decides what is stored or how it is served.
 */
public enum FileType {
    PNG("image/png", "png", new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new int[]{0xFF, 0xD8, 0xFF}),
    WEBP("image/webp", "webp", new int[]{'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'}),
    PDF("application/pdf", "pdf", new int[]{'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final String extension;
    private final int[] signature;

    FileType(String mediaType, String extension, int[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** The type {@code bytes} start like, if any; {@code -1} in a signature matches any byte. */
    public static Optional<FileType> sniff(byte[] bytes) {
        return Arrays.stream(values()).filter(type -> type.matches(bytes)).findFirst();
    }

    private boolean matches(byte[] bytes) {
        if (bytes == null || bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] >= 0 && (bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
