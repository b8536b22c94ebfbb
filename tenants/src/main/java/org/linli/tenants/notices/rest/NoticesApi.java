package org.linli.tenants.notices.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.files.FileType;
import org.linli.tenants.notices.Audience;
import org.linli.tenants.notices.AudienceKind;
import org.linli.tenants.notices.BuildingReach;
import org.linli.tenants.notices.Notice;
import org.linli.tenants.notices.NoticeAttachment;
import org.linli.tenants.notices.NoticeBoard;
import org.linli.tenants.notices.NoticeCard;
import org.linli.tenants.notices.NoticeCommands;
import org.linli.tenants.notices.NoticeHtml;
import org.linli.tenants.notices.NoticeReach;
import org.linli.tenants.notices.NoticeService;
import org.linli.tenants.notices.UnreachedHousehold;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The request and response bodies of {@link MyNoticeResource} and {@link NoticeResource}, as records; requests
 * carry their Bean Validation constraints.
 */
final class NoticesApi {

    /** Characters of plain text shown of a body in a list. */
    static final int EXCERPT = 80;

    private NoticesApi() {
    }

    public record AttachmentResponse(long id, String fileName, FileType type, long sizeBytes) {

        static AttachmentResponse of(NoticeAttachment attachment) {
            return new AttachmentResponse(attachment.id(), attachment.fileName(), attachment.type(),
                    attachment.sizeBytes());
        }
    }

    /** A notice as its editors see it; {@code state} reads EXPIRED for a published notice past its valid-until. */
    public record NoticeResponse(long id, String title, String body, String state, boolean pinned,
                                 boolean acknowledgementRequired, Instant validFrom, Instant validUntil,
                                 String audience, Long targetId, String tag, List<Long> buildingIds,
                                 List<AttachmentResponse> attachments, Instant createdAt, Instant updatedAt,
                                 Instant publishedAt, Instant withdrawnAt, Instant remindedAt) {

        static NoticeResponse of(NoticeService.NoticeView view) {
            Notice n = view.notice();
            Audience audience = view.audience();
            return new NoticeResponse(n.id(), n.title(), n.body(), view.state().name(), n.pinned(),
                    n.acknowledgementRequired(), n.validFrom(), n.validUntil(), audience.kind().name(),
                    audience.target(), audience.tag() == null ? null : audience.tag().name(),
                    audience.buildings().stream().sorted().toList(),
                    view.attachments().stream().map(AttachmentResponse::of).toList(), n.createdAt(), n.updatedAt(),
                    n.publishedAt(), n.withdrawnAt(), n.remindedAt());
        }
    }

    /** A notice in the editors' list: no body, the state as of now. */
    public record NoticeSummary(long id, String title, String state, boolean pinned, boolean acknowledgementRequired,
                                String audience, Instant validFrom, Instant validUntil, Instant updatedAt,
                                Instant publishedAt) {

        static NoticeSummary of(Notice n, Instant now) {
            return new NoticeSummary(n.id(), n.title(), n.stateAt(now).name(), n.pinned(),
                    n.acknowledgementRequired(), n.audienceKind().name(), n.validFrom(), n.validUntil(),
                    n.updatedAt(), n.publishedAt());
        }
    }

    /** One building's reach, with its rates in percent. */
    public record BuildingReachResponse(long buildingId, String name, int households, int householdsRead,
                                        int householdsAcknowledged, int householdsNotReachable, int residents,
                                        int residentsRead, int residentsAcknowledged, double readRate,
                                        double acknowledgedRate) {

        static BuildingReachResponse of(BuildingReach b) {
            return new BuildingReachResponse(b.buildingId(), b.name(), b.households(), b.householdsRead(),
                    b.householdsAcknowledged(), b.householdsNotReachable(), b.residents(), b.residentsRead(),
                    b.residentsAcknowledged(), b.readRate(), b.acknowledgedRate());
        }
    }

    /** A notice's reach in total and per building, rates in percent of households. */
    public record ReachResponse(long noticeId, boolean acknowledgementRequired, int households, int householdsRead,
                                int householdsAcknowledged, int householdsUnreached, int householdsNotReachable,
                                int residents, int residentsInApp, double readRate, double acknowledgedRate,
                                List<BuildingReachResponse> buildings, Instant remindedAt) {

        static ReachResponse of(NoticeReach r) {
            return new ReachResponse(r.noticeId(), r.acknowledgementRequired(), r.households(), r.householdsRead(),
                    r.householdsAcknowledged(), r.householdsUnreached(), r.householdsNotReachable(), r.residents(),
                    r.residentsInApp(), r.readRate(), r.acknowledgedRate(),
                    r.buildings().stream().map(BuildingReachResponse::of).toList(), r.remindedAt());
        }
    }

    /** A household not reached yet: names as the privacy policy lets the caller see them. */
    public record UnreachedResponse(long householdId, long buildingId, String building, String address,
                                    List<String> residents, int residentsInApp, boolean reachableInApp) {

        static UnreachedResponse of(UnreachedHousehold h) {
            return new UnreachedResponse(h.householdId(), h.buildingId(), h.building(), h.address(), h.residents(),
                    h.residentsInApp(), h.reachableInApp());
        }
    }

    /** A notice as its reader lists it: an excerpt, and whether they read and acknowledged it. */
    public record MyNoticeSummary(long id, String title, String excerpt, boolean pinned,
                                  boolean acknowledgementRequired, Instant publishedAt, Instant validUntil,
                                  Instant readAt, Instant acknowledgedAt) {

        static MyNoticeSummary of(NoticeCard card) {
            Notice n = card.notice();
            String text = NoticeHtml.text(n.body());
            return new MyNoticeSummary(n.id(), n.title(), text.length() <= EXCERPT ? text
                    : text.substring(0, EXCERPT) + "…", n.pinned(), n.acknowledgementRequired(), n.publishedAt(),
                    n.validUntil(), card.readAt(), card.acknowledgedAt());
        }
    }

    /** A notice as its reader opens it: the cleaned body, the attachments, their reading and acknowledgement. */
    public record MyNoticeResponse(long id, String title, String body, boolean pinned,
                                   boolean acknowledgementRequired, Instant publishedAt, Instant validUntil,
                                   Instant readAt, Instant acknowledgedAt, List<AttachmentResponse> attachments) {

        static MyNoticeResponse of(NoticeCard card, List<NoticeAttachment> attachments) {
            Notice n = card.notice();
            return new MyNoticeResponse(n.id(), n.title(), n.body(), n.pinned(), n.acknowledgementRequired(),
                    n.publishedAt(), n.validUntil(), card.readAt(), card.acknowledgedAt(),
                    attachments.stream().map(AttachmentResponse::of).toList());
        }

        static MyNoticeResponse of(NoticeBoard.Opened opened) {
            return of(opened.card(), opened.attachments());
        }
    }

    /**
     * A notice as written. {@code body} is HTML in the subset p, br, h2–h4, strong/b, em/i, u, s, ul/ol/li,
     * blockquote, a (http/https only); anything else is removed on the server. {@code audience} is TENANT,
     * COMMUNITY (targetId = community), BUILDINGS (buildingIds), GRID (targetId = grid) or TAG (tag).
     */
    public record NoticeRequest(String title, String body, Boolean pinned, String validFrom, String validUntil,
                                String audience, Long targetId, String tag, List<Long> buildingIds,
                                Boolean acknowledgementRequired) {

        NoticeCommands.Draft draft() {
            return new NoticeCommands.Draft(title, body, Boolean.TRUE.equals(pinned),
                    TimeValues.instant(validFrom, "validFrom"), TimeValues.instant(validUntil, "validUntil"),
                    EnumValues.parse(AudienceKind.class, audience, "audience"), targetId,
                    EnumValues.parse(org.linli.tenants.registry.residents.Tag.class, tag, "tag"),
                    buildingIds == null ? null : new LinkedHashSet<>(buildingIds),
                    Boolean.TRUE.equals(acknowledgementRequired));
        }
    }

    public record PinRequest(@NotNull Boolean pinned) {
    }

    public record UnreadResponse(long unread) {
    }
}
