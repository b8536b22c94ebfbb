package org.linli.tenants.orders;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.money.Money;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.tenants.timebank.TimeBankCommands;
import org.linli.tenants.timebank.TimeBankService;
import org.linli.tenants.timebank.TimeBankViews;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Orders across all modules: residents book and pay, providers accept and serve, residents review, operators decide
 * refunds. Every move goes through the order's state machine and appends a transition with its actor; each caller
 * sees only the orders they take part in (their own, their provider's, or — for operators — the tenant's).
 */
@ApplicationService
public class OrderService {

    /** The transitions of one order: one per step of its lifecycle, capped in case that ever proves wrong. */
    static final int MAX_HISTORY = 200;

    /** The states in which a booked order is a provider's job. */
    static final List<OrderStatus> JOBS = List.of(OrderStatus.PAID, OrderStatus.ACCEPTED, OrderStatus.IN_SERVICE,
            OrderStatus.COMPLETED, OrderStatus.REVIEWED);

    /** A day's jobs listed at most: more than a provider's staff can do in a day, few enough for one page. */
    static final int MAX_JOBS = 100;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    CatalogService catalog;

    @Inject
    ProviderService providers;

    @Inject
    SlotService slots;

    @Inject
    ResidentDirectory residents;

    @Inject
    StructureService structure;

    @Inject
    PaymentPort payments;

    @Inject
    TimeBankService timeBank;

    @Inject
    PointsPort points;

    @Inject
    Clock clock;

    @Inject
    Event<OrderMoved> moved;

    @Inject
    Instance<BookingMandate> mandates;

    /** Which orders to list; every part optional. {@code resident}: the orders booked for one resident. */
    public record OrderFilter(OrderStatus status, Module module, ProviderId provider, ResidentId resident) {

        public OrderFilter(OrderStatus status, Module module, ProviderId provider) {
            this(status, module, provider, null);
        }

        public static OrderFilter all() {
            return new OrderFilter(null, null, null);
        }

        public static OrderFilter of(ResidentId resident) {
            return new OrderFilter(null, null, null, resident);
        }
    }

    /**
     * Books an offering for the signed-in resident's household. The same {@code idempotencyKey} with the same
     * request returns the order it created; with a different request it is refused ({@code idempotency_conflict}).
     * A free offering is placed as paid; a paid one waits for {@code pay}. Points asked for are spent from the
     * booking resident's lots as a discount ({@link PointsDiscount}); an order they cover whole is placed as paid.
     */
    @Audited("order.place")
    @RequiresPermission(Permissions.ORDER_PLACE)
    public OrderView place(OrderCommands.NewOrder command, String idempotencyKey) {
        TenantContext.require();
        validator.validate(command);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw DomainException.invalid(FieldError.of("Idempotency-Key", "required"));
        }
        Actor actor = CurrentUser.require();
        Optional<ServiceOrder> earlier = em.createQuery("select o from ServiceOrder o where o.placedBy = :account"
                        + " and o.idempotencyKey = :key", ServiceOrder.class)
                .setParameter("account", actor.accountId()).setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(command.fingerprint())) {
                throw new DomainException(ProblemKind.UNPROCESSABLE, "idempotency_conflict");
            }
            OrderView replay = view(earlier.get(), null);
            return new OrderView(replay.order(), replay.party(), replay.actions(), null, true);
        }
        ResidentRecord person = subject(command.forResident());
        Offering offering = catalog.get(command.offering());
        if (!catalog.onSale(offering)) {
            throw DomainException.conflict("offering_not_on_sale");
        }
        List<Long> served = providers.communities(offering.provider());
        if (!served.isEmpty() && !served.contains(person.community().value())) {
            throw DomainException.conflict("offering_not_in_community");
        }
        ServiceSlot slot = slot(offering, command.slotId());
        BigDecimal floorArea = offering.pricing() == PricingModel.PER_SQM
                ? CallerContext.system("order-pricing", TenantContext.require())
                .call(() -> structure.household(person.household()).floorArea()) : null;
        Money amount = Pricing.price(offering, command.quantity(),
                slot == null ? null : Duration.between(slot.startsAt(), slot.endsAt()), floorArea);
        PointsDiscount discount = command.pointsAsked() == 0 ? PointsDiscount.NONE
                : PointsDiscount.of(amount, command.pointsAsked(), points.terms());
        Instant now = clock.instant();
        ServiceOrder order = new ServiceOrder(offering, new OrderCommands.Booking(person.id(), person.household(),
                person.community(), person.grid(), actor.accountId(), person.address(), command.contactPhone(),
                command.note(), command.quantity(), idempotencyKey, command.fingerprint()), amount, now);
        em.persist(order);
        em.flush();
        em.persist(OrderTransition.placed(order.id().value(), OrderStatus.PLACED, actor, now));
        if (slot != null) {
            ServiceSlot taken = slots.take(slot.id(), offering.provider(), order.id());
            order.schedule(taken.id(), taken.startsAt(), taken.endsAt());
        }
        if (discount.points() > 0) {
            points.spend(residents.me().id(), discount.points(), order.id());
            order.recordDiscount(discount);
        }
        if (order.isFree() || order.isCoveredByPoints()) {
            em.persist(order.apply(OrderAction.PAY, actor, now, null));
            moved.fire(new OrderMoved(order.id(), order.module(), OrderStatus.PLACED, OrderStatus.PAID));
        }
        return view(order, null);
    }

    /**
     * What placing {@code command} would come to, worked out as {@link #place} does but booking nothing: the price
     * and what it is made of, the points discount, and the registry address the service goes to. Refuses what
     * placing would refuse (a slot taken meanwhile, a resident not yet verified, an offering off sale).
     */
    public record Quote(Money amount, Duration booked, BigDecimal floorArea, PointsDiscount discount,
                        String address) {

        public Money cashDue() {
            return amount.minus(discount.discount());
        }
    }

    @Query
    @RequiresPermission(Permissions.ORDER_PLACE)
    public Quote quote(OrderCommands.NewOrder command) {
        TenantContext.require();
        validator.validate(command);
        ResidentRecord person = subject(command.forResident());
        Offering offering = catalog.get(command.offering());
        if (!catalog.onSale(offering)) {
            throw DomainException.conflict("offering_not_on_sale");
        }
        ServiceSlot slot = slot(offering, command.slotId());
        Duration booked = slot == null ? null : Duration.between(slot.startsAt(), slot.endsAt());
        BigDecimal floorArea = offering.pricing() == PricingModel.PER_SQM
                ? CallerContext.system("order-pricing", TenantContext.require())
                .call(() -> structure.household(person.household()).floorArea()) : null;
        Money amount = Pricing.price(offering, command.quantity(), booked, floorArea);
        PointsDiscount discount = command.pointsAsked() == 0 ? PointsDiscount.NONE
                : PointsDiscount.of(amount, command.pointsAsked(), points.terms());
        return new Quote(amount, booked, floorArea, discount, person.address());
    }

    /** One order the caller takes part in, with what they may do next. */
    @Query
    @RequiresPermission(Permissions.ORDER_READ)
    public OrderView get(OrderId id) {
        return view(find(id), null);
    }

    /** The orders the caller takes part in, newest first. */
    @Query
    @RequiresPermission(Permissions.ORDER_READ)
    public Page<OrderView> list(OrderFilter filter, PageRequest page) {
        TenantContext.require();
        StringBuilder where = new StringBuilder(" from ServiceOrder o where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Actor actor = CurrentUser.require();
        // Every order listed is the caller's in the same part, so the part is worked out once, not per order.
        OrderParty party = OrderParty.OPERATOR;
        if (actor.role() == Role.RESIDENT) {
            party = OrderParty.RESIDENT;
            where.append(" and o.placedBy = :account");
            parameters.put("account", actor.accountId());
        } else if (actor.role() == Role.PROVIDER_STAFF) {
            party = OrderParty.PROVIDER;
            where.append(" and o.providerId = :mine");
            parameters.put("mine", providers.myStaff().provider().value());
        } else if (!CurrentUser.isPermitted(Permissions.MARKET_READ)) {
            return Page.of(List.of(), 0, page);
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.module() != null) {
            where.append(" and o.module = :module");
            parameters.put("module", filter.module());
        }
        if (filter.provider() != null) {
            where.append(" and o.providerId = :provider");
            parameters.put("provider", filter.provider().value());
        }
        if (filter.resident() != null) {
            where.append(" and o.residentId = :resident");
            parameters.put("resident", filter.resident().value());
        }
        TypedQuery<ServiceOrder> query = em.createQuery("select o" + where + " order by o.placedAt desc, o.id desc",
                ServiceOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        OrderParty listedAs = party;
        List<OrderView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(order -> view(order, listedAs, null)).toList();
        return Page.of(items, count::getSingleResult, page);
    }

    /**
     * The jobs of the signed-in staff member's provider from {@code from} until {@code to}: the orders booked to
     * start then that were paid for (waiting, accepted, in service or done), earliest first; then the accepted
     * orders with no set time (meals, parcels to the door), which are work of every day until done. Orders not paid
     * for, cancelled or refunded are no one's work.
     */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public List<OrderView> jobs(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw DomainException.invalid(FieldError.of("to", "after_from"));
        }
        long mine = providers.myStaff().provider().value();
        List<ServiceOrder> booked = em.createQuery("select o from ServiceOrder o where o.providerId = :mine"
                        + " and o.scheduledStart >= :from and o.scheduledStart < :to and o.status in :jobs"
                        + " order by o.scheduledStart, o.id", ServiceOrder.class)
                .setParameter("mine", mine).setParameter("from", from).setParameter("to", to)
                .setParameter("jobs", JOBS).setMaxResults(MAX_JOBS).getResultList();
        List<ServiceOrder> untimed = em.createQuery("select o from ServiceOrder o where o.providerId = :mine"
                        + " and o.scheduledStart is null and o.status in :open order by o.placedAt, o.id",
                        ServiceOrder.class)
                .setParameter("mine", mine).setParameter("open", List.of(OrderStatus.ACCEPTED, OrderStatus.IN_SERVICE))
                .setMaxResults(MAX_JOBS).getResultList();
        return Stream.concat(booked.stream(), untimed.stream()).limit(MAX_JOBS)
                .map(order -> view(order, OrderParty.PROVIDER, null)).toList();
    }

    /** Whether the tenant has order {@code id}: finance staff take part in no order, yet look orders up. */
    @Query
    @RequiresPermission(Permissions.FINANCE_READ)
    public boolean exists(OrderId id) {
        TenantContext.require();
        return id != null && em.find(ServiceOrder.class, id.value()) != null;
    }

    /** The order's history, oldest first. */
    @Query
    @RequiresPermission(Permissions.ORDER_READ)
    public List<OrderTransition> history(OrderId id) {
        find(id);
        return em.createQuery("select t from OrderTransition t where t.orderId = :order order by t.occurredAt, t.id",
                OrderTransition.class).setParameter("order", id.value()).setMaxResults(MAX_HISTORY).getResultList();
    }

    /** The review of an order, if it has one. */
    @Query
    @RequiresPermission(Permissions.ORDER_READ)
    public Optional<OrderReview> review(OrderId id) {
        find(id);
        return em.createQuery("select r from OrderReview r where r.orderId = :order", OrderReview.class)
                .setParameter("order", id.value()).getResultStream().findFirst();
    }

    /** A provider's reviews, newest first, for anyone browsing the catalogue. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<OrderReview> reviews(ProviderId provider, int limit) {
        providers.get(provider);
        return em.createQuery("select r from OrderReview r where r.providerId = :provider"
                        + " order by r.createdAt desc, r.id desc", OrderReview.class)
                .setParameter("provider", provider.value()).setMaxResults(Math.max(1, Math.min(limit, 100)))
                .getResultList();
    }

    /**
     * Moves an order by {@code action} as the caller's party. Paying asks the payment port; declining, cancelling
     * and refunding give money back through it (cancelling late keeps the offering's cancellation fee) and free the
     * booked slot; reviewing needs 1–5 stars.
     */
    @Audited("order.transition")
    @RequiresPermission(Permissions.ORDER_ACT)
    public OrderView act(@AuditTarget OrderId id, @AuditDetail OrderAction action,
                         OrderCommands.ActionDetails details) {
        return move(id, action, details, PaymentPort.Channel.PHONE);
    }

    /** Pays the order at the gateway's cashier for {@code channel}: a phone's browser (wap) or a desktop's (page). */
    @Audited("order.transition")
    @RequiresPermission(Permissions.ORDER_ACT)
    public OrderView pay(@AuditTarget OrderId id, PaymentPort.Channel channel) {
        return move(id, OrderAction.PAY, OrderCommands.ActionDetails.none(),
                channel == null ? PaymentPort.Channel.PHONE : channel);
    }

    /**
     * Pays the order in the signed-in resident's time-bank minutes instead of at the gateway, when the tenant lets
     * its offering be paid in time ({@code time_not_accepted} otherwise): the amount at the tenant's minute value,
     * rounded up, within the resident's minimum ({@code time_balance_too_low}). The order becomes paid at once; its
     * provider is credited in minutes or reimbursed in yuan by the tenant, as the tenant has set. A gateway payment
     * begun earlier is abandoned. An order booked with points is paid in cash ({@code time_not_with_points}): its
     * discount is funded by the tenant against a gateway payment.
     */
    @Audited("order.pay-in-time")
    @RequiresPermission(Permissions.ORDER_ACT)
    public OrderView payInTime(@AuditTarget OrderId id) {
        ServiceOrder order = find(id);
        OrderParty party = partyOf(order).orElseThrow(() -> DomainException.notFound("order_not_found"));
        if (party != OrderParty.RESIDENT) {
            throw DomainException.forbidden("order_action_forbidden", OrderAction.PAY.pathName());
        }
        order.check(OrderAction.PAY);
        boolean accepted = CallerContext.system("order-pay-in-time", TenantContext.require())
                .call(() -> catalog.get(new OfferingId(order.offeringId())))
                .payableInTime();
        if (!accepted || order.isFree()) {
            throw DomainException.conflict("time_not_accepted");
        }
        if (order.pointsUsed() > 0) {
            throw DomainException.conflict("time_not_with_points");
        }
        abandon(order);
        TimeBankViews.Payment payment = timeBank.spend(new TimeBankCommands.Spend(new ProviderId(order.providerId()),
                order.amount(), "order:" + order.id().value(), order.title()));
        order.recordTimePayment(payment.minutes(), payment.compensation(), payment.postingId());
        Instant now = clock.instant();
        em.persist(order.apply(OrderAction.PAY, CurrentUser.require(), now, null));
        moved.fire(new OrderMoved(order.id(), order.module(), OrderStatus.PLACED, OrderStatus.PAID));
        return view(order, null);
    }

    /**
     * The minutes the signed-in resident would pay for the order in time, when they may: their own order waiting for
     * payment, of an offering the tenant lets be paid in time. Empty otherwise (pay at the gateway then).
     */
    @Query
    @RequiresPermission(Permissions.ORDER_READ)
    public OptionalLong minutesToPay(OrderId id) {
        ServiceOrder order = find(id);
        if (order.status() != OrderStatus.PLACED || order.isFree() || order.pointsUsed() > 0
                || partyOf(order).orElse(null) != OrderParty.RESIDENT
                || !CurrentUser.isPermitted(Permissions.TIMEBANK_USE)) {
            return OptionalLong.empty();
        }
        boolean accepted = CallerContext.system("order-pay-in-time", TenantContext.require())
                .call(() -> catalog.get(new OfferingId(order.offeringId())))
                .payableInTime();
        return accepted ? OptionalLong.of(timeBank.quote(order.amount())) : OptionalLong.empty();
    }

    private OrderView move(OrderId id, OrderAction action, OrderCommands.ActionDetails details,
                           PaymentPort.Channel channel) {
        ServiceOrder order = find(id);
        OrderParty party = partyOf(order).orElseThrow(() -> DomainException.notFound("order_not_found"));
        if (!action.allows(party)) {
            throw DomainException.forbidden("order_action_forbidden", action.pathName());
        }
        OrderCommands.ActionDetails given = details == null ? OrderCommands.ActionDetails.none() : details;
        validator.validate(given);
        order.check(action);
        Actor actor = CurrentUser.require();
        Instant now = clock.instant();
        OrderStatus before = order.status();
        boolean freesSlot = order.freesItsSlotBy(action);
        switch (action) {
            case PAY -> {
                PaymentPort.PaymentStart start = payments.begin(new PaymentPort.PaymentRequest(
                        TenantContext.require(), order.id(), order.cashDue(), order.title(), channel));
                order.recordPayment(start.reference());
                if (!start.confirmed()) {
                    return view(order, start.cashierUrl());
                }
            }
            case REVIEW -> review(order, given, now);
            case COMPLETE -> order.recordTasksDone(given.tasks());
            case DECLINE, REQUEST_REFUND -> requireText(given);
            case CANCEL -> {
                if (before == OrderStatus.PLACED) {
                    // Nothing was paid: the trades the payer opened are closed, not refunded.
                    abandon(order);
                } else {
                    giveBack(order, order.cashBack(order.cancellationFee(party, now)));
                }
            }
            default -> {
            }
        }
        em.persist(order.apply(action, actor, now, given.text()));
        if (action == OrderAction.DECLINE || action == OrderAction.REFUND) {
            giveBack(order, order.cashBack(Money.ZERO));
        }
        if (order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.REFUNDED) {
            returnPoints(order);
        }
        if (freesSlot) {
            slots.release(order.id());
        }
        moved.fire(new OrderMoved(order.id(), order.module(), before, order.status()));
        return view(order, null);
    }

    /**
     * The gateway confirms a payment that was pending (its notify). Confirming an order that is already paid with
     * the same reference changes nothing, so repeated notifies are harmless.
     */
    @Audited("order.payment-confirmed")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public OrderView confirmPayment(@AuditTarget OrderId id, String reference, Money amount) {
        ServiceOrder order = em.find(ServiceOrder.class, id.value());
        if (order == null) {
            throw DomainException.notFound("order_not_found");
        }
        if (!order.cashDue().equals(amount)) {
            throw DomainException.conflict("payment_amount_mismatch");
        }
        if (order.status() != OrderStatus.PLACED) {
            if (reference.equals(order.paymentReference())) {
                return view(order, null);
            }
            throw DomainException.invalidTransition(order.status(), OrderAction.PAY.pathName());
        }
        order.recordPayment(reference);
        em.persist(order.apply(OrderAction.PAY, CurrentUser.require(), clock.instant(), null));
        moved.fire(new OrderMoved(order.id(), order.module(), OrderStatus.PLACED, OrderStatus.PAID));
        return view(order, null);
    }

    /**
     * Orders placed before {@code placedBefore} and still not paid, oldest first: the payment gateway's job lets
     * them {@link #expire} once nobody can pay them any more.
     */
    @Query
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public List<OrderId> unpaid(Instant placedBefore, int limit) {
        TenantContext.require();
        return em.createQuery("select o.id from ServiceOrder o where o.status = :placed and o.placedAt < :before"
                        + " order by o.placedAt, o.id", Long.class)
                .setParameter("placed", OrderStatus.PLACED).setParameter("before", placedBefore)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultStream().map(OrderId::new).toList();
    }

    /**
     * The payment timeout passed and the order was not paid: it is cancelled by the gateway's job ({@code expire})
     * and its slot is free again. Answers false, changing nothing, for an order no longer placed (paid meanwhile).
     */
    @Audited("order.expire")
    @RequiresPermission(Permissions.PAYMENT_CONFIRM)
    public boolean expire(@AuditTarget OrderId id) {
        TenantContext.require();
        ServiceOrder order = em.find(ServiceOrder.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw DomainException.notFound("order_not_found");
        }
        if (order.status() != OrderStatus.PLACED) {
            return false;
        }
        boolean freesSlot = order.freesItsSlotBy(OrderAction.EXPIRE);
        abandon(order);
        returnPoints(order);
        em.persist(order.apply(OrderAction.EXPIRE, CurrentUser.require(), clock.instant(), null));
        if (freesSlot) {
            slots.release(order.id());
        }
        moved.fire(new OrderMoved(order.id(), order.module(), OrderStatus.PLACED, order.status()));
        return true;
    }

    /**
     * Whom the order is for: the signed-in resident, or someone they hold a mandate for. A resident without such a
     * mandate learns nothing about the other person (404, as for an unknown one).
     */
    private ResidentRecord subject(ResidentId forResident) {
        ResidentRecord me = residents.me();
        if (forResident == null || forResident.equals(me.id())) {
            return me;
        }
        boolean mandated = mandates.stream().anyMatch(mandate -> mandate.allows(me.id(), forResident));
        if (!mandated) {
            throw DomainException.notFound("resident_not_found");
        }
        return CallerContext.system("order-for-family", TenantContext.require())
                .call(() -> residents.get(forResident));
    }

    private void review(ServiceOrder order, OrderCommands.ActionDetails details, Instant now) {
        if (details.stars() == null || details.stars() < 1 || details.stars() > 5) {
            throw DomainException.invalid(FieldError.of("stars", "stars"));
        }
        em.persist(new OrderReview(order, details.stars(), details.text(), now));
        providers.rate(new ProviderId(order.providerId()), details.stars());
    }

    private static void requireText(OrderCommands.ActionDetails details) {
        if (details.text() == null || details.text().isBlank()) {
            throw DomainException.invalid(FieldError.of("text", "required"));
        }
    }

    /**
     * Gives {@code amount} back through the payment port under the order's next request number. A retry after a
     * failure asks under the same number, and the port answers with what was first asked under it (a cancellation fee
     * may have grown since): that amount is what the order records.
     */
    private void giveBack(ServiceOrder order, Money amount) {
        if (order.paidInTime()) {
            giveBackMinutes(order);
            return;
        }
        if (amount.isZero() || amount.isNegative() || order.paymentReference() == null) {
            return;
        }
        PaymentPort.RefundResult result = payments.refund(new PaymentPort.RefundRequest(TenantContext.require(),
                order.id(), order.paymentReference(), amount,
                "R" + order.id().value() + "-" + order.refunded().fen()));
        if (!result.done()) {
            throw DomainException.conflict("refund_failed");
        }
        order.recordRefund(result.amount() == null ? amount : result.amount());
    }

    /**
     * Minutes come back whole, by reversing the posting that took them (a cancellation fee is not kept in minutes);
     * the order counts its whole amount as refunded, so that billing takes back a yuan reimbursement in step.
     */
    private void giveBackMinutes(ServiceOrder order) {
        Money left = order.amount().minus(order.refunded());
        if (left.isZero()) {
            return;
        }
        CallerContext.system("order-time-refund", TenantContext.require())
                .run(() -> timeBank.giveBack(order.timePostingId(), "order:" + order.id().value()));
        order.recordRefund(left);
    }

    /** The points spent on an order that ends without being served go back to their lots, once. */
    private void returnPoints(ServiceOrder order) {
        if (order.pointsUsed() > 0 && order.discountReturned().isZero()) {
            points.giveBack(order.id(), order.pointsUsed());
            order.recordDiscountReturned();
        }
    }

    private void abandon(ServiceOrder order) {
        if (order.paymentReference() != null) {
            payments.abandon(TenantContext.require(), order.id());
        }
    }

    private ServiceSlot slot(Offering offering, Long slotId) {
        if (!offering.needsSlot()) {
            if (slotId != null) {
                throw DomainException.invalid(FieldError.of("slotId", "not_applicable"));
            }
            return null;
        }
        if (slotId == null) {
            throw DomainException.invalid(FieldError.of("slotId", "required"));
        }
        return slots.free(offering.provider(), null, null).stream().filter(s -> s.id() == slotId).findFirst()
                .orElseThrow(() -> DomainException.conflict("slot_taken"));
    }

    private OrderView view(ServiceOrder order, String cashierUrl) {
        return view(order, partyOf(order).orElse(OrderParty.OPERATOR), cashierUrl);
    }

    private OrderView view(ServiceOrder order, OrderParty party, String cashierUrl) {
        List<OrderAction> actions = OrderLifecycle.available(order.status(), party, order.isFree(),
                CurrentUser.isPermitted(Permissions.ORDER_ACT));
        return new OrderView(order, party, actions, cashierUrl, false);
    }

    /** The caller's part in an order, if any. */
    private Optional<OrderParty> partyOf(ServiceOrder order) {
        Actor actor = CurrentUser.require();
        if (actor.system()) {
            return Optional.of(OrderParty.OPERATOR);
        }
        return switch (actor.role()) {
            case RESIDENT -> order.placedBy() == actor.accountId() ? Optional.of(OrderParty.RESIDENT)
                    : Optional.empty();
            case PROVIDER_STAFF -> providers.myStaff().provider().value() == order.providerId()
                    ? Optional.of(OrderParty.PROVIDER) : Optional.empty();
            default -> CurrentUser.isPermitted(Permissions.MARKET_READ) ? Optional.of(OrderParty.OPERATOR)
                    : Optional.empty();
        };
    }

    private ServiceOrder find(OrderId id) {
        TenantContext.require();
        ServiceOrder order = id == null ? null : em.find(ServiceOrder.class, id.value());
        if (order == null || partyOf(order).isEmpty()) {
            throw DomainException.notFound("order_not_found");
        }
        return order;
    }
}
