package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.ads.AdServing;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingCard;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.ModuleService;
import org.linli.tenants.notices.NoticeBoard;
import org.linli.tenants.notices.NoticeCard;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.ui.components.EmptyState;
import org.linli.ui.security.ViewPermission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The storefront's home: a resident's notices (pinned and unread first), the modules this community runs (a
 * disabled one is not shown), a search, and the offerings on sale as cards — tap one to book.
 */
@Route(value = "shop", layout = StorefrontLayout.class)
@ViewPermission(Permissions.CATALOG_READ)
public class ShopView extends Div implements HasDynamicTitle {

    /** Notices shown on the home, so that the first screen still shows several offerings; the rest are a tap away. */
    private static final int NOTICES_ON_HOME = 2;

    private final OfferingImages pictures;
    private final ProviderService providers;
    private final Div cards = new Div();
    /** The home banner, or the module page's banner while a module is chosen. */
    private final Div banner = new Div();
    private final AdServing ads;
    private final TextField search = new TextField();
    private final List<Button> chips = new ArrayList<>();
    private final CommunityId community;
    private Module module;

    @Inject
    public ShopView(OfferingImages pictures, ProviderService providers, ModuleService modules,
                    ResidentDirectory residents, AdServing ads, NoticeBoard notices) {
        this.pictures = pictures;
        this.providers = providers;
        // Residents see what is offered in their own community; staff browsing the shop see everything.
        this.community = CurrentUser.isPermitted(Permissions.SELF_READ)
                ? residents.mine().map(ResidentRecord::community).orElse(null) : null;
        addClassName("shop-view");
        // The top bar and the home tab say where this is; the heading stays for screen readers only.
        H2 heading = new H2(getTranslation("shop.title"));
        heading.addClassName("visually-hidden");
        add(heading);
        search.setPlaceholder(getTranslation("shop.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        search.setId("shop-search");
        search.setWidthFull();
        Div modulesBar = new Div();
        modulesBar.addClassName("module-chips");
        modulesBar.add(chip(null));
        for (Module each : Module.values()) {
            if (modules.isEnabled(each)) {
                modulesBar.add(chip(each));
            }
        }
        cards.addClassName("offering-cards");
        this.ads = ads;
        add(banner);
        if (community != null && CurrentUser.isPermitted(Permissions.NOTICE_READ)) {
            add(noticeBlock(notices));
        }
        add(search, modulesBar, cards);
        refresh();
    }

    /** The home's notices: the first few (pinned, then unread), and a link to all with the unread count. */
    private Component noticeBlock(NoticeBoard notices) {
        Div block = new Div();
        block.addClassName("notice-block");
        block.setId("notice-block");
        Page<NoticeCard> page = notices.mine(PageRequest.first(NOTICES_ON_HOME));
        long unread = notices.unread();
        RouterLink all = new RouterLink(getTranslation("notices.home.all", page.total(), unread), NoticesView.class);
        all.setId("notices-all");
        Span heading = new Span(getTranslation("notices.title"));
        heading.addClassName("notice-block-title");
        Div head = new Div(heading, all);
        head.addClassName("notice-block-head");
        block.add(head);
        if (page.items().isEmpty()) {
            block.add(new EmptyState(getTranslation("notices.empty")));
        }
        page.items().forEach(card -> block.add(NoticesView.card(this, card)));
        return block;
    }

    private Button chip(Module each) {
        Button chip = new Button(getTranslation(each == null ? "shop.all" : each.label().key()), click -> {
            module = each;
            refresh();
        });
        chip.setId("module-" + (each == null ? "all" : each.name().toLowerCase(Locale.ROOT)));
        chip.addClassName("module-chip");
        chips.add(chip);
        return chip;
    }

    private void refresh() {
        chips.forEach(chip -> chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY));
        chips.stream().filter(chip -> chip.getId().orElse("").equals("module-" + (module == null ? "all"
                        : module.name().toLowerCase(Locale.ROOT))))
                .forEach(chip -> {
                    chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    // The row scrolls sideways on a phone: the chosen chip is brought wholly into view, and only the
                    // row moves, not the page.
                    chip.getElement().executeJs("const row = this.parentElement;"
                            + " const left = this.offsetLeft - 8, right = this.offsetLeft + this.offsetWidth + 8;"
                            + " if (left < row.scrollLeft) row.scrollLeft = left;"
                            + " else if (right > row.scrollLeft + row.clientWidth)"
                            + " row.scrollLeft = right - row.clientWidth;");
                });
        banner.removeAll();
        AdBanner.serve(ads, TenantContext.current().orElse(null), module == null ? Placement.STOREFRONT_HOME_BANNER
                : Placement.STOREFRONT_MODULE_PAGE, community)
                .ifPresent(banner::add);
        cards.removeAll();
        List<OfferingCard> shelf = pictures.shelf(new CatalogService.OfferingFilter(module, community,
                search.getValue()), PageRequest.first(100)).items();
        if (shelf.isEmpty()) {
            cards.add(new EmptyState(getTranslation("shop.empty")));
        }
        Map<ProviderId, Provider> sellers = providers.byIds(shelf.stream().map(c -> c.offering().provider()).toList());
        shelf.forEach(c -> cards.add(card(c.offering(), sellers.get(c.offering().provider()), c.cover())));
    }

    /**
     * An offering as a compact row, so that several fit on a phone's screen: its picture as a thumbnail, then the
     * title, who offers it and the price with its module.
     */
    private Component card(Offering offering, Provider provider, OfferingImage cover) {
        RouterLink card = new RouterLink(OfferingView.class, offering.id().value());
        card.setId("offering-" + offering.id().value());
        card.addClassName("offering-card");
        // The card's words never change while it is shown: one element holds them as markup, where a component each
        // (ten nodes per card with their texts) would be kept on the server for every open storefront.
        Div text = new Div();
        text.addClassName("offering-card-text");
        text.getElement().setProperty("innerHTML", span("offering-title", offering.title())
                + span("offering-provider", provider.name() + (provider.rating() == null ? ""
                        : " · ★ " + provider.rating()))
                + "<div class=\"offering-card-foot\">" + span("offering-price", OrderLabels.price(this, offering))
                + span("offering-module", getTranslation(offering.module().label().key())) + "</div>");
        if (cover != null) {
            card.add(OfferingPictures.of(pictures, cover, offering.title()));
        } else {
            Div none = new Div();
            none.addClassNames("offering-picture", "offering-picture--none");
            card.add(none);
        }
        card.add(text);
        return card;
    }

    /** A span of {@code text}, escaped, with {@code className}. */
    static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + escaped(text) + "</span>";
    }

    /** {@code text} as HTML text: what it says, never markup, whoever wrote it. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shop.title") + " · " + getTranslation("app.name");
    }
}
