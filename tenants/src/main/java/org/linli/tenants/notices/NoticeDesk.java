package org.linli.tenants.notices;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.registry.grids.Grid;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.Community;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notices' reads and writes shared by their services: a plain bean, so that calls between the services' own
 * steps do not pass their permission checks again. How an audience maps onto the registry is decided here once.
 */
@Dependent
class NoticeDesk {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    Notice notice(long id, boolean lock) {
        Notice notice = lock ? em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Notice.class, id);
        if (notice == null) {
            throw DomainException.notFound("notice_not_found");
        }
        return notice;
    }

    Set<Long> buildings(long notice) {
        return new HashSet<>(em.createQuery("select b.buildingId from NoticeBuilding b where b.noticeId = :notice",
                Long.class).setParameter("notice", notice).getResultList());
    }

    Audience audience(Notice notice) {
        return notice.audience(notice.audienceKind() == AudienceKind.BUILDINGS ? buildings(notice.id()) : Set.of());
    }

    /** Checks that the audience names places of this tenant, and keeps its buildings. */
    void keepAudience(Notice notice, Audience audience) {
        switch (audience.kind()) {
            case COMMUNITY -> exists(Community.class, audience.target(), "targetId");
            case GRID -> exists(Grid.class, audience.target(), "targetId");
            case BUILDINGS -> audience.buildings().forEach(b -> exists(Building.class, b, "buildingIds"));
            default -> {
            }
        }
        em.createQuery("delete from NoticeBuilding b where b.noticeId = :notice")
                .setParameter("notice", notice.id()).executeUpdate();
        audience.buildings().forEach(building -> em.persist(new NoticeBuilding(notice.id(), building)));
    }

    private void exists(Class<?> type, long id, String field) {
        if (em.find(type, id) == null) {
            throw DomainException.invalid(FieldError.of(field, "notice_target_not_found"));
        }
    }

    List<NoticeAttachment> attachments(long notice) {
        return em.createQuery("select a from NoticeAttachment a where a.noticeId = :notice order by a.id",
                NoticeAttachment.class).setParameter("notice", notice).getResultList();
    }

    NoticeAttachment attachment(long notice, long id) {
        NoticeAttachment attachment = em.find(NoticeAttachment.class, id);
        if (attachment == null || attachment.noticeId() != notice) {
            throw DomainException.notFound("notice_attachment_not_found");
        }
        return attachment;
    }

    /** The active residents the audience addresses, as of now. */
    List<ReachTally.Member> members(Audience audience) {
        String condition = switch (audience.kind()) {
            case TENANT -> "";
            case COMMUNITY -> " and r.communityId = :target";
            case GRID -> " and r.gridId = :target";
            case BUILDINGS -> " and r.buildingId in :buildings";
            case TAG -> " and exists (select t.id from ResidentTag t where t.residentId = r.id and t.tag = :tag)";
        };
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.householdId, r.buildingId, r.userAccountId"
                + " from Resident r where r.status = :active" + condition, Object[].class)
                .setParameter("active", ResidentStatus.ACTIVE);
        switch (audience.kind()) {
            case COMMUNITY, GRID -> query.setParameter("target", audience.target());
            case BUILDINGS -> query.setParameter("buildings", List.copyOf(audience.buildings()));
            case TAG -> query.setParameter("tag", audience.tag());
            default -> {
            }
        }
        return query.getResultList().stream().map(row -> new ReachTally.Member((Long) row[0], (Long) row[1],
                (Long) row[2], (Long) row[3])).toList();
    }

    /** Every reading of the notice, by resident. */
    Map<Long, ReachTally.Reading> readings(long notice) {
        Map<Long, ReachTally.Reading> readings = new HashMap<>();
        em.createQuery("select r from NoticeRead r where r.noticeId = :notice", NoticeRead.class)
                .setParameter("notice", notice).getResultList()
                .forEach(r -> readings.put(r.residentId(), new ReachTally.Reading(r.readAt(), r.acknowledgedAt())));
        return readings;
    }

    /** Where a resident stands for notices: their home's community, building and grid, and their tags. */
    Addressee addressee(long residentId) {
        Resident resident = em.find(Resident.class, residentId);
        if (resident == null) {
            throw DomainException.conflict("resident_not_registered");
        }
        Set<Tag> tags = new HashSet<>(em.createQuery("select t.tag from ResidentTag t where t.residentId = :r",
                Tag.class).setParameter("r", residentId).getResultList());
        return new Addressee(resident.community().value(), resident.building().value(), resident.gridId(), tags);
    }

    /** Locks the resident's row, so that one resident's concurrent openings record one reading. */
    void lockResident(long residentId) {
        em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
    }

    NoticeRead reading(long notice, long resident) {
        return em.createQuery("select r from NoticeRead r where r.noticeId = :notice and r.residentId = :resident",
                        NoticeRead.class).setParameter("notice", notice).setParameter("resident", resident)
                .getResultStream().findFirst().orElse(null);
    }

    String buildingName(long id) {
        Building building = em.find(Building.class, id);
        return building == null ? "#" + id : building.name();
    }
}
