package org.linli.tenants.inbox;

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
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;

/** The signed-in user's inbox: their messages, newest first, how many are unread, and marking them read. */
@ApplicationService
public class Inbox {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** A page of my messages, newest first; only the unread ones if asked. */
    @Query
    @RequiresPermission(Permissions.INBOX_READ)
    public Page<InboxMessage> mine(boolean unreadOnly, PageRequest page) {
        PagedQuery<InboxMessage> query = PagedQuery.of(em, InboxMessage.class, "m")
                .filter("m.recipientId = :me", "me", me());
        if (unreadOnly) {
            query = query.condition("m.readAt is null");
        }
        return query.page("m.sentAt desc, m.id desc", page);
    }

    /** How many of my messages are unread (the badge on the bell). */
    @Query
    @RequiresPermission(Permissions.INBOX_READ)
    public long unread() {
        return em.createQuery("select count(m) from InboxMessage m where m.recipientId = :me and m.readAt is null",
                Long.class).setParameter("me", me()).getSingleResult();
    }

    /** Marks one of my messages read; another user's message is not found. */
    @Audited("inbox.read")
    @RequiresPermission(Permissions.INBOX_READ)
    public InboxMessage read(@AuditTarget long id) {
        InboxMessage message = em.find(InboxMessage.class, id);
        if (message == null || message.recipientId() != me()) {
            throw DomainException.notFound("inbox_message_not_found");
        }
        message.read(clock.instant());
        return message;
    }

    /** Marks all my messages read; how many were unread. */
    @Audited("inbox.read-all")
    @RequiresPermission(Permissions.INBOX_READ)
    public int readAll() {
        return em.createQuery("update InboxMessage m set m.readAt = :now where m.recipientId = :me"
                        + " and m.readAt is null").setParameter("now", clock.instant()).setParameter("me", me())
                .executeUpdate();
    }

    private static long me() {
        return CurrentUser.require().accountId();
    }
}
