package org.linli.tenants.orders.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.modules.Module;
import org.linli.tenants.orders.Complaint;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderParty;
import org.linli.tenants.orders.OrderReview;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderTransition;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.orders.ServiceOrder;
import org.linli.tenants.timebank.TimeCompensation;

import java.time.Instant;
import java.util.List;

/**
 * The request and response bodies of {@link ComplaintResource} and {@link OrderResource}, as records; requests
 * carry their Bean Validation constraints.
 */
final class OrdersApi {

    private OrdersApi() {
    }

    public record ComplaintRequest(@NotNull Long orderId, String text) {
    }

    public record ResolutionRequest(String resolution) {
    }

    public record ComplaintResponse(long id, long orderId, long providerId, String text, boolean open,
                                    String resolution, String resolvedBy, Instant createdAt, Instant resolvedAt) {

        static ComplaintResponse of(Complaint c) {
            return new ComplaintResponse(c.id(), c.orderId(), c.providerId(), c.text(), c.isOpen(), c.resolution(),
                    c.resolvedBy(), c.createdAt(), c.resolvedAt());
        }
    }

    /**
     * {@code forResidentId}: book for an elder one is family of (else leave it out); {@code points}: points of the
     * signed-in resident to put towards the order as a discount (see {@code GET /points/discount/quote}).
     */
    public record OrderRequest(@NotNull Long offeringId, Long slotId, Integer quantity, String contactPhone,
                               String note, Long forResidentId, Long points) {
    }

    /** What an action may carry: {@code stars} and {@code text} to review, {@code text} as a reason, and the
     * checklist {@code tasks} done to complete. */
    public record ActionRequest(Integer stars, String text, List<String> tasks) {
    }

    public record OrderResponse(long id, long offeringId, long providerId, Module module, String title,
                                long residentId, long communityId, String serviceAddress, String contactPhone,
                                String note, int quantity, Long slotId, Instant scheduledStart, Instant scheduledEnd,
                                long amountFen, String amount, long pointsUsed, long discountFen,
                                long cashDueFen, String cashDue, long refundedFen, OrderStatus status,
                                List<String> checklist, List<String> tasksDone, Instant placedAt,
                                Instant updatedAt, OrderParty party, List<String> actions, String cashierUrl,
                                Long paidMinutes, TimeCompensation timeCompensation) {

        static OrderResponse of(OrderView view) {
            ServiceOrder o = view.order();
            return new OrderResponse(o.id().value(), o.offeringId(), o.providerId(), o.module(), o.title(),
                    o.residentId(), o.communityId(), o.serviceAddress(), o.contactPhone(), o.note(), o.quantity(),
                    o.slotId(), o.scheduledStart(), o.scheduledEnd(), o.amount().fen(), o.amount().format(),
                    o.pointsUsed(), o.discount().fen(), o.cashDue().fen(), o.cashDue().format(), o.refunded().fen(),
                    o.status(), o.checklist(), o.tasksDone(), o.placedAt(), o.updatedAt(),
                    view.party(),
                    view.actions().stream().map(OrderAction::pathName).toList(), view.cashierUrl(),
                    o.paidMinutes(), o.timeCompensation());
        }
    }

    public record TransitionResponse(OrderStatus from, OrderStatus to, String action, String actor,
                                     String actorName, Instant at, String note) {

        static TransitionResponse of(OrderTransition t) {
            return new TransitionResponse(t.from(), t.to(), t.action(), t.actor(), t.actorName(), t.occurredAt(),
                    t.note());
        }
    }

    public record ReviewResponse(long orderId, long providerId, int stars, String text, Instant createdAt) {

        static ReviewResponse of(OrderReview r) {
            return new ReviewResponse(r.orderId(), r.providerId(), r.stars(), r.text(), r.createdAt());
        }
    }
}
