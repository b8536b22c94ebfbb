package org.linli.tenants.marketplace;

import jakarta.persistence.EntityManager;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

/**
 * Where the services of this feature keep and fetch file bytes. Content rows are written and flushed before the row
 * that points at them, and removed after it, because the two are joined by a foreign key EclipseLink does not see.
 */
final class FileShelf {

    private final EntityManager em;

    FileShelf(EntityManager em) {
        this.em = em;
    }

    FileContent keep(UploadedFile file) {
        FileContent content = new FileContent(file);
        em.persist(content);
        em.flush();
        return content;
    }

    StoredFile take(long contentId, String fileName, FileType type) {
        FileContent content = em.find(FileContent.class, contentId);
        return new StoredFile(fileName, type, content.data(), content.sha256());
    }

    void discard(Object owner, long contentId) {
        em.remove(owner);
        em.flush();
        FileContent content = em.find(FileContent.class, contentId);
        if (content != null) {
            em.remove(content);
        }
    }
}
