package org.linli.tenants.files;

/** A kept file handed out for download or display: its name, real type, bytes and their SHA-256 (an ETag). */
public record StoredFile(String fileName, FileType type, byte[] bytes, String sha256) {

    @Override
    public String toString() {
        return "StoredFile[" + fileName + ", " + type + ", " + bytes.length + " bytes]";
    }
}
