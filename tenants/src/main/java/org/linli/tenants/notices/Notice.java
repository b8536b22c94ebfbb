package org.linli.tenants.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.residents.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A notice of the tenant to some of its residents.
 *
 * <p>Lifecycle: written as a {@code DRAFT} (changed and deleted freely), {@code PUBLISHED} once — shown to its
 * audience from its valid-from (or at once) until its valid-until (or until withdrawn) — and {@code WITHDRAWN} by an
 * operator; a published notice past its valid-until reads as {@code EXPIRED} ({@link #stateAt}). A published
 * notice's words and audience no longer change (what residents acknowledged stays what they read); it may still be
 * pinned or unpinned.
 *
 * <p>Invariants: the body is cleaned to the {@link NoticeHtml} subset before it is kept; valid-until is after
 * valid-from; the audience is one of the shapes of {@link Audience} (its buildings are kept as
 * {@link NoticeBuilding} rows); reminders are at least {@link #REMINDER_INTERVAL} apart.
 */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned implements AuditSubject {

    /** The longest body kept, in characters of cleaned HTML. */
    public static final int MAX_BODY = 20_000;

    /** Residents are reminded of one notice at most this often. */
    public static final Duration REMINDER_INTERVAL = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Column(name = "acknowledgement_required", nullable = false)
    private boolean acknowledgementRequired;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 20)
    private AudienceKind audienceKind;

    @Column(name = "audience_target")
    private Long audienceTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_tag", length = 30)
    private Tag audienceTag;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private NoticeState state;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Notice() {
    }

    Notice(NoticeCommands.Draft draft, Audience audience, long authorId, Instant now) {
        this.authorId = authorId;
        this.state = NoticeState.DRAFT;
        this.createdAt = now;
        write(draft, audience, now);
    }

    /** Rewrites a draft. */
    void revise(NoticeCommands.Draft draft, Audience audience, Instant now) {
        if (state != NoticeState.DRAFT) {
            throw DomainException.conflict("notice_not_editable");
        }
        write(draft, audience, now);
    }

    private void write(NoticeCommands.Draft draft, Audience audience, Instant now) {
        if (draft.validFrom() != null && draft.validUntil() != null
                && !draft.validUntil().isAfter(draft.validFrom())) {
            throw DomainException.invalid(FieldError.of("validUntil", "after_start"));
        }
        String cleaned = NoticeHtml.clean(draft.body());
        if (NoticeHtml.text(cleaned).isBlank()) {
            throw DomainException.invalid(FieldError.of("body", "required"));
        }
        if (cleaned.length() > MAX_BODY) {
            throw DomainException.invalid(FieldError.of("body", "size", 1, MAX_BODY));
        }
        this.title = draft.title().strip();
        this.body = cleaned;
        this.pinned = draft.pinned();
        this.acknowledgementRequired = draft.acknowledgementRequired();
        this.validFrom = draft.validFrom();
        this.validUntil = draft.validUntil();
        this.audienceKind = audience.kind();
        this.audienceTarget = audience.target();
        this.audienceTag = audience.tag();
        this.updatedAt = now;
    }

    /** Shows the draft to its audience; one whose valid-until has passed cannot be published. */
    void publish(Instant now) {
        if (state != NoticeState.DRAFT) {
            throw DomainException.invalidTransition(stateAt(now), "publish");
        }
        if (validUntil != null && !validUntil.isAfter(now)) {
            throw DomainException.conflict("notice_valid_until_past");
        }
        state = NoticeState.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Takes a published (or expired) notice down for good. */
    void withdraw(Instant now) {
        if (state != NoticeState.PUBLISHED) {
            throw DomainException.invalidTransition(stateAt(now), "withdraw");
        }
        state = NoticeState.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /** Pins or unpins a draft or a published notice (pinned notices come first). */
    void pin(boolean pinned, Instant now) {
        if (state == NoticeState.WITHDRAWN) {
            throw DomainException.invalidTransition(state, "pin");
        }
        this.pinned = pinned;
        this.updatedAt = now;
    }

    /** Notes a reminder, refused while the notice is not shown or within an hour of the last one. */
    void remind(Instant now) {
        if (!isShownAt(now)) {
            throw DomainException.invalidTransition(stateAt(now), "remind");
        }
        if (remindedAt != null && now.isBefore(remindedAt.plus(REMINDER_INTERVAL))) {
            long minutes = Math.max(1, Duration.between(now, remindedAt.plus(REMINDER_INTERVAL)).toMinutes() + 1);
            throw DomainException.conflict("notice_reminded_recently", minutes);
        }
        remindedAt = now;
    }

    /** The state as a reader sees it at {@code now}: a published notice past its valid-until is expired. */
    public NoticeState stateAt(Instant now) {
        if (state == NoticeState.PUBLISHED && validUntil != null && !validUntil.isAfter(now)) {
            return NoticeState.EXPIRED;
        }
        return state;
    }

    /** Whether residents see the notice at {@code now}: published, within its period. */
    public boolean isShownAt(Instant now) {
        return stateAt(now) == NoticeState.PUBLISHED && (validFrom == null || !validFrom.isAfter(now));
    }

    /** The audience, given the buildings kept for it. */
    Audience audience(Set<Long> buildings) {
        return new Audience(audienceKind, audienceTarget, audienceTag, buildings);
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The cleaned body HTML, safe to render. */
    public String body() {
        return body;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean acknowledgementRequired() {
        return acknowledgementRequired;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public AudienceKind audienceKind() {
        return audienceKind;
    }

    public Long audienceTarget() {
        return audienceTarget;
    }

    public Tag audienceTag() {
        return audienceTag;
    }

    public long authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    @Override
    public String auditName() {
        return "notice:" + id;
    }
}
