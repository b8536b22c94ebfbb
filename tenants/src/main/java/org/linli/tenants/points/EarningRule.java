package org.linli.tenants.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * One version of a tenant's earning rule for an event kind (and, for check-ins, a topic such as
 * {@code garbage-sorting}). Versions never change their terms: defining new terms retires the active version and
 * numbers the next one, so every lot names the version it was awarded under and the history stays readable.
 */
@Entity
@Table(name = "points_rule")
public class EarningRule extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_rule_seq")
    @SequenceGenerator(name = "points_rule_seq", sequenceName = "points_rule_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EventKind kind;

    @Column(name = "topic", length = 40)
    private String topic;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "points", nullable = false)
    private long points;

    @Column(name = "daily_cap")
    private Long dailyCap;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_until")
    private LocalDate activeUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private EarningRuleStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected EarningRule() {
    }

    EarningRule(EventKind kind, String topic, int version, EarningTerms terms, Instant createdAt) {
        this.kind = kind;
        this.topic = topic;
        this.version = version;
        this.points = terms.points();
        this.dailyCap = terms.dailyCap();
        this.activeFrom = terms.activeFrom();
        this.activeUntil = terms.activeUntil();
        this.status = EarningRuleStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /**
     * The version that pays on {@code day} among the versions of one kind and topic: the active one, when its period
     * includes the day. Retired versions never pay, whatever their period.
     */
    static Optional<EarningRule> inForce(Collection<EarningRule> versions, LocalDate day) {
        return versions.stream().filter(rule -> rule.status == EarningRuleStatus.ACTIVE)
                .filter(rule -> rule.terms().activeOn(day))
                .max(Comparator.comparingInt(EarningRule::version));
    }

    void retire(Instant at) {
        if (status != EarningRuleStatus.ACTIVE) {
            throw DomainException.invalidTransition(status, "retire");
        }
        status = EarningRuleStatus.RETIRED;
        retiredAt = at;
    }

    public long id() {
        return id;
    }

    public EventKind kind() {
        return kind;
    }

    /** The check-in topic, or null for the other kinds. */
    public String topic() {
        return topic;
    }

    public int version() {
        return version;
    }

    public EarningTerms terms() {
        return new EarningTerms(points, dailyCap, activeFrom, activeUntil);
    }

    public EarningRuleStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    @Override
    public String auditName() {
        return "points-rule:" + id;
    }
}
