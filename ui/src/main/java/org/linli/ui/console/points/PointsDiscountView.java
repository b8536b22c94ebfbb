package org.linli.ui.console.points;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.PointsDiscount;
import org.linli.tenants.points.PointsDiscounts;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

/**
 * Points as a discount (积分抵扣): what one point is worth and the highest share of an order points may pay. The
 * tenant funds every discount, so the page says what a share means for a 100-yuan order before it is saved.
 */
@Route(value = "points-discount", layout = MainLayout.class)
@ViewPermission(Permissions.POINTS_MANAGE)
public class PointsDiscountView extends VerticalLayout implements HasDynamicTitle {

    private static final Money EXAMPLE = Money.fen(10_000);

    @Inject
    public PointsDiscountView(PointsDiscounts discounts) {
        addClassName("list-view");
        add(new H2(getTranslation("nav.points-discount")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        PointsDiscount.Terms current = discounts.terms();
        IntegerField value = new IntegerField(getTranslation("points.discount.value"));
        value.setId("points-discount-value");
        value.setMin(1);
        value.setMax((int) PointsDiscount.Terms.MAX_POINT_VALUE_FEN);
        value.setValue((int) current.pointValueFen());
        IntegerField share = new IntegerField(getTranslation("points.discount.share"));
        share.setId("points-discount-share");
        share.setMin(0);
        share.setMax(100);
        share.setValue(current.maxSharePercent());
        Paragraph example = new Paragraph(example(current));
        example.setId("points-discount-example");
        Button save = new Button(getTranslation("points.discount.save"), click -> {
            try {
                PointsDiscount.Terms saved = discounts.change(value.getValue() == null ? 0 : value.getValue(),
                        share.getValue() == null ? -1 : share.getValue());
                example.setText(example(saved));
                UiErrors.success(getTranslation("points.discount.saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.setId("points-discount-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("points.discount.funding")), new FormLayout(value, share, save), example);
    }

    private String example(PointsDiscount.Terms terms) {
        if (terms.maxSharePercent() == 0) {
            return getTranslation("points.discount.off");
        }
        return getTranslation("points.discount.example", EXAMPLE.format(), terms.maxPoints(EXAMPLE),
                terms.maxDiscount(EXAMPLE).format());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points-discount") + " · " + getTranslation("app.name");
    }
}
