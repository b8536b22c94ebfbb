package org.linli.tenants.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * One entry of a case's timeline, appended and never changed: what happened or was done (text), by whom, when,
 * and whether the reporter sees it. Every state change writes one, so the timeline is the case's history.
 */
@Entity
@Table(name = "case_step")
public class CaseStep extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
    @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private StepKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 10)
    private StepVisibility visibility;

    @Column(name = "body", length = 2000)
    private String body;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseStep() {
    }

    CaseStep(long caseId, StepKind kind, StepVisibility visibility, String body, Long authorId, String authorName,
             Instant now) {
        this.caseId = caseId;
        this.kind = kind;
        this.visibility = visibility;
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public StepKind kind() {
        return kind;
    }

    public StepVisibility visibility() {
        return visibility;
    }

    public boolean isPublic() {
        return visibility == StepVisibility.PUBLIC;
    }

    public String body() {
        return body;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
