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
        // Only once the element is defined: a text set before its upgrade would be reset by its constructor.
        ui.getPage().executeJs("customElements.whenDefined('vaadin-connection-indicator').then(() => setTimeout(() => {"
                        + " const i = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " if (i) { i.onlineText = $0; i.offlineText = $1; i.reconnectingText = $2; } }))",
                ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                ui.getTranslation("connection.reconnecting"));
    }
}
