package org.linli.tenants.orders;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.linli.platform.audit.AuditSubject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Actor;
import org.linli.platform.tenancy.TenantOwned;
import org.linli.tenants.marketplace.CancellationPolicy;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.modules.Module;
import org.linli.tenants.registry.grids.GridScope;
import org.linli.tenants.registry.grids.GridScoped;
import org.linli.tenants.timebank.TimeCompensation;

import java.time.Instant;
import java.util.List;

/**
 * A booked offering (订单), in any module. It snapshots what was bought — title, provider, amount, address,
 * appointment — so later catalogue changes never alter it.
 *
 * <p>Its status moves only through {@link #apply}, which asks {@link OrderLifecycle} and returns the
 * {@link OrderTransition} to append. The rules of its moves are its own, so that a service only moves money and
 * slots as the order says: which moves it refuses ({@link #check}), the cancellation fee, the cash given back and
 * whether an ending frees its slot. Invariants: {@code 0 ≤ discount ≤ amount}; the cash due is
 * {@code amount − discount} and {@code 0 ≤ refunded ≤ cash due} (refunds are of cash; the discount comes back with
 * the points); an order placed with an idempotency key keeps the hash of the request that created it.
 */
@Entity
@AdditionalCriteria(GridScope.CRITERIA)
@GridScoped(follows = "householdId")
@Table(name = "service_order")
public class ServiceOrder extends TenantOwned implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_order_seq")
    @SequenceGenerator(name = "service_order_seq", sequenceName = "service_order_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "provider_id", nullable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 20)
    private Module module;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    /** The household's grid when it was placed, moved along with its building: a grid worker's scope. */
    @Column(name = "grid_id")
    private Long gridId;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "placed_by", nullable = false)
    private long placedBy;

    @Column(name = "service_address", nullable = false, length = 300)
    private String serviceAddress;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "slot_id")
    private Long slotId;

    @Column(name = "scheduled_start")
    private Instant scheduledStart;

    @Column(name = "scheduled_end")
    private Instant scheduledEnd;

    @Column(name = "amount_fen", nullable = false)
    private long amountFen;

    @Column(name = "refunded_fen", nullable = false)
    private long refundedFen;

    /** Points the resident spent on the order; their value is {@link #discountFen}, funded by the tenant. */
    @Column(name = "points_used", nullable = false)
    private long pointsUsed;

    @Column(name = "discount_fen", nullable = false)
    private long discountFen;

    /** The discount given back with the points (all of it, once): what the split takes back from the parties. */
    @Column(name = "discount_returned_fen", nullable = false)
    private long discountReturnedFen;

    @Column(name = "checklist", length = 2000)
    private String checklist;

    @Column(name = "tasks_done", length = 2000)
    private String tasksDone;

    @Column(name = "free_cancel_hours", nullable = false)
    private int freeCancelHours;

    @Column(name = "cancel_fee_fen", nullable = false)
    private long cancelFeeFen;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_requested_in", length = 20)
    private OrderStatus refundRequestedIn;

    @Column(name = "payment_reference", length = 64)
    private String paymentReference;

    /** The minutes that paid the order when it was paid in time (null when paid in money). */
    @Column(name = "paid_minutes")
    private Long paidMinutes;

    /** How the provider of an order paid in time is compensated, as the tenant had it set then. */
    @Enumerated(EnumType.STRING)
    @Column(name = "time_compensation", length = 10)
    private TimeCompensation timeCompensation;

    /** The ledger posting that took the minutes, reversed to give them back. */
    @Column(name = "time_posting_id")
    private Long timePostingId;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServiceOrder() {
    }

    ServiceOrder(Offering offering, OrderCommands.Booking booking, Money amount, Instant at) {
        this.offeringId = offering.id().value();
        this.providerId = offering.provider().value();
        this.module = offering.module();
        this.title = offering.title();
        this.residentId = booking.resident().value();
        this.householdId = booking.household().value();
        this.communityId = booking.community().value();
        this.gridId = booking.grid();
        this.placedBy = booking.placedBy();
        this.serviceAddress = booking.address();
        this.contactPhone = booking.contactPhone();
        this.note = booking.note();
        this.quantity = booking.quantity();
        this.amountFen = amount.fen();
        this.checklist = offering.checklist().isEmpty() ? null : String.join("\n", offering.checklist());
        this.freeCancelHours = offering.cancellation().freeHours();
        this.cancelFeeFen = offering.cancellation().fee().fen();
        this.idempotencyKey = booking.idempotencyKey();
        this.requestHash = booking.requestHash();
        this.status = OrderStatus.PLACED;
        this.placedAt = at;
        this.updatedAt = at;
    }

    void schedule(long slot, Instant start, Instant end) {
        this.slotId = slot;
        this.scheduledStart = start;
        this.scheduledEnd = end;
    }

    /** Moves the order by {@code action}, or throws {@code invalid_transition}; returns the record to append. */
    OrderTransition apply(OrderAction action, Actor actor, Instant at, String note) {
        OrderStatus from = status;
        OrderStatus to = next(action);
        refundRequestedIn = to == OrderStatus.REFUND_REQUESTED ? from : null;
        status = to;
        updatedAt = at;
        return new OrderTransition(id, from, to, action, actor, at, note);
    }

    /**
     * Refuses {@code action} with {@code invalid_transition} unless the order may take it now, so that a caller can
     * ask before it moves money: the lifecycle must allow it, and an order that cost nothing has nothing to refund.
     */
    void check(OrderAction action) {
        next(action);
    }

    private OrderStatus next(OrderAction action) {
        OrderStatus to = OrderLifecycle.next(status, action, refundRequestedIn);
        if (isFree() && action == OrderAction.REQUEST_REFUND) {
            throw DomainException.invalidTransition(status, action.pathName());
        }
        return to;
    }

    /**
     * What {@code party} forfeits by cancelling at {@code now}, under the policy the offering had when the order was
     * placed. Only the resident who booked pays a fee: a provider or operator cancelling is not the payer's doing.
     * An order not yet paid costs nothing to cancel, as there is nothing to keep a fee out of.
     */
    Money cancellationFee(OrderParty party, Instant now) {
        if (party != OrderParty.RESIDENT || status == OrderStatus.PLACED) {
            return Money.ZERO;
        }
        return cancellation().feeFor(scheduledStart, now, amount());
    }

    /**
     * The cash to give back as the order ends: what is still held of the cash paid, less {@code feeKept}. The
     * discount is not cash and comes back with the points ({@link PointsDiscount#cashBack}).
     */
    Money cashBack(Money feeKept) {
        return PointsDiscount.cashBack(cashDue(), refunded(), feeKept);
    }

    /**
     * Whether moving by {@code action} ends the order with its visit never made, so that its slot is free again:
     * it is cancelled (by a party or by expiry), or refunded on a request made before it was served. Asked before
     * the move, because a refunded order no longer records the state its refund was requested in.
     */
    boolean freesItsSlotBy(OrderAction action) {
        OrderStatus to = next(action);
        return to == OrderStatus.CANCELLED
                || (to == OrderStatus.REFUNDED && refundRequestedIn != OrderStatus.COMPLETED);
    }

    /** The provider ticks what was done; only tasks of the order's checklist count. */
    void recordTasksDone(List<String> done) {
        List<String> ticked = done == null ? List.of()
                : done.stream().map(String::strip).distinct().toList();
        if (!checklist().containsAll(ticked)) {
            throw DomainException.invalid(FieldError.of(
                    "tasks", "one_of", String.join(", ", checklist())));
        }
        this.tasksDone = ticked.isEmpty() ? null : String.join("\n", ticked);
    }

    void recordPayment(String reference) {
        this.paymentReference = reference;
    }

    /** The order was paid in minutes by posting {@code postingId}; its provider is compensated as {@code mode}. */
    void recordTimePayment(long minutes, TimeCompensation mode, long postingId) {
        this.paidMinutes = minutes;
        this.timeCompensation = mode;
        this.timePostingId = postingId;
        this.paymentReference = "time:" + postingId;
    }

    /** Points bought a discount on the order (once, when it is placed). */
    void recordDiscount(PointsDiscount discount) {
        if (discount.discount().isNegative() || discount.discount().fen() > amountFen || discountFen != 0) {
            throw new IllegalStateException("discount " + discount + " on an order of " + amountFen + " fen");
        }
        this.pointsUsed = discount.points();
        this.discountFen = discount.discount().fen();
    }

    /** The points came back to the resident: the whole discount is given back. */
    void recordDiscountReturned() {
        this.discountReturnedFen = discountFen;
    }

    /** Counts {@code amount} as given back to the payer; never more than was paid in cash. */
    void recordRefund(Money amount) {
        if (amount.isNegative() || refundedFen + amount.fen() > amountFen - discountFen) {
            throw new IllegalStateException("refund beyond the amount paid");
        }
        refundedFen += amount.fen();
    }

    public OrderId id() {
        return new OrderId(id);
    }

    public long offeringId() {
        return offeringId;
    }

    public long providerId() {
        return providerId;
    }

    public Module module() {
        return module;
    }

    public String title() {
        return title;
    }

    public long residentId() {
        return residentId;
    }

    public long householdId() {
        return householdId;
    }

    public long communityId() {
        return communityId;
    }

    public long placedBy() {
        return placedBy;
    }

    public String serviceAddress() {
        return serviceAddress;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String note() {
        return note;
    }

    public int quantity() {
        return quantity;
    }

    public Long slotId() {
        return slotId;
    }

    public Instant scheduledStart() {
        return scheduledStart;
    }

    public Instant scheduledEnd() {
        return scheduledEnd;
    }

    /** The checklist of the offering when the order was placed. */
    public List<String> checklist() {
        return checklist == null ? List.of() : List.of(checklist.split("\n"));
    }

    /** The checklist tasks the provider reported done at completion. */
    public List<String> tasksDone() {
        return tasksDone == null ? List.of() : List.of(tasksDone.split("\n"));
    }

    public Money amount() {
        return Money.fen(amountFen);
    }

    public Money refunded() {
        return Money.fen(refundedFen);
    }

    /** Points spent on the order (0 when none). */
    public long pointsUsed() {
        return pointsUsed;
    }

    /** What the points took off the amount, funded by the tenant. */
    public Money discount() {
        return Money.fen(discountFen);
    }

    /** What the payer pays at the gateway: the amount less the discount. */
    public Money cashDue() {
        return Money.fen(amountFen - discountFen);
    }

    /** The discount given back with the points on cancellation or refund. */
    public Money discountReturned() {
        return Money.fen(discountReturnedFen);
    }

    /** Points pay the whole amount: nothing is due at the gateway. */
    public boolean isCoveredByPoints() {
        return discountFen > 0 && discountFen == amountFen;
    }

    public OrderStatus status() {
        return status;
    }

    /** The state a pending refund request was made in; null when none is pending. */
    public OrderStatus refundRequestedIn() {
        return refundRequestedIn;
    }

    /** The cancellation policy of the offering when the order was placed. */
    public CancellationPolicy cancellation() {
        return new CancellationPolicy(freeCancelHours, Money.fen(cancelFeeFen));
    }

    public String paymentReference() {
        return paymentReference;
    }

    /** Whether the order was paid in time-bank minutes rather than at the gateway. */
    public boolean paidInTime() {
        return paidMinutes != null;
    }

    /** The minutes that paid the order, or null when it was paid in money. */
    public Long paidMinutes() {
        return paidMinutes;
    }

    /** For an order paid in time, how its provider is compensated (minutes, or yuan from the tenant); else null. */
    public TimeCompensation timeCompensation() {
        return timeCompensation;
    }

    /** The posting that took the minutes, or null. */
    public Long timePostingId() {
        return timePostingId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isFree() {
        return amountFen == 0;
    }

    @Override
    public String auditName() {
        return "order:" + id;
    }
}
