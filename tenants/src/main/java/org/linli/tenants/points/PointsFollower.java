package org.linli.tenants.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.platform.security.CallerContext;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.forms.FormAnswered;
import org.linli.tenants.orders.OrderMoved;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.volunteering.MinutesCredited;

/**
 * Turns what residents do elsewhere into earning events, inside the transaction of the fact: minutes credited for
 * volunteering, an order the resident reviewed, a form answered. Awards are written by the points job, not by
 * whoever caused the fact (a resident or an organiser cannot award points), and once per fact (the source).
 */
@ApplicationScoped
public class PointsFollower {

    @Inject
    EarningService earning;

    @Inject
    OrderService orders;

    void onMinutesCredited(@Observes MinutesCredited credited) {
        CallerContext.system("points-earning", credited.tenant()).run(() -> earning.earn(new EarningEvent(
                EventKind.VOLUNTEER_MINUTES, null, credited.resident(), credited.minutes(),
                "minutes:" + credited.activityId() + ":" + credited.resident().value(), credited.reference())));
    }

    void onOrderMoved(@Observes OrderMoved moved) {
        if (moved.to() != OrderStatus.REVIEWED) {
            return;
        }
        CallerContext job = CallerContext.system("points-earning", TenantContext.require());
        job.run(() -> {
            ResidentId resident = new ResidentId(orders.get(moved.order()).order().residentId());
            earning.earn(new EarningEvent(EventKind.ORDER_REVIEWED, null, resident, 1,
                    "order-reviewed:" + moved.order().value(), "order:" + moved.order().value()));
        });
    }

    void onFormAnswered(@Observes FormAnswered answered) {
        CallerContext.system("points-earning", answered.tenant()).run(() -> earning.earn(new EarningEvent(
                EventKind.FORM_ANSWERED, null, answered.resident(), 1,
                "form:" + answered.formId() + ":" + answered.resident().value(), "form:" + answered.formId())));
    }
}
