package org.linli.tenants.ads;

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
import org.linli.platform.money.Money;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.registry.structure.CommunityId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A place where the tenant sells ads (广告位): where it shows (placement), the creative's size in pixels, the
 * communities it reaches (none listed: all of the tenant's), its price per day and whether it is for sale.
 *
 * <p>The communities reached and the blackout days are short bounded lists ({@link SlotCommands#MAX_COMMUNITIES},
 * {@link SlotCommands#MAX_BLACKOUT_DAYS}) kept on the slot's row, since they are only ever read with it. Every
 * booking of the slot locks this row, so that two overlapping bookings can never both be taken.
 */
@Entity
@Table(name = "ad_slot")
public class AdSlot extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ad_slot_seq")
    @SequenceGenerator(name = "ad_slot_seq", sequenceName = "ad_slot_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement", nullable = false, length = 30)
    private Placement placement;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "price_per_day", nullable = false)
    private long pricePerDay;

    /** Comma-separated community ids; empty for all of the tenant's. */
    @Column(name = "communities", nullable = false, length = 1000)
    private String communities;

    /** Comma-separated ISO days on which the slot is not sold. */
    @Column(name = "blackout_days", nullable = false, length = 1000)
    private String blackoutDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SlotStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AdSlot() {
    }

    AdSlot(SlotCommands.NewSlot command, Instant now) {
        describe(command);
        this.status = SlotStatus.ACTIVE;
        this.createdAt = now;
    }

    final void describe(SlotCommands.NewSlot command) {
        this.name = command.name().strip();
        this.placement = command.placement();
        this.width = command.width();
        this.height = command.height();
        this.pricePerDay = command.pricePerDayFen();
        this.communities = command.communities() == null ? "" : command.communities().stream().distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(","));
        this.blackoutDays = command.blackoutDays() == null ? "" : command.blackoutDays().stream().distinct()
                .sorted().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    void pause() {
        status = SlotStatus.PAUSED;
    }

    void activate() {
        status = SlotStatus.ACTIVE;
    }

    /** Whether the slot shows to residents of {@code community} (any community when none is known). */
    public boolean reaches(CommunityId community) {
        List<Long> reached = communities();
        return reached.isEmpty() || community == null || reached.contains(community.value());
    }

    /** Whether a day of {@code days} is one on which the slot is not sold. */
    public boolean blackedOutDuring(BookingDays days) {
        return blackoutDays().stream().anyMatch(days::contains);
    }

    public AdSlotId id() {
        return new AdSlotId(id);
    }

    public String name() {
        return name;
    }

    public Placement placement() {
        return placement;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Money pricePerDay() {
        return Money.fen(pricePerDay);
    }

    public List<Long> communities() {
        return communities == null || communities.isEmpty() ? List.of()
                : Arrays.stream(communities.split(",")).map(Long::valueOf).toList();
    }

    public List<LocalDate> blackoutDays() {
        return blackoutDays == null || blackoutDays.isEmpty() ? List.of()
                : Arrays.stream(blackoutDays.split(",")).map(LocalDate::parse).toList();
    }

    public SlotStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String auditName() {
        return "ad-slot:" + id;
    }
}
