package org.linli.ui.storefront;

import com.vaadin.flow.component.html.Span;

/** A code a resident reads out or types (pickup code, member code): set large, marked as not for translation. */
final class Codes {

    private Codes() {
    }

    static Span mark(Span code) {
        code.addClassName("pickup-code");
        code.getElement().setAttribute("translate", "no");
        return code;
    }
}
