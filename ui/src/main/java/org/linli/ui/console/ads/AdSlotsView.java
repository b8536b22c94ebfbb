package org.linli.ui.console.ads;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
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
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tenant's ad inventory: every slot with its placement, size, price, communities reached and status; create,
 * edit (choose a row), pause, reactivate, and the days on which a slot is not sold.
 */
@Route(value = "ad-slots", layout = MainLayout.class)
@ViewPermission(Permissions.ADS_MANAGE)
public class AdSlotsView extends VerticalLayout implements HasDynamicTitle {

    private final AdSlotService slots;
    private final StructureService structure;
    private final Grid<AdSlot> grid = new ListGrid<>();
    private final H3 formTitle = new H3();
    private final TextField name = new TextField();
    private final ComboBox<Placement> placement = new ComboBox<>();
    private final IntegerField width = new IntegerField();
    private final IntegerField height = new IntegerField();
    private final NumberField price = new NumberField();
    private final MultiSelectComboBox<Community> communities = new MultiSelectComboBox<>();
    private final Set<LocalDate> blackout = new TreeSet<>();
    private final Div blackoutChips = new Div();
    private final Button save = new Button();
    private AdSlot editing;

    @Inject
    public AdSlotsView(AdSlotService slots, StructureService structure) {
        this.slots = slots;
        this.structure = structure;
        addClassName("list-view");
        add(new H2(getTranslation("nav.ad-slots")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
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
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        add(grid, formTitle, form());
        edit(null);
        refresh();
    }

    static String placement(Component view, Placement placement) {
        return view.getTranslation("ads.placement." + placement.name().toLowerCase(Locale.ROOT));
    }

    private FormLayout form() {
        name.setLabel(getTranslation("ads.slot.name"));
        name.setId("slot-name");
        placement.setLabel(getTranslation("ads.slot.placement"));
        placement.setItems(Placement.values());
        placement.setItemLabelGenerator(p -> placement(this, p));
        placement.setId("slot-placement");
        width.setLabel(getTranslation("ads.slot.width"));
        height.setLabel(getTranslation("ads.slot.height"));
        price.setLabel(getTranslation("ads.slot.price-yuan"));
        price.setId("slot-price");
        communities.setLabel(getTranslation("ads.slot.communities"));
        communities.setHelperText(getTranslation("ads.slot.communities-help"));
        communities.setItems(structure.communities(PageRequest.first(SlotCommands.MAX_COMMUNITIES)).items());
        communities.setItemLabelGenerator(Community::name);
        communities.setId("slot-communities");
        DatePicker day = new DatePicker(getTranslation("ads.slot.blackout"));
        day.setId("slot-blackout-day");
        Button addDay = new Button(getTranslation("ads.slot.blackout-add"), click -> {
            if (day.getValue() != null) {
                blackout.add(day.getValue());
                day.clear();
                showBlackout();
            }
        });
        addDay.setId("slot-blackout-add");
        blackoutChips.setId("slot-blackout-days");
        blackoutChips.addClassName("chips");
        save.addClickListener(click -> save());
        save.setId("slot-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button(getTranslation("ads.slot.new"), click -> grid.asSingleSelect().clear());
        fresh.setId("slot-new");
        fresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FormLayout form = new FormLayout(name, placement, width, height, price, communities,
                new Div(day, addDay), blackoutChips, new Div(save, fresh));
        form.setColspan(communities, 2);
        form.setColspan(blackoutChips, 2);
        return form;
    }

    /** Fills the form with a slot to change, or empties it for a new one. */
    private void edit(AdSlot slot) {
        editing = slot;
        formTitle.setText(getTranslation(slot == null ? "ads.slot.new" : "ads.slot.edit",
                slot == null ? "" : slot.name()));
        save.setText(getTranslation(slot == null ? "ads.slot.create" : "ads.slot.save"));
        name.setValue(slot == null ? "" : slot.name());
        placement.setValue(slot == null ? null : slot.placement());
        width.setValue(slot == null ? null : slot.width());
        height.setValue(slot == null ? null : slot.height());
        price.setValue(slot == null ? null : new BigDecimal(slot.pricePerDay().fen()).movePointLeft(2).doubleValue());
        Set<Long> reached = slot == null ? Set.of() : Set.copyOf(slot.communities());
        communities.setValue(new LinkedHashSet<>(communities.getListDataView().getItems()
                .filter(c -> reached.contains(c.id().value())).toList()));
        blackout.clear();
        if (slot != null) {
            blackout.addAll(slot.blackoutDays());
        }
        showBlackout();
    }

    private void showBlackout() {
        blackoutChips.removeAll();
        if (blackout.isEmpty()) {
            blackoutChips.add(new Span(getTranslation("ads.slot.blackout-none")));
        }
        for (LocalDate day : blackout) {
            Button chip = new Button(day + " ×", click -> {
                blackout.remove(day);
                showBlackout();
            });
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.getElement().setAttribute("aria-label", getTranslation("ads.slot.blackout-remove", day));
            blackoutChips.add(chip);
        }
    }

    private void save() {
        try {
            Long fen = price.getValue() == null ? null
                    : Money.parseYuan(BigDecimal.valueOf(price.getValue()).toPlainString(), "pricePerDayFen").fen();
            SlotCommands.NewSlot command = new SlotCommands.NewSlot(name.getValue(), placement.getValue(),
                    width.getValue(), height.getValue(), fen,
                    communities.getValue().stream().map(c -> c.id().value()).toList(), List.copyOf(blackout));
            if (editing == null) {
                slots.create(command);
                UiErrors.success(getTranslation("ads.slot.created"));
            } else {
                slots.update(editing.id(), command);
                UiErrors.success(getTranslation("ads.slot.saved"));
            }
            grid.asSingleSelect().clear();
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
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
