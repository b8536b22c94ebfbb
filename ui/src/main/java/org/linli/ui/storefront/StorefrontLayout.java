package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.linli.tenants.inbox.Inbox;
import org.linli.ui.components.InboxBell;
import org.linli.ui.i18n.Language;
import org.linli.ui.security.AccessControl;

import java.util.Objects;
import java.util.Optional;

/**
 * The residents' storefront frame, phone first: a slim top bar and, at the bottom, the tab bar 首页 / 订单 / 志愿 /
 * 积分 / 闲置 (for those who may trade) / 我的 with large touch targets. On wide screens the same tabs sit under
 * the top bar (see the theme). The bell in the top bar shows unread messages and opens the inbox.
 */
public class StorefrontLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Div content = new Div();
    private final Optional<InboxBell> bell;

    @Inject
    public StorefrontLayout(Inbox inbox) {
        addClassName("storefront");
        Div top = new Div();
        top.addClassName("storefront-top");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("storefront-brand");
        Button language = Language.switchButton();
        top.add(brand);
        bell = InboxBell.of(inbox, InboxView.class);
        bell.ifPresent(top::add);
        top.add(language);
        content.addClassName("storefront-content");
        Div tabs = new Div(tab("shop.tab.home", ShopView.class, VaadinIcon.HOME),
                tab("shop.tab.orders", MyOrdersView.class, VaadinIcon.LIST),
                tab("shop.tab.volunteer", VolunteerView.class, VaadinIcon.HANDSHAKE),
                tab("shop.tab.points", PointsView.class, VaadinIcon.STAR));
        if (AccessControl.mayOpen(FleaView.class)) {
            tabs.add(tab("shop.tab.flea", FleaView.class, VaadinIcon.RECYCLE));
        }
        tabs.add(tab("shop.tab.me", MeView.class, VaadinIcon.USER));
        tabs.addClassName("storefront-tabs");
        tabs.setId("storefront-tabs");
        add(top, content, tabs);
    }

    private Component tab(String key, Class<? extends Component> view, VaadinIcon icon) {
        RouterLink link = new RouterLink(view);
        link.add(icon.create(), new Span(getTranslation(key)));
        link.addClassName("storefront-tab");
        String path = RouteConfiguration.forApplicationScope().getUrl(view);
        link.setHighlightCondition((l, event) -> event.getLocation().getPath().startsWith(path));
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.ifPresent(InboxBell::refresh);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(Objects.requireNonNull(view.getElement()));
        }
    }
}
