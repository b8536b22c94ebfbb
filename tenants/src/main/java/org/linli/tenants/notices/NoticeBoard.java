package org.linli.tenants.notices;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.registry.residents.ResidentDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The residents' side of notices: the notices addressed to the signed-in verified resident (by their home's
 * community, building and grid, and their tags, as the registry says now), pinned first, unread first; opening one
 * records the reading, once; acknowledging records that apart. A notice not addressed to them is not found.
 */
@ApplicationService
public class NoticeBoard {

    /** The most notices shown at once to one resident; a tenant with more live notices shows the newest. */
    static final int MAX_LIVE = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    NoticeDesk desk;

    @Inject
    Clock clock;

    /** A notice as its reader opens it, with its attachments. */
    public record Opened(NoticeCard card, List<NoticeAttachment> attachments) {
    }

    /** A page of my notices: pinned first, then unread, then newest. */
    @Query
    @RequiresPermission(Permissions.NOTICE_READ)
    public Page<NoticeCard> mine(PageRequest page) {
        long me = residents.me().id().value();
        List<Notice> live = live(desk.addressee(me));
        Map<Long, NoticeRead> reads = new HashMap<>();
        if (!live.isEmpty()) {
            em.createQuery("select r from NoticeRead r where r.residentId = :me and r.noticeId in :ids",
                            NoticeRead.class).setParameter("me", me)
                    .setParameter("ids", live.stream().map(Notice::id).toList()).getResultList()
                    .forEach(read -> reads.put(read.noticeId(), read));
        }
        List<NoticeCard> cards = live.stream().map(n -> card(n, reads.get(n.id())))
                .sorted(NoticeCard.READING_ORDER).toList();
        return Page.of(cards.subList(Math.min(page.offset(), cards.size()),
                Math.min(page.offset() + page.size(), cards.size())), cards.size(), page);
    }

    /** How many of my notices I have not opened yet (the badge on the home block). */
    @Query
    @RequiresPermission(Permissions.NOTICE_READ)
    public long unread() {
        long me = residents.me().id().value();
        List<Notice> live = live(desk.addressee(me));
        if (live.isEmpty()) {
            return 0;
        }
        long read = em.createQuery("select count(r) from NoticeRead r where r.residentId = :me and r.noticeId in :ids",
                Long.class).setParameter("me", me).setParameter("ids", live.stream().map(Notice::id).toList())
                .getSingleResult();
        return live.size() - read;
    }

    /** Opens one of my notices and records that I read it (the first time only). */
    @Audited("notice.read")
    @RequiresPermission(Permissions.NOTICE_READ)
    public Opened open(@AuditTarget long id) {
        long me = residents.me().id().value();
        Notice notice = addressed(id, me);
        NoticeRead read = record(notice, me);
        return new Opened(card(notice, read), desk.attachments(id));
    }

    /** Acknowledges one of my notices that asks for it (reading it too, if not yet recorded). */
    @Audited("notice.acknowledge")
    @RequiresPermission(Permissions.NOTICE_READ)
    public Opened acknowledge(@AuditTarget long id) {
        long me = residents.me().id().value();
        Notice notice = addressed(id, me);
        if (!notice.acknowledgementRequired()) {
            throw DomainException.conflict("notice_acknowledgement_not_required");
        }
        NoticeRead read = record(notice, me);
        read.acknowledge(clock.instant());
        return new Opened(card(notice, read), desk.attachments(id));
    }

    /** A file of one of my notices. */
    @Query
    @RequiresPermission(Permissions.NOTICE_READ)
    public StoredFile attachment(long id, long attachmentId) {
        addressed(id, residents.me().id().value());
        NoticeAttachment attachment = desk.attachment(id, attachmentId);
        return new StoredFile(attachment.fileName(), attachment.type(), attachment.data(), attachment.sha256());
    }

    private Notice addressed(long id, long me) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.isShownAt(clock.instant()) || !desk.audience(notice)
                .includes(desk.addressee(me))) {
            throw DomainException.notFound("notice_not_found");
        }
        return notice;
    }

    private NoticeRead record(Notice notice, long me) {
        desk.lockResident(me);
        NoticeRead read = desk.reading(notice.id(), me);
        if (read == null) {
            read = new NoticeRead(notice.id(), me, clock.instant());
            em.persist(read);
            em.flush();
        }
        return read;
    }

    /** The notices shown now to someone standing where {@code who} stands, newest first. */
    private List<Notice> live(Addressee who) {
        String audience = "n.audienceKind = :tenant or (n.audienceKind = :community and n.audienceTarget = :c)"
                + " or (n.audienceKind = :grid and n.audienceTarget = :g)"
                + " or (n.audienceKind = :buildings and exists (select b.id from NoticeBuilding b"
                + " where b.noticeId = n.id and b.buildingId = :b))"
                + (who.tags().isEmpty() ? "" : " or (n.audienceKind = :tagged and n.audienceTag in :tags)");
        Instant now = clock.instant();
        TypedQuery<Notice> query = em.createQuery("select n from Notice n where n.state = :published"
                        + " and (n.validFrom is null or n.validFrom <= :now)"
                        + " and (n.validUntil is null or n.validUntil > :now) and (" + audience + ")"
                        + " order by n.publishedAt desc, n.id desc", Notice.class)
                .setParameter("published", NoticeState.PUBLISHED).setParameter("now", now)
                .setParameter("tenant", AudienceKind.TENANT).setParameter("community", AudienceKind.COMMUNITY)
                .setParameter("c", who.community()).setParameter("grid", AudienceKind.GRID)
                .setParameter("g", who.grid() == null ? -1L : who.grid())
                .setParameter("buildings", AudienceKind.BUILDINGS).setParameter("b", who.building());
        if (!who.tags().isEmpty()) {
            query.setParameter("tagged", AudienceKind.TAG).setParameter("tags", List.copyOf(who.tags()));
        }
        return query.setMaxResults(MAX_LIVE).getResultList();
    }

    private static NoticeCard card(Notice notice, NoticeRead read) {
        return new NoticeCard(notice, read == null ? null : read.readAt(), read == null ? null : read.acknowledgedAt());
    }
}
