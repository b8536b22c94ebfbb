package org.linli.infra.demo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Files for the demo: pictures drawn from a colour (a soft gradient with a round badge, written as PNG by hand so no
 * desktop toolkit is needed on a server) for ad creatives, and a one-page PDF standing in for a scanned licence.
 * Offerings get drawings of what they sell from {@link OfferingCovers}.
 */
final class DemoFiles {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;

    private DemoFiles() {
    }

    /** A 480×320 PNG in the hue of {@code rgb}: lighter at the top, a pale disc in the middle. */
    static byte[] picture(int rgb) {
        int red = rgb >> 16 & 0xFF;
        int green = rgb >> 8 & 0xFF;
        int blue = rgb & 0xFF;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < HEIGHT; y++) {
            raw.write(0);
            double light = 0.35 * (1 - (double) y / HEIGHT);
            for (int x = 0; x < WIDTH; x++) {
                double dx = x - WIDTH / 2.0;
                double dy = y - HEIGHT / 2.0;
                double mix = Math.sqrt(dx * dx + dy * dy) < 70 ? 0.8 : light;
                raw.write(toward255(red, mix));
                raw.write(toward255(green, mix));
                raw.write(toward255(blue, mix));
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(WIDTH);
            h.writeInt(HEIGHT);
            h.write(new byte[]{8, 2, 0, 0, 0});
            chunk(png, "IHDR", header.toByteArray());
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed)) {
                raw.writeTo(deflate);
            }
            chunk(png, "IDAT", packed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
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

    private static int toward255(int channel, double mix) {
        return (int) Math.round(channel + (255 - channel) * mix);
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
