package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.orders.Pricing;
import org.linli.tenants.points.PointsDiscounts;

import java.time.Duration;

/**
 * Points towards a booking (积分抵扣): the resident's balance and the most points usable on this order, a field for
 * how many to use, and the discount and cash due as they choose. Hidden when the tenant has discounts off, the
 * resident has no points, the price depends on the home's floor area, or the booking is not a plain order.
 */
class PointsAtBooking extends Div {

    private final PointsDiscounts discounts;
    private final Offering offering;
    private final boolean possible;
    private final Span available = new Span();
    private final IntegerField points = new IntegerField();
    private final Span outcome = new Span();
    private int quantity = 1;
    private Duration slot;
    private PointsDiscounts.Quote quote;

    PointsAtBooking(PointsDiscounts discounts, Offering offering, boolean takesPoints) {
        this.discounts = discounts;
        this.offering = offering;
        this.possible = takesPoints && !offering.isFree() && offering.pricing() != PricingModel.PER_SQM;
        addClassName("booking-points");
        setId("booking-points");
        available.setId("points-available");
        points.setId("points-to-use");
        points.setMin(0);
        points.setStepButtonsVisible(true);
        points.setWidthFull();
        outcome.setId("points-outcome");
        outcome.addClassName("booking-points-outcome");
        points.addValueChangeListener(change -> showOutcome());
        add(available, points, outcome);
        refresh();
    }

    void quantity(int visits) {
        this.quantity = visits;
        refresh();
    }

    void slot(Duration booked) {
        this.slot = booked;
        refresh();
    }

    /** The points to use, null when none. */
    Long chosen() {
        Integer value = points.getValue();
        return !isVisible() || value == null || value <= 0 ? null : value.longValue();
    }

    private void refresh() {
        quote = possible ? quoteFor(amount()) : null;
        setVisible(quote != null && quote.maxPoints() > 0);
        if (!isVisible()) {
            return;
        }
        points.setLabel(getTranslation("booking.points.label"));
        available.setText(getTranslation("booking.points.available", quote.balance(), quote.maxPoints(),
                quote.maxDiscount().format(), quote.terms().maxSharePercent()));
        points.setMax((int) Math.min(Integer.MAX_VALUE, quote.maxPoints()));
        if (points.getValue() != null && points.getValue() > quote.maxPoints()) {
            points.setValue((int) quote.maxPoints());
        }
        showOutcome();
    }

    private void showOutcome() {
        if (quote == null) {
            return;
        }
        long used = points.getValue() == null ? 0 : Math.max(0, Math.min(points.getValue(), quote.maxPoints()));
        Money discount = Money.fen(used * quote.terms().pointValueFen());
        outcome.setText(getTranslation("booking.points.outcome", discount.format(),
                quote.amount().minus(discount).format()));
    }

    private Money amount() {
        return Pricing.price(offering, quantity, slot, null);
    }

    private PointsDiscounts.Quote quoteFor(Money amount) {
        try {
            return discounts.quote(amount);
        } catch (DomainException notYet) {
            // Not a verified resident, or no right to points: booking goes on without them.
            return null;
        }
    }
}
