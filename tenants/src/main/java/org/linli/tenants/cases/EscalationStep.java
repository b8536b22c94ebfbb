package org.linli.tenants.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * One line of an escalated case's timeline in the district: a public step copied from the property company's case
 * ({@code sourceStepId} set) or a comment of the district's own operators ({@code sourceStepId} null), which is also
 * sent back to the case as an internal step.
 */
@Entity
@Table(name = "case_escalation_step")
public class EscalationStep extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_escalation_step_seq")
    @SequenceGenerator(name = "case_escalation_step_seq", sequenceName = "case_escalation_step_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "escalation_id", nullable = false)
    private long escalationId;

    @Column(name = "source_step_id")
    private Long sourceStepId;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "body", length = 2000)
    private String body;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EscalationStep() {
    }

    EscalationStep(long escalationId, Long sourceStepId, String kind, String body, String authorName,
                   Instant createdAt) {
        this.escalationId = escalationId;
        this.sourceStepId = sourceStepId;
        this.kind = kind;
        this.body = body;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public long id() {
        return id;
    }

    public long escalationId() {
        return escalationId;
    }

    public Long sourceStepId() {
        return sourceStepId;
    }

    public boolean fromDistrict() {
        return sourceStepId == null;
    }

    public String kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
