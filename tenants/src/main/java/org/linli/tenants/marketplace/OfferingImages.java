package org.linli.tenants.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pictures of offerings: providers' staff add, reorder and remove them on their own offerings; whoever may see an
 * offering sees its pictures, and lists of cards read their covers at once. Kept apart from {@link CatalogService}
 * because pictures are files with their own limits and storage, while the catalogue is about what is on sale; the
 * offering's visibility is still decided by the catalogue alone.
 */
@ApplicationService
public class OfferingImages {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    OfferingAccess access;

    @Inject
    Clock clock;

    /** The pictures of an offering in display order, for whoever may see the offering. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<OfferingImage> images(OfferingId id) {
        catalog.get(id);
        return imagesOf(id);
    }

    /**
     * A page of the offerings on sale ({@link CatalogService#browse}) with their covers, read in one transaction:
     * the storefront's shelf, asked for on every visit.
     */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Page<OfferingCard> shelf(CatalogService.OfferingFilter filter, PageRequest page) {
        Page<Offering> found = catalog.browse(filter, page);
        Map<OfferingId, OfferingImage> covers = covers(found.items().stream().map(Offering::id).toList());
        return Page.of(found.items().stream().map(o -> new OfferingCard(o, covers.get(o.id()))).toList(),
                found.total(), page);
    }

    /** The cover picture of each of {@code offerings} that has one, read with one query (for lists of cards). */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Map<OfferingId, OfferingImage> covers(Collection<OfferingId> offerings) {
        TenantContext.require();
        Map<OfferingId, OfferingImage> covers = new HashMap<>();
        if (offerings.isEmpty()) {
            return covers;
        }
        em.createQuery("select i from OfferingImage i where i.offeringId in :offerings order by i.position desc",
                        OfferingImage.class)
                .setParameter("offerings", offerings.stream().map(OfferingId::value).toList())
                .getResultList().forEach(image -> covers.put(image.offering(), image));
        return covers;
    }

    /** One picture's bytes, for whoever may see the offering. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public StoredFile image(OfferingId id, long imageId) {
        catalog.get(id);
        OfferingImage image = imageOf(id, imageId);
        return new FileShelf(em).take(image.file(), "offering-" + id.value() + "-" + imageId + "."
                + image.file().type().extension());
    }

    /** Adds a picture (PNG, JPEG or WebP, at most 2 MB) after the others; at most six per offering. */
    @Audited("offering.image.add")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public OfferingImage addImage(@AuditTarget OfferingId id, UploadedFile file) {
        access.own(id);
        FileType type = file.accept(EnumSet.of(FileType.PNG, FileType.JPEG, FileType.WEBP),
                UploadedFile.MAX_IMAGE_BYTES);
        List<OfferingImage> images = imagesOf(id);
        if (images.size() >= OfferingImage.MAX_PER_OFFERING) {
            throw DomainException.conflict("offering_images_full", OfferingImage.MAX_PER_OFFERING);
        }
        int position = images.isEmpty() ? 0 : images.get(images.size() - 1).position() + 1;
        OfferingImage image = new OfferingImage(id, position, new FileShelf(em).keep(file, type, clock.instant()));
        em.persist(image);
        return image;
    }

    /** Makes a picture the cover: it moves before all others. */
    @Audited("offering.image.cover")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public OfferingImage makeCover(@AuditTarget OfferingId id, long imageId) {
        access.own(id);
        OfferingImage image = imageOf(id, imageId);
        image.moveTo(imagesOf(id).get(0).position() - 1);
        return image;
    }

    @Audited("offering.image.remove")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public void removeImage(@AuditTarget OfferingId id, long imageId) {
        access.own(id);
        OfferingImage image = imageOf(id, imageId);
        new FileShelf(em).discard(image, image.file());
    }

    private List<OfferingImage> imagesOf(OfferingId id) {
        return em.createQuery("select i from OfferingImage i where i.offeringId = :offering"
                + " order by i.position, i.id", OfferingImage.class).setParameter("offering", id.value())
                .setMaxResults(OfferingImage.MAX_PER_OFFERING).getResultList();
    }

    private OfferingImage imageOf(OfferingId id, long imageId) {
        OfferingImage image = em.find(OfferingImage.class, imageId);
        if (image == null || !image.offering().equals(id)) {
            throw DomainException.notFound("image_not_found");
        }
        return image;
    }
}
