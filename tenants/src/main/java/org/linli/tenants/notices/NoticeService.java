package org.linli.tenants.notices;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.files.FileType;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.inbox.MessagePort;
import org.linli.tenants.privacy.Disclosed;
import org.linli.tenants.privacy.Disclosure;
import org.linli.tenants.privacy.PersonalField;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.structure.Household;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operators' side of notices: write, publish, pin and withdraw them with their attachments; see how far each
 * reached, building by building, and which households it has not reached; remind those through the message port.
 */
@ApplicationService
public class NoticeService {

    /** What a notice may carry: documents as PDF, pictures as PNG, JPEG or WebP. */
    public static final EnumSet<FileType> ATTACHMENT_TYPES = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG,
            FileType.WEBP);

    /** The message topic of reminders (for filtering and, later, muting). */
    public static final String REMINDER_TOPIC = "notice.reminder";

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    NoticeDesk desk;

    @Inject
    Disclosure disclosure;

    @Inject
    MessagePort messages;

    @Inject
    Clock clock;

    /** A notice as its editor sees it: the notice, whom it addresses, and its attachments. */
    public record NoticeView(Notice notice, NoticeState state, Audience audience,
                             List<NoticeAttachment> attachments) {
    }

    /** A page of the tenant's notices, pinned first, then newest; by state (EXPIRED included) and words. */
    @Query
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public Page<Notice> list(NoticeCommands.Filter filter, PageRequest page) {
        validator.validate(filter);
        Instant now = clock.instant();
        PagedQuery<Notice> query = PagedQuery.of(em, Notice.class, "n")
                .filter("lower(n.title) like :text", "text", PagedQuery.contains(filter.text()));
        if (filter.state() == NoticeState.EXPIRED) {
            query = query.filter("n.state = :stored", "stored", NoticeState.PUBLISHED)
                    .filter("n.validUntil <= :now", "now", now);
        } else if (filter.state() == NoticeState.PUBLISHED) {
            query = query.filter("n.state = :stored", "stored", NoticeState.PUBLISHED)
                    .filter("(n.validUntil is null or n.validUntil > :now)", "now", now);
        } else {
            query = query.filter("n.state = :stored", "stored", filter.state());
        }
        return query.page("n.pinned desc, n.updatedAt desc, n.id desc", page);
    }

    @Query
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeView get(long id) {
        return view(desk.notice(id, false));
    }

    /** Writes a draft addressed to its audience. */
    @Audited("notice.create")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeView create(NoticeCommands.Draft draft) {
        validator.validate(draft);
        Audience audience = draft.audienceOf();
        Notice notice = new Notice(draft, audience, CurrentUser.require().accountId(), clock.instant());
        em.persist(notice);
        em.flush();
        desk.keepAudience(notice, audience);
        return view(notice);
    }

    /** Rewrites a draft. */
    @Audited("notice.revise")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeView revise(@AuditTarget long id, NoticeCommands.Draft draft) {
        validator.validate(draft);
        Audience audience = draft.audienceOf();
        Notice notice = desk.notice(id, true);
        notice.revise(draft, audience, clock.instant());
        desk.keepAudience(notice, audience);
        return view(notice);
    }

    /** Deletes a draft with its attachments (a published notice is withdrawn instead, and stays on record). */
    @Audited("notice.delete")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public void delete(@AuditTarget long id) {
        Notice notice = desk.notice(id, true);
        if (notice.stateAt(clock.instant()) != NoticeState.DRAFT) {
            throw DomainException.conflict("notice_not_editable");
        }
        em.createQuery("delete from NoticeAttachment a where a.noticeId = :n").setParameter("n", id).executeUpdate();
        em.createQuery("delete from NoticeBuilding b where b.noticeId = :n").setParameter("n", id).executeUpdate();
        em.remove(notice);
    }

    @Audited("notice.publish")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeView publish(@AuditTarget long id) {
        Notice notice = desk.notice(id, true);
        notice.publish(clock.instant());
        return view(notice);
    }

    @Audited("notice.withdraw")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeView withdraw(@AuditTarget long id) {
        Notice notice = desk.notice(id, true);
        notice.withdraw(clock.instant());
        return view(notice);
    }

    @Audited("notice.pin")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeView pin(@AuditTarget long id, boolean pinned) {
        Notice notice = desk.notice(id, true);
        notice.pin(pinned, clock.instant());
        return view(notice);
    }

    /** Attaches a PDF or picture (at most 5 MB, typed by its bytes) to a draft. */
    @Audited("notice.attachment.add")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeAttachment attach(@AuditTarget long id, UploadedFile file) {
        Notice notice = desk.notice(id, true);
        if (notice.stateAt(clock.instant()) != NoticeState.DRAFT) {
            throw DomainException.conflict("notice_not_editable");
        }
        FileType type = file.accept(ATTACHMENT_TYPES, UploadedFile.MAX_DOCUMENT_BYTES);
        if (desk.attachments(id).size() >= NoticeAttachment.MAX_PER_NOTICE) {
            throw DomainException.conflict("notice_attachments_full", NoticeAttachment.MAX_PER_NOTICE);
        }
        NoticeAttachment attachment = new NoticeAttachment(id, file.safeName(type), type, file.bytes(),
                file.sha256(), clock.instant());
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    @Audited("notice.attachment.remove")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public void detach(@AuditTarget long id, long attachmentId) {
        Notice notice = desk.notice(id, true);
        if (notice.stateAt(clock.instant()) != NoticeState.DRAFT) {
            throw DomainException.conflict("notice_not_editable");
        }
        em.remove(desk.attachment(id, attachmentId));
    }

    @Query
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public StoredFile attachment(long id, long attachmentId) {
        desk.notice(id, false);
        NoticeAttachment attachment = desk.attachment(id, attachmentId);
        return new StoredFile(attachment.fileName(), attachment.type(), attachment.data(), attachment.sha256());
    }

    /** How far the notice reached, in total and per building, over its audience as the registry stands now. */
    @Query
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public NoticeReach reach(long id) {
        Notice notice = desk.notice(id, false);
        return tally(notice).reach(id, desk::buildingName, notice.remindedAt());
    }

    /**
     * A page of the households the notice has not reached, by building: their address and residents as the tenant's
     * privacy policy lets the caller see them, and whether anyone there can get an in-app reminder.
     */
    @Query
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public Page<UnreachedHousehold> unreached(long id, PageRequest page) {
        List<List<ReachTally.Member>> unreached = tally(desk.notice(id, false)).unreached();
        List<List<ReachTally.Member>> slice = unreached.subList(Math.min(page.offset(), unreached.size()),
                Math.min(page.offset() + page.size(), unreached.size()));
        Disclosed disclosed = disclosure.forCaller();
        return Page.of(slice.stream().map(members -> household(members, disclosed)).toList(), unreached.size(),
                page);
    }

    /**
     * Sends every resident user of a household not yet reached one in-app reminder; at most once an hour per notice
     * (409 {@code notice_reminded_recently} otherwise). Households with nobody in the app are counted, not messaged.
     */
    @Audited("notice.remind")
    @RequiresPermission(Permissions.NOTICE_MANAGE)
    public ReminderResult remind(@AuditTarget long id) {
        Notice notice = desk.notice(id, true);
        notice.remind(clock.instant());
        ReachTally tally = tally(notice);
        String key = notice.acknowledgementRequired() ? "inbox.notice.reminder_acknowledge" : "inbox.notice.reminder";
        List<Long> users = tally.toRemind();
        users.forEach(user -> messages.send(new MessagePort.Message(user, REMINDER_TOPIC, key,
                List.of(notice.title()), "/notices/" + id)));
        int households = (int) tally.unreached().stream()
                .filter(household -> household.stream().anyMatch(ReachTally.Member::inApp)).count();
        return new ReminderResult(users.size(), households, tally.householdsNotReachable());
    }

    private ReachTally tally(Notice notice) {
        return new ReachTally(desk.members(desk.audience(notice)), desk.readings(notice.id()),
                notice.acknowledgementRequired());
    }

    private UnreachedHousehold household(List<ReachTally.Member> members, Disclosed disclosed) {
        ReachTally.Member first = members.get(0);
        Household household = em.find(Household.class, first.household());
        Map<Long, String> names = em.createQuery("select r from Resident r where r.id in :ids", Resident.class)
                .setParameter("ids", members.stream().map(ReachTally.Member::resident).toList()).getResultList()
                .stream().collect(Collectors.toMap(r -> r.id().value(), Resident::name));
        return new UnreachedHousehold(first.household(), first.building(), desk.buildingName(first.building()),
                household == null ? null : disclosed.show(PersonalField.ADDRESS, household.address()),
                members.stream().map(m -> disclosed.show(PersonalField.NAME, names.get(m.resident()))).toList(),
                (int) members.stream().filter(ReachTally.Member::inApp).count());
    }

    private NoticeView view(Notice notice) {
        return new NoticeView(notice, notice.stateAt(clock.instant()), desk.audience(notice),
                desk.attachments(notice.id()));
    }
}
