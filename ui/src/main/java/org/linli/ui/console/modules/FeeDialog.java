package org.linli.ui.console.modules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.ui.components.FieldErrors;

import java.util.Map;
import java.util.function.Consumer;

/** Asks for a module's monthly fee in yuan; amounts are exact to the fen. */
class FeeDialog extends Dialog {

    FeeDialog(String moduleName, Money current, Consumer<Money> confirmed) {
        setHeaderTitle(getTranslation("modules.fee.title", moduleName));
        TextField fee = new TextField(getTranslation("modules.column.fee"));
        fee.setId("module-fee-field");
        fee.setPrefixComponent(new Span("¥"));
        fee.setValue(current.isZero() ? "" : current.toYuanString());
        fee.setHelperText(getTranslation("modules.fee.help"));
        add(fee);
        Button save = new Button(getTranslation("modules.enable"), click -> {
            try {
                Money amount = Money.parseYuan(fee.getValue(), "fee");
                close();
                confirmed.accept(amount);
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("fee", fee));
            }
        });
        save.setId("save-module-fee");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
