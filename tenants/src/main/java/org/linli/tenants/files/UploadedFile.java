package org.linli.tenants.files;

import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * A file as someone handed it in: the name they gave it and its bytes. {@link #accept} decides whether Linli keeps
 * it — by its real type and size — and answers a localised {@code file} field error otherwise.
 */
public record UploadedFile(String fileName, byte[] bytes) {

    /** Images of offerings: small enough for a phone to load quickly. */
    public static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

    /** Scans of licences and certificates. */
    public static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

    /** The type of an acceptable file, or a {@code file} field error: empty, too large or of a type not allowed. */
    public FileType accept(Set<FileType> allowed, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw DomainException.invalid(FieldError.of("file", "required"));
        }
        if (bytes.length > maxBytes) {
            throw DomainException.invalid(FieldError.of("file", "file_too_large", maxBytes / (1024 * 1024)));
        }
        return FileType.sniff(bytes).filter(allowed::contains).orElseThrow(() -> DomainException.invalid(
                FieldError.of("file", "file_type_not_allowed", String.join(", ",
                        allowed.stream().map(FileType::extension).sorted().toList()))));
    }

    /** The name to keep: the given one without any path, at most 200 characters, or a neutral one. */
    public String safeName(FileType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip().replaceAll("[\\p{Cntrl}\"]", "");
        if (name.isEmpty()) {
            name = "file." + type.extension();
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    /** The hex SHA-256 of the bytes, kept to serve them with a strong validator and to spot repeats. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fileName + ", " + (bytes == null ? 0 : bytes.length) + " bytes]";
    }
}
