package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingStatus;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderCommands;
import org.linli.tenants.marketplace.ProviderDocuments;
import org.linli.tenants.marketplace.ProviderKind;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ProviderStatus;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;
import org.linli.ui.storefront.OrderLabels;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Providers of the tenant for operators: onboard with qualification, verify, suspend with a reason, reinstate; and
 * the selected provider's offerings, which an operator may block (with a note) or unblock.
 */
@Route(value = "providers", layout = MainLayout.class)
@ViewPermission(Permissions.MARKET_MANAGE)
public class ProvidersView extends VerticalLayout implements HasDynamicTitle {

    private final ProviderService providers;
    private final ProviderDocuments providerDocuments;
    private final CatalogService catalog;
    private final ListGrid<Provider> grid = new ListGrid<>();
    private final Grid<Offering> offerings = new ListGrid<>();
    private final H3 offeringsTitle = new H3();

    @Inject
    public ProvidersView(ProviderService providers, ProviderDocuments providerDocuments, CatalogService catalog) {
        this.providers = providers;
        this.providerDocuments = providerDocuments;
        this.catalog = catalog;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("providers.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        Button onboard = new Button(getTranslation("providers.onboard"), VaadinIcon.PLUS.create(),
                click -> onboardDialog());
        onboard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        onboard.setId("provider-onboard");
        grid.setId("providers-grid");
        grid.setMinHeight("22rem");
        grid.addColumn(Provider::name).setHeader(getTranslation("providers.name")).setFlexGrow(2);
        // "志愿服务组织" / "Volunteer organisation" is the longest kind: the column grows to fit it.
        grid.addColumn(p -> getTranslation("provider.kind." + p.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("providers.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Provider::licenceNumber).setHeader(getTranslation("providers.licence"));
        grid.addColumn(p -> p.contactName() + " " + p.contactPhone()).setHeader(getTranslation("providers.contact"));
        grid.addComponentColumn(p -> new StatusBadge(getTranslation("provider.status."
                + p.status().name().toLowerCase(Locale.ROOT)), switch (p.status()) {
                    case VERIFIED -> StatusBadge.Tone.GOOD;
                    case PENDING -> StatusBadge.Tone.ATTENTION;
                    case SUSPENDED -> StatusBadge.Tone.NEUTRAL;
                })).setHeader(getTranslation("providers.status"));
        grid.addColumn(p -> p.rating() == null ? "" : "★ " + p.rating() + " (" + p.ratingCount() + ")")
                .setHeader(getTranslation("providers.rating"));
        grid.addComponentColumn(this::actions).setHeader("").setWidth("19rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.asSingleSelect().addValueChangeListener(change -> showOfferings(change.getValue()));
        offerings.setId("offerings-grid");
        offerings.addColumn(o -> getTranslation(o.module().label().key())).setHeader(getTranslation("offering.module"));
        offerings.addColumn(Offering::title).setHeader(getTranslation("offering.title")).setFlexGrow(2);
        offerings.addColumn(o -> OrderLabels.price(this, o)).setHeader(getTranslation("offering.price"));
        offerings.addColumn(o -> getTranslation("offering.status." + o.status().name().toLowerCase(Locale.ROOT))
                + (o.moderationNote() == null ? "" : "（" + o.moderationNote() + "）"))
                .setHeader(getTranslation("offering.status"));
        offerings.addComponentColumn(this::payableInTime).setHeader(getTranslation("offering.payable-in-time"))
                .setAutoWidth(true);
        offerings.addComponentColumn(this::moderation).setAutoWidth(true);
        offerings.setAllRowsVisible(true);
        Button onboardFirst = new Button(getTranslation("providers.onboard"), click -> onboard.click());
        onboardFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setEmptyState(getTranslation("providers.empty"), onboardFirst);
        add(new HorizontalLayout(onboard), grid, offeringsTitle, offerings);
        refresh();
        showOfferings(null);
    }

    private Component actions(Provider provider) {
        HorizontalLayout buttons = new HorizontalLayout();
        Button documents = small("documents.button",
                () -> new DocumentsDialog(providerDocuments, provider, this::refresh).open());
        documents.setId("provider-" + provider.id().value() + "-documents");
        buttons.add(documents);
        switch (provider.status()) {
            case PENDING -> buttons.add(button("providers.verify", provider, p -> providers.verify(p.id())));
            case VERIFIED -> buttons.add(button("providers.suspend", provider, p -> reason("providers.suspend",
                    reason -> providers.suspend(p.id(), reason))));
            case SUSPENDED -> buttons.add(button("providers.reinstate", provider, p -> providers.reinstate(p.id())));
        }
        return buttons;
    }

    /** The time bank's flag: whether residents may pay the offering in minutes instead of money. */
    private Component payableInTime(Offering offering) {
        Checkbox box = new Checkbox(
                offering.payableInTime());
        box.setId("offering-" + offering.id().value() + "-time");
        box.setAriaLabel(getTranslation("offering.payable-in-time"));
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                catalog.acceptTime(offering.id(), change.getValue());
                UiErrors.success(getTranslation(change.getValue() ? "offering.payable-in-time.on"
                        : "offering.payable-in-time.off", offering.title()));
            } catch (DomainException problem) {
                UiErrors.show(problem);
                box.setValue(change.getOldValue());
            }
        });
        return box;
    }

    private Component moderation(Offering offering) {
        if (offering.status() == OfferingStatus.BLOCKED) {
            return small("offering.unblock", () -> catalog.unblock(offering.id()));
        }
        return small("offering.block", () -> reason("offering.block", note -> catalog.block(offering.id(), note)));
    }

    private Button button(String key, Provider provider, Consumer<Provider> action) {
        Button button = small(key, () -> action.accept(provider));
        button.setId("provider-" + provider.id().value() + "-" + key.substring(key.indexOf('.') + 1));
        return button;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void reason(String key, Consumer<String> action) {
        TextDialog.ask(getTranslation(key), getTranslation("order.reason"), null, getTranslation(key),
                ButtonVariant.LUMO_ERROR, reason -> {
                    action.accept(reason);
                    refresh();
                });
    }

    private void onboardDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("providers.onboard"));
        TextField name = new TextField(getTranslation("providers.name"));
        Select<ProviderKind> kind = new Select<>();
        kind.setLabel(getTranslation("providers.kind"));
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("provider.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(ProviderKind.COMPANY);
        TextField licence = new TextField(getTranslation("providers.licence"));
        licence.setHelperText(getTranslation("providers.licence.help"));
        TextField contact = new TextField(getTranslation("providers.contact-name"));
        TextField phone = new TextField(getTranslation("providers.contact-phone"));
        TextArea description = new TextArea(getTranslation("providers.description"));
        FormLayout form = new FormLayout(name, kind, licence, contact, phone, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                providers.onboard(new ProviderCommands.NewProvider(name.getValue(), kind.getValue(),
                        licence.getValue(), contact.getValue(), phone.getValue(), description.getValue(), List.of()));
                dialog.close();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        // Applications waiting for a check come first: they are what an operator opens this page for.
        grid.setItems(providers.list(null, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .sorted(Comparator.comparing((Provider p) -> p.status() != ProviderStatus.PENDING)).toList());
        showOfferings(grid.asSingleSelect().getValue());
    }

    private void showOfferings(Provider provider) {
        offeringsTitle.setText(provider == null ? getTranslation("offerings.all")
                : getTranslation("offerings.of", provider.name()));
        offerings.setItems(catalog.all(provider == null ? null : provider.id(), PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.providers") + " · " + getTranslation("app.name");
    }
}
