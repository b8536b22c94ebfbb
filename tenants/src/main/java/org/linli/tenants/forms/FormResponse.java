package org.linli.tenants.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.grids.GridScoped;

import java.time.Instant;

/**
 * The answers for one resident to one form (at most one; answering again replaces them). Carries the resident's
 * grid so that completion is counted per grid. Answers are kept as JSON, field id to text.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@GridScoped(follows = "residentId", anchor = GridScoped.Anchor.RESIDENT)
@Table(name = "form_response")
public class FormResponse extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "form_response_seq")
    @SequenceGenerator(name = "form_response_seq", sequenceName = "form_response_seq", allocationSize = 50)
    private Long id;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "respondent", nullable = false, length = 100)
    private String respondent;

    @Lob
    @Column(name = "answers", nullable = false)
    private String answers;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected FormResponse() {
    }

    FormResponse(long formId, long residentId, Long gridId) {
        this.formId = formId;
        this.residentId = residentId;
        this.gridId = gridId;
    }

    void answer(String answersJson, String by, Instant at) {
        this.answers = answersJson;
        this.respondent = by;
        this.submittedAt = at;
    }

    public long formId() {
        return formId;
    }

    public long residentId() {
        return residentId;
    }

    public Long gridId() {
        return gridId;
    }

    public String respondent() {
        return respondent;
    }

    public String answersJson() {
        return answers;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
