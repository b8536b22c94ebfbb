package org.linli.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page shell: Linli's theme (plain CSS, see themes/linli), a viewport for phones, and the icon a browser tab and a
 * phone's home screen show (a house over two neighbours, in the theme's green).
 */
@Theme("linli")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#1f7a4d")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/linli.svg", "any");
        settings.addLink("apple-touch-icon", "icons/linli-180.png");
        settings.addMetaTag("apple-mobile-web-app-title", "邻里");
    }
}
