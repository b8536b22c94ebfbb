package org.linli.ui.components;

import io.nayuki.qrcodegen.QrCode;

import java.util.Locale;

/**
 * A QR code drawn on the server as SVG (show it with {@link SvgImage}): one path of dark modules on white, with the
 * four-module quiet zone scanners need, scaled by the browser to whatever size the screen gives it.
 */
public final class QrSvg {

    private static final int QUIET = 4;

    private QrSvg() {
    }

    /** The SVG markup of {@code text} at error-correction level M (readable with up to 15 % of it damaged). */
    public static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int side = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append(String.format(Locale.ROOT, "M%d,%dh1v1h-1z", x + QUIET, y + QUIET));
                }
            }
        }
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " shape-rendering=\"crispEdges\" role=\"img\" class=\"qr-code\"><rect width=\"100%%\""
                + " height=\"100%%\" fill=\"#fff\"/><path d=\"%s\" fill=\"#000\"/></svg>", side, side, path);
    }
}
