package org.linli.ui.storefront;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.linli.platform.identity.SignIn;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.tenants.registry.ResidentService;
import org.linli.ui.console.registry.MyDataView;
import org.linli.ui.security.ViewPermission;

/** "Me": whose account this is, the registry entry's state, "who saw my data", and signing out. */
@Route(value = "me", layout = StorefrontLayout.class)
@ViewPermission(Permissions.SELF_READ)
public class MeView extends Div implements HasDynamicTitle {

    @Inject
    public MeView(ResidentService residents, SignIn signIn) {
        addClassName("me-view");
        Actor actor = CurrentUser.require();
        add(new H2(actor.displayName()));
        add(new Paragraph(residents.mine().map(me -> me.address() + " · "
                        + getTranslation("resident.status." + me.status().name().toLowerCase(java.util.Locale.ROOT)))
                .orElse(getTranslation("shop.me.unregistered"))));
        RouterLink data = new RouterLink(getTranslation("nav.my-data"), MyDataView.class);
        data.addClassName("me-link");
        Button signOut = new Button(getTranslation("console.sign-out"), click -> {
            signIn.signedOut(actor);
            UI.getCurrent().getPage().setLocation("login");
            SecurityUtils.getSubject().logout();
        });
        signOut.setId("sign-out");
        add(data, signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shop.tab.me") + " · " + getTranslation("app.name");
    }
}
