package org.linli.ui.console.flea;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.ui.components.EnglishCell;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.flea.CategoryUse;
import org.linli.tenants.flea.FleaCategory;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ListingService;
import org.linli.tenants.flea.ModerationService;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

/**
 * The tenant's flea-market categories, in both languages: operators add them, and forbid or allow them (a forbidden
 * category refuses listings, so sellers learn why); and after how many listings hidden upon reports a seller is
 * suspended.
 */
@Route(value = "flea-categories", layout = MainLayout.class)
@ViewPermission(Permissions.FLEA_MANAGE)
public class FleaCategoriesView extends VerticalLayout implements HasDynamicTitle {

    private final ListingService listings;
    private final ModerationService moderation;
    private final Grid<FleaCategory> grid = new ListGrid<>();

    @Inject
    public FleaCategoriesView(ListingService listings, ModerationService moderation) {
        this.listings = listings;
        this.moderation = moderation;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("nav.flea-categories")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        TextField name = new TextField(getTranslation("flea.category.name"));
        TextField nameEn = new TextField(getTranslation("flea.category.name-en"));
        Checkbox forbidden = new Checkbox(getTranslation("flea.category.forbidden"));
        IntegerField position = new IntegerField(getTranslation("flea.category.position"));
        position.setValue(100);
        Button add = new Button(getTranslation("flea.category.add"), click -> {
            try {
                moderation.addCategory(new ListingCommands.CategoryDetails(name.getValue(), nameEn.getValue(),
                        forbidden.getValue(), position.getValue() == null ? 100 : position.getValue()));
                name.clear();
                nameEn.clear();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("flea-categories");
        grid.addColumn(FleaCategory::position).setHeader(getTranslation("flea.category.position")).setAutoWidth(true);
        grid.addColumn(FleaCategory::name).setHeader(getTranslation("flea.category.name"));
        grid.addColumn(EnglishCell.of(FleaCategory::nameEn))
                .setHeader(getTranslation("flea.category.name-en"));
        grid.addComponentColumn(c -> new StatusBadge(getTranslation(c.use() == CategoryUse.FORBIDDEN
                ? "flea.category.forbidden" : "flea.category.allowed"), c.use() == CategoryUse.FORBIDDEN
                ? StatusBadge.Tone.ATTENTION : StatusBadge.Tone.GOOD)).setHeader(getTranslation("flea.category.use"));
        grid.addComponentColumn(this::toggle).setAutoWidth(true);
        IntegerField suspendAfter = new IntegerField(getTranslation("flea.settings.suspend-after"));
        suspendAfter.setId("flea-suspend-after");
        suspendAfter.setMin(1);
        suspendAfter.setMax(100);
        suspendAfter.setValue(moderation.settings().suspendAfterReports());
        Button saveSettings = new Button(getTranslation("flea.settings.save"), click -> {
            try {
                moderation.changeSettings(new ListingCommands.Settings(suspendAfter.getValue()));
                UiErrors.success(getTranslation("flea.saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        add(new Div(suspendAfter, saveSettings), new Div(name, nameEn, position, forbidden, add), grid);
        refresh();
    }

    private Component toggle(FleaCategory category) {
        boolean forbidden = category.use() == CategoryUse.FORBIDDEN;
        Button toggle = new Button(getTranslation(forbidden ? "flea.category.allow" : "flea.category.forbid"),
                click -> {
                    try {
                        moderation.changeCategory(category.id(), new ListingCommands.CategoryDetails(
                                category.name(), category.nameEn(), !forbidden, category.position()));
                    } catch (DomainException problem) {
                        UiErrors.show(problem);
                    }
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    private void refresh() {
        grid.setItems(listings.categories());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.flea-categories") + " · " + getTranslation("app.name");
    }
}
