package org.linli.ui.console.modules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.modules.ModuleStatus;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;

/**
 * The modules of the tenant acted for. Tenant staff see what they have; platform operators enable paid modules at
 * a monthly fee (recorded for billing), change the fee or disable them.
 */
@Route(value = "modules", layout = MainLayout.class)
@ViewPermission(Permissions.MODULE_READ)
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    private final ModuleService modules;
    private final Grid<ModuleStatus> grid = new ListGrid<>();
    private final boolean mayManage = CurrentUser.isPermitted(Permissions.MODULE_MANAGE);

    @Inject
    public ModulesView(ModuleService modules) {
        this.modules = modules;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("modules.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(new Paragraph(getTranslation("modules.intro")), grid());
        refresh();
    }

    private Component grid() {
        grid.setId("modules-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(status -> name(status)).setHeader(getTranslation("modules.column.module")).setFlexGrow(2);
        grid.addComponentColumn(status -> status.module().isFree()
                        ? new StatusBadge(getTranslation("modules.free"), StatusBadge.Tone.NEUTRAL)
                        : new StatusBadge(getTranslation(status.enabled() ? "modules.enabled" : "modules.disabled"),
                        status.enabled() ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("modules.column.status")).setAutoWidth(true);
        grid.addColumn(status -> status.enabled() ? status.monthlyFee().format() : "")
                .setHeader(getTranslation("modules.column.fee")).setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(status -> "amount").setAutoWidth(true);
        grid.addColumn(status -> Formats.dateTime(status.since()))
                .setHeader(getTranslation("modules.column.since")).setAutoWidth(true);
        if (mayManage) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("modules.column.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        return grid;
    }

    private Component actions(ModuleStatus status) {
        HorizontalLayout actions = new HorizontalLayout();
        if (status.module().isFree()) {
            return actions;
        }
        Button enable = new Button(getTranslation(status.enabled() ? "modules.change-fee" : "modules.enable"),
                click -> new FeeDialog(name(status), status.monthlyFee(), fee -> act(
                        () -> modules.enable(status.module(), fee), "modules.enabled-notice", status)).open());
        enable.addThemeVariants(ButtonVariant.LUMO_SMALL);
        enable.setId("enable-" + status.module().name().toLowerCase(Locale.ROOT));
        actions.add(enable);
        if (status.enabled()) {
            Button disable = new Button(getTranslation("modules.disable"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("modules.disable.confirm.title", name(status)),
                        getTranslation("modules.disable.confirm.text"), getTranslation("modules.disable"),
                        ok -> act(() -> modules.disable(status.module()), "modules.disabled-notice", status));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(disable);
        }
        return actions;
    }

    private void act(Runnable action, String successKey, ModuleStatus status) {
        try {
            action.run();
            UiErrors.success(getTranslation(successKey, name(status)));
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        refresh();
    }

    private String name(ModuleStatus status) {
        return getTranslation(status.module().label().key());
    }

    private void refresh() {
        grid.setItems(modules.catalog());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title") + " · " + getTranslation("app.name");
    }
}
