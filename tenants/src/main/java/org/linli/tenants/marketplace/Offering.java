package org.linli.tenants.marketplace;

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
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.modules.Module;

import java.time.Instant;
import java.util.List;

/**
 * Something a provider sells in one module (服务项目): its price model and unit price, the usual duration, and the
 * cancellation policy. A price of zero makes it a free basic service, booked through the same flow without payment.
 *
 * <p>Lifecycle: {@code ACTIVE ⇄ WITHDRAWN} by the provider; {@code BLOCKED} by an operator (moderation), lifted
 * only by an operator. Price changes apply to new orders only: an order keeps the amount it was placed with.
 */
@Entity
@Table(name = "offering")
public class Offering extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_seq")
    @SequenceGenerator(name = "offering_seq", sequenceName = "offering_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 20)
    private Module module;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing", nullable = false, length = 20)
    private PricingModel pricing;

    @Column(name = "unit_price_fen", nullable = false)
    private long unitPriceFen;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "needs_slot", nullable = false, length = 1)
    private String needsSlot;

    /** 'Y' when the tenant lets residents pay it in time-bank minutes (an elder-care visit, a haircut). */
    @Column(name = "payable_in_time", nullable = false, length = 1)
    private String payableInTime = "N";

    @Column(name = "free_cancel_hours", nullable = false)
    private int freeCancelHours;

    @Column(name = "cancel_fee_fen", nullable = false)
    private long cancelFeeFen;

    @Column(name = "checklist", length = 2000)
    private String checklist;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OfferingStatus status;

    @Column(name = "moderation_note", length = 500)
    private String moderationNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The provider's {@link Provider#catalogueScore}, kept on each of its offerings so that the catalogue's order is
     * an index of the offering table (a page reads its twenty rows, not the whole catalogue joined and sorted); set
     * when the offering is made and with every review of the provider.
     */
    @Column(name = "provider_score", nullable = false)
    private double providerScore;

    protected Offering() {
    }

    Offering(ProviderId provider, double providerScore, OfferingCommands.NewOffering command, Instant createdAt) {
        this.providerId = provider.value();
        this.providerScore = providerScore;
        this.module = command.module();
        this.status = OfferingStatus.ACTIVE;
        this.createdAt = createdAt;
        change(command);
    }

    void change(OfferingCommands.NewOffering command) {
        this.title = command.title().strip();
        this.description = command.description();
        this.pricing = command.pricing();
        this.unitPriceFen = command.unitPriceFen();
        this.durationMinutes = command.durationMinutes();
        this.needsSlot = command.needsSlot() ? "Y" : "N";
        this.freeCancelHours = command.freeCancelHours();
        this.cancelFeeFen = command.cancelFeeFen();
        this.checklist = command.checklist() == null || command.checklist().isEmpty() ? null
                : String.join("\n", command.checklist().stream().map(String::strip).toList());
    }

    void acceptTime(boolean accepted) {
        this.payableInTime = accepted ? "Y" : "N";
    }

    void withdraw() {
        if (status != OfferingStatus.ACTIVE) {
            throw DomainException.invalidTransition(status, "withdraw");
        }
        status = OfferingStatus.WITHDRAWN;
    }

    void publish() {
        if (status != OfferingStatus.WITHDRAWN) {
            throw DomainException.invalidTransition(status, "publish");
        }
        status = OfferingStatus.ACTIVE;
    }

    void block(String note) {
        if (status == OfferingStatus.BLOCKED) {
            throw DomainException.invalidTransition(status, "block");
        }
        status = OfferingStatus.BLOCKED;
        moderationNote = note;
    }

    void unblock() {
        if (status != OfferingStatus.BLOCKED) {
            throw DomainException.invalidTransition(status, "unblock");
        }
        status = OfferingStatus.ACTIVE;
        moderationNote = null;
    }

    public OfferingId id() {
        return new OfferingId(id);
    }

    public ProviderId provider() {
        return new ProviderId(providerId);
    }

    public Module module() {
        return module;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public PricingModel pricing() {
        return pricing;
    }

    public Money unitPrice() {
        return Money.fen(unitPriceFen);
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    /** Whether booking picks a time slot from the provider's availability (housekeeping, care visits). */
    public boolean needsSlot() {
        return "Y".equals(needsSlot);
    }

    /** Whether the tenant lets residents pay this offering in time-bank minutes instead of money. */
    public boolean payableInTime() {
        return "Y".equals(payableInTime);
    }

    public CancellationPolicy cancellation() {
        return new CancellationPolicy(freeCancelHours, Money.fen(cancelFeeFen));
    }

    /** The tasks every order of this offering includes (a housekeeping checklist), in order; may be empty. */
    public List<String> checklist() {
        return checklist == null ? List.of() : List.of(checklist.split("\n"));
    }

    public OfferingStatus status() {
        return status;
    }

    public String moderationNote() {
        return moderationNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isFree() {
        return unitPriceFen == 0;
    }

    @Override
    public String auditName() {
        return "offering:" + id;
    }
}
