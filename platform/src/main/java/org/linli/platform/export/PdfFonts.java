package org.linli.platform.export;

import com.lowagie.text.pdf.BaseFont;
import org.eclipse.microprofile.config.ConfigProvider;
import org.linli.platform.problem.DomainException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The font Linli's PDF documents (finance documents, owners' tallies, oversight dashboards) are set in: it must hold
 * Chinese, so it is a CJK font of the server — the one named by
 * {@code linli.pdf.font} (a TrueType/OpenType file, {@code ,0} selecting the first face of a collection), or the
 * first of the usual Debian CJK fonts that is installed ({@code fonts-noto-cjk}, {@code fonts-wqy-microhei}).
 * Embedded as a subset, so readers need no font of their own.
 */
public final class PdfFonts {

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    private static volatile BaseFont font;

    private PdfFonts() {
    }

    /** The CJK font, or 409 {@code pdf_font_missing} naming what to install. */
    public static BaseFont cjk() {
        BaseFont current = font;
        if (current != null) {
            return current;
        }
        String chosen = configured().or(PdfFonts::installed)
                .orElseThrow(() -> DomainException.conflict("pdf_font_missing"));
        try {
            current = BaseFont.createFont(chosen, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("the PDF font " + chosen + " cannot be read", e);
        }
        font = current;
        return current;
    }

    private static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue("linli.pdf.font", String.class);
    }

    private static Optional<String> installed() {
        return CANDIDATES.stream().filter(path -> Files.isReadable(Path.of(path.substring(0, path.indexOf(',')))))
                .findFirst();
    }
}
