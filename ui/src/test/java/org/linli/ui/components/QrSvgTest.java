package org.linli.ui.components;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrSvgTest {

    private static final String URL = "https://linli.example/volunteer/scan?code=42.I.14862.abcdefghijklmnopqrstuvwxyz"
            + "0123456789ABCDEFG";

    @Test
    void aSquareOfTheCodesModulesWithAQuietZoneAndOneSquarePerDarkModule() {
        QrCode qr = QrCode.encodeText(URL, QrCode.Ecc.MEDIUM);
        String svg = QrSvg.of(URL);
        int side = qr.size + 8;
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + side + " " + side + "\"");
        long dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        assertThat(svg.split("h1v1h-1z", -1)).hasSize((int) dark + 1);
        assertThat(svg).contains("M4,4h1v1h-1z").as("the finder pattern's corner");
    }

    @Test
    void anotherCodeDrawsAnotherPicture() {
        assertThat(QrSvg.of(URL)).isNotEqualTo(QrSvg.of(URL.replace("42.I", "42.O")));
    }
}
