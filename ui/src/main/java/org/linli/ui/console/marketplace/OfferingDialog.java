package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingCommands;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.modules.Module;
import org.linli.ui.components.FieldErrors;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a provider sells, entered or changed: module (fixed once offered), title, description, price model and unit
 * price in yuan, usual duration, whether booking picks a time slot, the cancellation policy and the task checklist.
 */
class OfferingDialog extends Dialog {

    private final Select<Module> module = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<PricingModel> pricing = new Select<>();
    private final TextField unitPrice = new TextField();
    private final IntegerField duration = new IntegerField();
    private final Checkbox needsSlot = new Checkbox();
    private final IntegerField freeCancelHours = new IntegerField();
    private final TextField cancelFee = new TextField();
    private final TextArea checklist = new TextArea();

    OfferingDialog(CatalogService catalog, Collection<Module> modules, Offering existing, Consumer<Offering> saved) {
        setHeaderTitle(getTranslation(existing == null ? "my-offerings.new" : "my-offerings.edit"));
        setWidth("min(44rem, 100vw)");
        module.setLabel(getTranslation("offering.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(m -> getTranslation(m.label().key()));
        module.setId("offering-module");
        title.setLabel(getTranslation("offering.title"));
        title.setMaxLength(100);
        title.setId("offering-title");
        description.setLabel(getTranslation("my-offerings.description"));
        description.setMaxLength(2000);
        pricing.setLabel(getTranslation("my-offerings.pricing"));
        pricing.setItems(PricingModel.values());
        pricing.setItemLabelGenerator(p -> getTranslation("pricing." + key(p)));
        pricing.setId("offering-pricing");
        unitPrice.setLabel(getTranslation("my-offerings.unit-price"));
        unitPrice.setPrefixComponent(new Span("¥"));
        unitPrice.setHelperText(getTranslation("my-offerings.unit-price.help"));
        unitPrice.setId("offering-unit-price");
        duration.setLabel(getTranslation("my-offerings.duration"));
        duration.setSuffixComponent(new Span(getTranslation("unit.minutes")));
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        needsSlot.setLabel(getTranslation("my-offerings.needs-slot"));
        needsSlot.setId("offering-needs-slot");
        freeCancelHours.setLabel(getTranslation("my-offerings.free-cancel-hours"));
        freeCancelHours.setSuffixComponent(new Span(getTranslation("unit.hours")));
        cancelFee.setLabel(getTranslation("my-offerings.cancel-fee"));
        cancelFee.setPrefixComponent(new Span("¥"));
        checklist.setLabel(getTranslation("my-offerings.checklist"));
        checklist.setHelperText(getTranslation("my-offerings.checklist.help"));
        fill(existing);
        FormLayout form = new FormLayout(module, title, pricing, unitPrice, duration, needsSlot, freeCancelHours,
                cancelFee, description, checklist);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(description, 2);
        form.setColspan(checklist, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("module", module, "title", title, "description", description,
                "pricing", pricing, "unitPriceFen", unitPrice, "durationMinutes", duration,
                "freeCancelHours", freeCancelHours, "cancelFeeFen", cancelFee, "checklist", checklist);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                OfferingCommands.NewOffering command = command();
                Offering result = existing == null ? catalog.offer(command) : catalog.change(existing.id(), command);
                close();
                saved.accept(result);
            } catch (DomainException problem) {
                FieldErrors.show(problem, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("offering-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void fill(Offering existing) {
        if (existing == null) {
            module.setValue(module.getListDataView().getItems().findFirst().orElse(null));
            pricing.setValue(PricingModel.FIXED);
            duration.setValue(60);
            freeCancelHours.setValue(24);
            cancelFee.setValue("0");
            return;
        }
        module.setValue(existing.module());
        module.setReadOnly(true);
        title.setValue(existing.title());
        description.setValue(existing.description() == null ? "" : existing.description());
        pricing.setValue(existing.pricing());
        unitPrice.setValue(existing.unitPrice().toYuanString());
        duration.setValue(existing.durationMinutes());
        needsSlot.setValue(existing.needsSlot());
        freeCancelHours.setValue(existing.cancellation().freeHours());
        cancelFee.setValue(existing.cancellation().fee().toYuanString());
        checklist.setValue(String.join("\n", existing.checklist()));
    }

    private OfferingCommands.NewOffering command() {
        Money price = Money.parseYuan(unitPrice.getValue(), "unitPriceFen");
        Money fee = cancelFee.getValue().isBlank() ? Money.ZERO : Money.parseYuan(cancelFee.getValue(), "cancelFeeFen");
        List<String> tasks = Arrays.stream(checklist.getValue().split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new OfferingCommands.NewOffering(module.getValue(), title.getValue(),
                description.getValue().isBlank() ? null : description.getValue().strip(), pricing.getValue(),
                price.fen(), duration.getValue() == null ? 0 : duration.getValue(), needsSlot.getValue(),
                freeCancelHours.getValue() == null ? 0 : freeCancelHours.getValue(), fee.fen(), tasks);
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
