package org.linli.ui.components;

import com.vaadin.flow.component.html.Div;

/**
 * A picture drawn on the server as SVG markup (a QR code, {@link QrSvg}), handed to the browser's own parser so that
 * its elements land in the SVG namespace. Vaadin's {@code Html} component would build them one by one as HTML
 * elements, which draw nothing.
 */
public class SvgImage extends Div {

    public SvgImage(String svg) {
        getElement().setProperty("innerHTML", svg);
        // The markup scales to the width it is given (see .chart svg); a shrink-wrapped box would give it none.
        setWidthFull();
    }
}
