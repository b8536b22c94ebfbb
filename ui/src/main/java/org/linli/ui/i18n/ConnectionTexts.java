package org.linli.ui.i18n;

import com.vaadin.flow.component.UI;

/**
 * The words of Vaadin's connection indicator (the bar that says the server cannot be reached and that it tries
 * again) in the person's language: its built-in texts are English only and cannot be set from the server side.
 */
public final class ConnectionTexts {

    private ConnectionTexts() {
    }

    /** Gives the page's connection indicator the texts of the UI's language (a language switch reloads the page). */
    public static void apply(UI ui) {
        // On a page's first response the indicator may not be there yet: then as soon as it is defined.
        ui.getPage().executeJs("const texts = () => { const i = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " if (!i) { return false; }"
                        + " i.onlineText = $0; i.offlineText = $1; i.reconnectingText = $2; return true; };"
                        + " if (!texts()) { customElements.whenDefined('vaadin-connection-indicator')"
                        + ".then(() => setTimeout(texts)); }",
                ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                ui.getTranslation("connection.reconnecting"));
    }
}
