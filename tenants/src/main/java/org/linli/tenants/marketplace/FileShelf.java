package org.linli.tenants.marketplace;

import jakarta.persistence.EntityManager;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

import java.time.Instant;

/**
 * Where the services of this feature keep and fetch file bytes. Content rows are written and flushed before the row
 * that points at them, and removed after it, because the two are joined by a foreign key EclipseLink does not see.
 */
final class FileShelf {

    private final EntityManager em;

    FileShelf(EntityManager em) {
        this.em = em;
    }

    StoredFileRef keep(UploadedFile file, FileType type, Instant at) {
        FileContent content = new FileContent(file);
        em.persist(content);
        em.flush();
        return new StoredFileRef(type, content, at);
    }

    StoredFile take(StoredFileRef file, String fileName) {
        FileContent content = em.find(FileContent.class, file.contentId());
        return new StoredFile(fileName, file.type(), content.data(), content.sha256());
    }

    void discard(Object owner, StoredFileRef file) {
        em.remove(owner);
        em.flush();
        FileContent content = em.find(FileContent.class, file.contentId());
        if (content != null) {
            em.remove(content);
        }
    }
}
