package org.linli.tenants.flea;

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
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.residents.ResidentDirectory;

import java.time.Clock;

/**
 * Messages inside a reservation: plain text between its buyer and seller only (nobody needs the other's phone
 * number), read page by page in the order written, kept {@link FleaMessage#KEPT} (the job purges older ones).
 */
@ApplicationService
public class MessageService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    Shelf shelf;

    @Inject
    Clock clock;

    /** The signed-in party writes to the other. */
    @Audited("flea.message.send")
    @RequiresPermission(Permissions.FLEA_TRADE)
    public FleaMessage send(@AuditTarget long reservationId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid(FieldError.of("body", "required"));
        }
        if (text.codePointCount(0, text.length()) > FleaMessage.MAX_LENGTH) {
            throw DomainException.invalid(FieldError.of("body", "range", 1, FleaMessage.MAX_LENGTH));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw DomainException.invalid(FieldError.of("body", "flea_message_plain_text"));
        }
        long me = residents.me().id().value();
        Reservation reservation = shelf.reservation(reservationId, me, false);
        FleaMessage message = new FleaMessage(reservation.id(), me, text, clock.instant());
        em.persist(message);
        return message;
    }

    /** A page of the reservation's messages, oldest first, for its two parties. */
    @Query
    @RequiresPermission(Permissions.FLEA_TRADE)
    public Page<FleaMessage> messages(long reservationId, PageRequest page) {
        long me = residents.me().id().value();
        shelf.reservation(reservationId, me, false);
        return PagedQuery.of(em, FleaMessage.class, "m").filter("m.reservationId = :reservation", "reservation",
                reservationId).page("m.sentAt, m.id", page);
    }
}
