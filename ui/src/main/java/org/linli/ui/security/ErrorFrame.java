package org.linli.ui.security;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouterLayout;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Role;
import org.linli.ui.console.MainLayout;
import org.linli.ui.storefront.StorefrontLayout;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frame of the error pages: the storefront's for residents, the console's for everyone else signed in, and only
 * the application's name for strangers. An error page cannot name one parent layout, because the same failure may
 * meet a resident or an operator. Should the frame itself fail, the page is shown bare rather than not at all.
 */
public class ErrorFrame extends Div implements RouterLayout {

    private static final Logger LOG = Logger.getLogger(ErrorFrame.class.getName());

    private final RouterLayout frame;

    public ErrorFrame() {
        // The frame takes no room of its own: the chosen layout lays out the page as on every other page.
        getStyle().set("display", "contents");
        this.frame = chosen().orElse(null);
        if (frame == null) {
            Span brand = new Span(getTranslation("app.name"));
            brand.addClassName("storefront-brand");
            add(brand);
        } else {
            getElement().appendChild(frame.getElement());
        }
    }

    private static Optional<RouterLayout> chosen() {
        Optional<Role> role = CurrentUser.actor().map(Actor::role);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        Class<? extends RouterLayout> layout = role.get() == Role.RESIDENT ? StorefrontLayout.class
                : MainLayout.class;
        try {
            return Optional.of(Instantiator.get(UI.getCurrent()).getOrCreate(layout));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The error page is shown without its frame", failure);
            return Optional.empty();
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (frame != null) {
            frame.showRouterLayoutContent(content);
        } else {
            RouterLayout.super.showRouterLayoutContent(content);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (frame != null) {
            frame.removeRouterLayoutContent(oldContent);
        } else {
            RouterLayout.super.removeRouterLayoutContent(oldContent);
        }
    }
}
