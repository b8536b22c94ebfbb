package org.linli.ui.console.points;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.points.MallCommands;
import org.linli.tenants.points.PointsMall;
import org.linli.tenants.points.Redemption;
import org.linli.tenants.points.RedemptionStatus;
import org.linli.tenants.points.Reward;
import org.linli.tenants.points.RewardStatus;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * The points mall for operators: the pickup desk first (find a redemption by the code the resident shows, hand it
 * over or cancel it), then the rewards with their stock (restock, on/off sale, add) and every redemption.
 */
@Route(value = "points-mall", layout = MainLayout.class)
@ViewPermission(Permissions.POINTS_MANAGE)
public class PointsMallView extends VerticalLayout implements HasDynamicTitle {

    private final PointsMall mall;
    private final Grid<Reward> rewards = new ListGrid<>();
    private final Grid<Redemption> redemptions = new ListGrid<>();
    private final Div found = new Div();

    @Inject
    public PointsMallView(PointsMall mall) {
        this.mall = mall;
        addClassName("list-view");
        add(new H2(getTranslation("nav.points-mall")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(new H3(getTranslation("points.desk")), desk(), found);
        rewards.setId("points-rewards-grid");
        rewards.setAllRowsVisible(true);
        rewards.addColumn(Reward::name).setHeader(getTranslation("points.reward.name")).setFlexGrow(2);
        rewards.addColumn(Reward::price).setHeader(getTranslation("points.reward.price"));
        rewards.addColumn(Reward::stock).setHeader(getTranslation("points.reward.stock"));
        rewards.addColumn(Reward::perPersonLimit).setHeader(getTranslation("points.reward.limit"));
        rewards.addComponentColumn(r -> new StatusBadge(getTranslation("points.reward.status."
                        + r.status().name().toLowerCase(Locale.ROOT)),
                r.status() == RewardStatus.ON_SALE ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("orders.status"));
        rewards.addComponentColumn(this::stockEditor).setHeader(getTranslation("points.reward.restock"))
                .setAutoWidth(true);
        redemptions.setId("points-redemptions-grid");
        redemptions.addColumn(Redemption::pickupCode).setHeader(getTranslation("points.redemption.code"));
        redemptions.addColumn(Redemption::rewardName).setHeader(getTranslation("points.reward.name")).setFlexGrow(2);
        redemptions.addColumn(Redemption::points).setHeader(getTranslation("points.reward.price"));
        redemptions.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("points.redemption.at"));
        redemptions.addComponentColumn(r -> badge(r.status())).setHeader(getTranslation("orders.status"));
        add(new H3(getTranslation("points.rewards")), rewards, new H3(getTranslation("points.reward.new")),
                newReward(), new H3(getTranslation("points.redemptions")), redemptions);
        refresh();
    }

    private Component desk() {
        TextField code = new TextField(getTranslation("points.redemption.code"));
        code.setId("pickup-code");
        code.setMaxLength(8);
        Button find = new Button(getTranslation("points.desk.find"), click -> {
            found.removeAll();
            try {
                Redemption redemption = mall.byCode(code.getValue() == null ? "" : code.getValue().strip());
                found.add(pickup(redemption));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        find.setId("pickup-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, find);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Component pickup(Redemption redemption) {
        Span what = new Span(redemption.rewardName() + " · " + getTranslation("points.price", redemption.points())
                + " · " + Formats.dateTime(redemption.createdAt()));
        Div card = new Div(what, badge(redemption.status()));
        card.addClassName("order-card");
        card.setId("pickup-found");
        if (redemption.status() == RedemptionStatus.WAITING) {
            Button handOver = new Button(getTranslation("points.desk.hand-over"), click -> act(() ->
                    mall.handOver(redemption.pickupCode()), "points.desk.handed-over"));
            handOver.setId("pickup-hand-over");
            handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("points.redemption.cancel"), click -> act(() ->
                    mall.cancel(redemption.pickupCode()), "points.redemption.cancelled.done"));
            cancel.setId("pickup-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(handOver, cancel);
        }
        return card;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            found.removeAll();
            UiErrors.success(getTranslation(doneKey));
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private Component stockEditor(Reward reward) {
        IntegerField stock = new IntegerField();
        stock.setValue(reward.stock());
        stock.setWidth("6em");
        Button save = new Button(getTranslation("points.reward.save"), click -> change(reward, stock.getValue(),
                null));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        boolean onSale = reward.status() == RewardStatus.ON_SALE;
        Button toggle = new Button(getTranslation(onSale ? "points.reward.off-sale" : "points.reward.on-sale"),
                click -> change(reward, reward.stock(), onSale ? RewardStatus.OFF_SALE : RewardStatus.ON_SALE));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(stock, save, toggle);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void change(Reward reward, Integer stock, RewardStatus status) {
        try {
            mall.changeReward(reward.id(), new MallCommands.RewardChange(stock, status));
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private FormLayout newReward() {
        TextField name = new TextField(getTranslation("points.reward.name"));
        name.setId("reward-name");
        TextArea description = new TextArea(getTranslation("points.reward.description"));
        IntegerField price = new IntegerField(getTranslation("points.reward.price"));
        price.setId("reward-price");
        IntegerField stock = new IntegerField(getTranslation("points.reward.stock"));
        stock.setId("reward-stock");
        IntegerField limit = new IntegerField(getTranslation("points.reward.limit"));
        limit.setValue(1);
        Button add = new Button(getTranslation("points.reward.add"), click -> {
            try {
                mall.addReward(new MallCommands.NewReward(name.getValue(), description.getValue(),
                        price.getValue() == null ? null : price.getValue().longValue(), stock.getValue(),
                        limit.getValue()));
                name.clear();
                description.clear();
                UiErrors.success(getTranslation("points.reward.added"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        add.setId("reward-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(name, price, stock, limit, description, add);
    }

    private StatusBadge badge(RedemptionStatus status) {
        return new StatusBadge(getTranslation("points.redemption." + status.name().toLowerCase(Locale.ROOT)),
                status == RedemptionStatus.WAITING ? StatusBadge.Tone.ATTENTION : status == RedemptionStatus.HANDED_OVER
                        ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL);
    }

    private void refresh() {
        rewards.setItems(query -> mall.rewards(new PageRequest(query.getPage(), query.getPageSize())).items()
                .stream(), query -> (int) mall.rewards(PageRequest.first(1)).total());
        redemptions.setItems(query -> mall.redemptions(null, new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) mall.redemptions(null, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.points-mall") + " · " + getTranslation("app.name");
    }
}
