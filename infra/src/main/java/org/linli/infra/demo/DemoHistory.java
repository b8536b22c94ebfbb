package org.linli.infra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Clocks;
import org.linli.platform.application.PageRequest;
import org.linli.platform.identity.NewUser;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserFilter;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.marketplace.Availability;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.ServiceSlot;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.ServiceOrder;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.Tag;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Eight weeks of marketplace history for tenant A, so that consoles (and later finance reports) have something to
 * show: six neighbours (accounts {@code neighbour-1} … {@code neighbour-6}, linked to registry residents) book
 * housekeeping, elder care and the volunteer haircut on most days; providers accept, serve and complete; most
 * orders get a review, a few are cancelled or refunded. Every step goes through the ordinary services with the
 * clock set back to when it happens, so the history is consistent down to the audit trail. Today the cleaner has
 * two cleanings booked last evening, one accepted and one waiting to be accepted.
 */
@ApplicationScoped
public class DemoHistory {

    static final int DAYS = 56;
    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final List<String> PRAISE = List.of("准时到达，很专业", "打扫得很干净", "态度很好，老人很满意",
            "细心周到，下次还约", "整体不错", "");

    @Inject
    DemoPayments payments;

    @Inject
    Clocks clocks;

    @Inject
    UserService users;

    @Inject
    ResidentService residents;

    @Inject
    ResidentDirectory directory;

    @Inject
    CatalogService catalog;

    @Inject
    SlotService slots;

    @Inject
    OrderService orders;

    private record Cast(List<CallerContext> neighbours, CallerContext cleaner, CallerContext carer,
                        CallerContext volunteer, CallerContext operator) {
    }

    public void write(TenantId tenant) {
        CallerContext system = CallerContext.system("demo-history", tenant);
        List<Offering> onSale = system.call(() -> catalog.browse(new CatalogService.OfferingFilter(null, null,
                null), PageRequest.first(50)).items());
        Cast cast = new Cast(neighbours(system, tenant), as(system, "provider-a", tenant),
                as(system, "care-a", tenant), as(system, "volunteer-a", tenant), as(system, "ops-a", tenant));
        Random random = new Random(20261201L);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        int written = 0;
        try {
            for (int back = DAYS; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                int count = random.nextInt(day.getDayOfWeek().getValue() >= 6 ? 5 : 3);
                if (count == 0) {
                    continue;
                }
                at(day, 8, 0);
                for (CallerContext staff : List.of(cast.cleaner(), cast.volunteer())) {
                    staff.run(() -> slots.publish(new Availability(day, 1, EnumSet.allOf(DayOfWeek.class),
                            LocalTime.of(14, 0), LocalTime.of(18, 0), 120)));
                }
                for (int i = 0; i < count; i++) {
                    if (story(day, i, random, onSale, cast)) {
                        written++;
                    }
                }
            }
            today(today, onSale, cast);
        } finally {
            clocks.backToNow();
        }
        int total = written;
        LOG.info(() -> "Demo history: " + total + " orders over the last " + DAYS + " days");
    }

    /**
     * The cleaner's day, booked last evening: a cleaning at nine, accepted, and one at two, still to accept, so the
     * provider's home shows today's jobs and a new order. Exactly the two slots booked are published, so the slots
     * the later demo steps book are those they would have booked anyway.
     */
    private void today(LocalDate today, List<Offering> onSale, Cast cast) {
        Offering cleaning = find(onSale, "日常保洁（按小时）");
        at(today.minusDays(1), 20, 0);
        for (int hour : List.of(9, 14)) {
            cast.cleaner().run(() -> slots.publish(new Availability(today, 1, EnumSet.allOf(DayOfWeek.class),
                    LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0), 120)));
        }
        List<ServiceSlot> free = cast.neighbours().get(0).call(() -> slots.free(cleaning.provider(),
                today.atStartOfDay(ChinaTime.ZONE).toInstant(),
                today.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant()));
        for (int i = 0; i < Math.min(2, free.size()); i++) {
            CallerContext resident = cast.neighbours().get(i);
            long slot = free.get(i).id();
            at(today.minusDays(1), 20, 5 + 5 * i);
            OrderId id = resident.call(() -> orders.place(new OrderCommands.NewOrder(cleaning.id(), slot, 1, null,
                    null), UUID.randomUUID().toString())).order().id();
            payments.pay(resident, id);
            if (i == 0) {
                act(cast.cleaner(), id, OrderAction.ACCEPT, OrderCommands.ActionDetails.none());
            }
        }
    }

    /** One order from booking to review (or cancellation, or refund); false when nothing could be booked. */
    private boolean story(LocalDate day, int i, Random random, List<Offering> onSale, Cast cast) {
        CallerContext resident = cast.neighbours().get(random.nextInt(cast.neighbours().size()));
        double pick = random.nextDouble();
        Offering offering = find(onSale, pick < 0.4 ? "日常保洁（按小时）" : pick < 0.55 ? "油烟机清洗"
                : pick < 0.8 ? "助餐送餐（每餐）" : pick < 0.9 ? "上门助浴" : "爱心义剪（老人免费）");
        boolean volunteer = offering.isFree();
        CallerContext provider = offering.needsSlot() ? (volunteer ? cast.volunteer() : cast.cleaner()) : cast.carer();
        at(day, 10, 5 * i);
        Long slot = null;
        if (offering.needsSlot()) {
            List<ServiceSlot> free = resident.call(() -> slots.free(offering.provider(), null, null));
            slot = free.stream().filter(s -> s.startsAt().atZone(ChinaTime.ZONE).toLocalDate().equals(day))
                    .map(ServiceSlot::id).findFirst().orElse(null);
            if (slot == null) {
                return false;
            }
        }
        Long chosen = slot;
        int quantity = offering.title().startsWith("助餐") ? 1 + random.nextInt(5) : 1;
        ServiceOrder order = resident.call(() -> orders.place(new OrderCommands.NewOrder(offering.id(), chosen,
                quantity, null, null), UUID.randomUUID().toString())).order();
        OrderId id = order.id();
        if (!order.isFree()) {
            at(day, 10, 5 * i + 1);
            payments.pay(resident, id);
        }
        if (random.nextDouble() < 0.08) {
            at(day, 10, 5 * i + 3);
            act(resident, id, OrderAction.CANCEL, new OrderCommands.ActionDetails(null, "临时有事，改天再约"));
            return true;
        }
        at(day, 11, i);
        act(provider, id, OrderAction.ACCEPT, OrderCommands.ActionDetails.none());
        at(day, 14, 2 * i);
        act(provider, id, OrderAction.START, OrderCommands.ActionDetails.none());
        at(day, 15, 50 + i);
        act(provider, id, OrderAction.COMPLETE, new OrderCommands.ActionDetails(null, null, order.checklist()));
        LocalDate next = day.plusDays(1);
        if (!order.isFree() && random.nextDouble() < 0.03) {
            at(next, 9, i);
            act(resident, id, OrderAction.REQUEST_REFUND, new OrderCommands.ActionDetails(null, "服务没有做完"));
            at(next, 15, i);
            act(cast.operator(), id, OrderAction.REFUND, OrderCommands.ActionDetails.none());
        } else if (random.nextDouble() < 0.75) {
            double mood = random.nextDouble();
            int stars = mood < 0.6 ? 5 : mood < 0.9 ? 4 : mood < 0.98 ? 3 : 2;
            at(next, 9, 10 + i);
            act(resident, id, OrderAction.REVIEW, new OrderCommands.ActionDetails(stars,
                    PRAISE.get(random.nextInt(PRAISE.size()))));
        }
        return true;
    }

    /** Six resident accounts, each linked to an active registered resident of tenant A (named after them). */
    private List<CallerContext> neighbours(CallerContext system, TenantId tenant) {
        List<ResidentRecord> candidates = system.call(() -> directory.search(new ResidentDirectory.ResidentFilter(null,
                null, null, null, ResidentStatus.ACTIVE, null), PageRequest.first(60)).items());
        List<CallerContext> neighbours = new ArrayList<>();
        // Elders living alone are left out: one of them is resident-a's own entry, others get care plans.
        for (ResidentRecord resident : candidates.stream()
                .filter(r -> r.tags() == null || !r.tags().contains(Tag.ELDERLY_ALONE))
                .toList()) {
            if (neighbours.size() == 6) {
                break;
            }
            try {
                String username = "neighbour-" + (neighbours.size() + 1);
                UserAccount account = system.call(() -> users.create(new NewUser(username, resident.name(),
                        Role.RESIDENT, DemoData.PASSWORD)));
                system.run(() -> residents.linkAccount(resident.id(), account.id()));
                neighbours.add(as(account, tenant));
            } catch (DomainException alreadyLinked) {
                LOG.fine(() -> "skipping " + resident.id() + ": " + alreadyLinked.code());
            }
        }
        return neighbours;
    }

    private void at(LocalDate day, int hour, int minute) {
        clocks.travelTo(day.atTime(hour, minute).atZone(ChinaTime.ZONE).toInstant());
    }

    private void act(CallerContext party, OrderId order, OrderAction action, OrderCommands.ActionDetails details) {
        party.run(() -> orders.act(order, action, details));
    }

    private static Offering find(List<Offering> offerings, String title) {
        return offerings.stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow();
    }

    private CallerContext as(CallerContext system, String username, TenantId tenant) {
        return as(system.call(() -> users.list(new UserFilter(username, null, null), PageRequest.first(1)).items()
                .get(0)), tenant);
    }

    private static CallerContext as(UserAccount account, TenantId tenant) {
        return CallerContext.of(Actor.user(account.id().value(), account.details().username(),
                account.details().displayName(), account.details().role(), tenant), tenant);
    }
}
