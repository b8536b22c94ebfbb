package org.linli.ui.console.ads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.ads.AdSlot;
import org.linli.tenants.ads.AdSlotService;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.ads.SlotCommands;
import org.linli.tenants.ads.SlotStatus;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.List;
import java.util.Locale;

/** The tenant's ad inventory: every slot with its placement, size, price and status; create, pause, reactivate. */
@Route(value = "ad-slots", layout = MainLayout.class)
@ViewPermission(Permissions.ADS_MANAGE)
public class AdSlotsView extends VerticalLayout implements HasDynamicTitle {

    private final AdSlotService slots;
    private final Grid<AdSlot> grid = new Grid<>();

    @Inject
    public AdSlotsView(AdSlotService slots) {
        this.slots = slots;
        addClassName("list-view");
        add(new H2(getTranslation("nav.ad-slots")));
        if (TenantContext.current().isEmpty()) {
            add(new EmptyState(getTranslation("users.choose-tenant")));
            return;
        }
        grid.setId("ad-slots-grid");
        grid.addColumn(AdSlot::name).setHeader(getTranslation("ads.slot.name")).setFlexGrow(2);
        grid.addColumn(s -> placement(this, s.placement())).setHeader(getTranslation("ads.slot.placement"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.width() + " × " + s.height()).setHeader(getTranslation("ads.slot.size"));
        grid.addColumn(s -> s.pricePerDay().format()).setHeader(getTranslation("ads.slot.price"))
                .setClassNameGenerator(s -> "amount");
        grid.addColumn(s -> s.communities().isEmpty() ? getTranslation("ads.slot.all-communities")
                : String.valueOf(s.communities().size())).setHeader(getTranslation("ads.slot.communities"));
        grid.addComponentColumn(s -> new StatusBadge(getTranslation("ads.slot.status."
                        + s.status().name().toLowerCase(Locale.ROOT)),
                s.status() == SlotStatus.ACTIVE ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("orders.status"));
        grid.addComponentColumn(s -> {
            boolean active = s.status() == SlotStatus.ACTIVE;
            Button toggle = new Button(getTranslation(active ? "ads.slot.pause" : "ads.slot.activate"), click -> {
                try {
                    if (active) {
                        slots.pause(s.id());
                    } else {
                        slots.activate(s.id());
                    }
                    refresh();
                } catch (DomainException problem) {
                    UiErrors.show(problem);
                }
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return toggle;
        });
        add(grid, new H3(getTranslation("ads.slot.new")), form());
        refresh();
    }

    static String placement(com.vaadin.flow.component.Component view, Placement placement) {
        return view.getTranslation("ads.placement." + placement.name().toLowerCase(Locale.ROOT));
    }

    private FormLayout form() {
        TextField name = new TextField(getTranslation("ads.slot.name"));
        name.setId("slot-name");
        ComboBox<Placement> placement = new ComboBox<>(getTranslation("ads.slot.placement"), Placement.values());
        placement.setItemLabelGenerator(p -> placement(this, p));
        placement.setId("slot-placement");
        IntegerField width = new IntegerField(getTranslation("ads.slot.width"));
        IntegerField height = new IntegerField(getTranslation("ads.slot.height"));
        NumberField price = new NumberField(getTranslation("ads.slot.price-yuan"));
        price.setId("slot-price");
        Button create = new Button(getTranslation("ads.slot.create"), click -> {
            try {
                Long fen = price.getValue() == null ? null
                        : Money.parseYuan(java.math.BigDecimal.valueOf(price.getValue()).toPlainString(),
                        "pricePerDayFen").fen();
                slots.create(new SlotCommands.NewSlot(name.getValue(), placement.getValue(), width.getValue(),
                        height.getValue(), fen, List.of(), List.of()));
                UiErrors.success(getTranslation("ads.slot.created"));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        create.setId("slot-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(name, placement, width, height, price, create);
    }

    private void refresh() {
        grid.setItems(query -> slots.list(null, null, new PageRequest(query.getPage(), query.getPageSize()))
                .items().stream(), query -> (int) slots.list(null, null, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ad-slots") + " · " + getTranslation("app.name");
    }
}
