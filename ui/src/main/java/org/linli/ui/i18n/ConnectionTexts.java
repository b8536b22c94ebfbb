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
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1;"
                        + " indicator.reconnectingText = $2; }",
                ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                ui.getTranslation("connection.reconnecting"));
    }
}
