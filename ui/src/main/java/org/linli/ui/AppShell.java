package org.linli.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.Theme;

/** The page shell: Linli's theme (plain CSS, see themes/linli) and a viewport for phones. */
@Theme("linli")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "theme-color", content = "#1f7a4d")
public class AppShell implements AppShellConfigurator {
}
