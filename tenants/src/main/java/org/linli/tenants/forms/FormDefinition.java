package org.linli.tenants.forms;

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
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.residents.Tag;

import java.time.Instant;

/**
 * A smart form (智慧表单): questions for a target group of residents, answered by them or by grid workers.
 *
 * <p>Lifecycle: {@code DRAFT → PUBLISHED → CLOSED}. Its fields are fixed once published, so that every answer
 * fits the same questions; answers are taken only while published.
 */
@Entity
@Table(name = "form_definition")
public class FormDefinition extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_definition_seq")
    @SequenceGenerator(name = "form_definition_seq", sequenceName = "form_definition_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 20)
    private Audience audience;

    @Column(name = "target_community_id")
    private Long targetCommunityId;

    @Column(name = "target_grid_id")
    private Long targetGridId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_tag", length = 30)
    private Tag targetTag;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private FormStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected FormDefinition() {
    }

    FormDefinition(FormCommands.NewForm form, Instant createdAt) {
        this.title = form.title().trim();
        this.description = form.description();
        this.audience = form.audience();
        this.targetCommunityId = form.community() == null ? null : form.community().value();
        this.targetGridId = form.grid();
        this.targetTag = form.tag();
        this.status = FormStatus.DRAFT;
        this.createdAt = createdAt;
    }

    void publish(Instant at) {
        if (status != FormStatus.DRAFT) {
            throw DomainException.invalidTransition(status, "publish");
        }
        status = FormStatus.PUBLISHED;
        publishedAt = at;
    }

    void close() {
        if (status != FormStatus.PUBLISHED) {
            throw DomainException.invalidTransition(status, "close");
        }
        status = FormStatus.CLOSED;
    }

    void requirePublished() {
        if (status != FormStatus.PUBLISHED) {
            throw DomainException.conflict("form_not_open");
        }
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Audience audience() {
        return audience;
    }

    public Long targetCommunityId() {
        return targetCommunityId;
    }

    public Long targetGridId() {
        return targetGridId;
    }

    public Tag targetTag() {
        return targetTag;
    }

    public FormStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    @Override
    public String auditName() {
        return "form:" + id;
    }
}
