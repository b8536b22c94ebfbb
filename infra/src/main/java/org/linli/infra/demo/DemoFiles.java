package org.linli.infra.demo;

import java.nio.charset.StandardCharsets;

/**
 * Files for the demo: pictures drawn from a colour (a soft gradient with a round badge, drawn by {@link Sketch}) for
 * ad creatives, and a one-page PDF standing in for a scanned licence.
 * Offerings get drawings of what they sell from {@link OfferingCovers}.
 */
final class DemoFiles {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;

    private DemoFiles() {
    }

    /** A 480×320 PNG in the hue of {@code rgb}: lighter at the top, a pale disc in the middle. */
    static byte[] picture(int rgb) {
        Sketch sketch = new Sketch(WIDTH, HEIGHT);
        sketch.background(Sketch.tint(rgb, 0.35), rgb);
        sketch.fill(Sketch.circle(WIDTH / 2.0, HEIGHT / 2.0, 70), Sketch.tint(rgb, 0.8));
        return sketch.png();
    }

    /** A minimal valid one-page PDF saying what it stands for. */
    static byte[] licence(String title) {
        String text = title.replaceAll("[^A-Za-z0-9 .-]", "");
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
