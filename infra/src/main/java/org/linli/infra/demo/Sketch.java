package org.linli.infra.demo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiPredicate;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A small drawing surface for the demo's pictures: filled shapes with smooth edges (each pixel sampled 4 × 4 times),
 * written as PNG by hand, so that no desktop toolkit is needed on a server.
 */
final class Sketch {

    private static final int SAMPLES = 4;

    /** A region of the plane and the box it lies in. */
    interface Shape {

        boolean contains(double x, double y);

        /** {@code {left, top, right, bottom}}. */
        double[] box();

        default Shape minus(Shape other) {
            Shape self = this;
            return of(box(), (x, y) -> self.contains(x, y) && !other.contains(x, y));
        }

        default Shape or(Shape other) {
            Shape self = this;
            double[] a = box();
            double[] b = other.box();
            return of(new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]),
                    Math.max(a[3], b[3])}, (x, y) -> self.contains(x, y) || other.contains(x, y));
        }

        /** The part below the line {@code y = top} (screen coordinates grow downwards). */
        default Shape below(double top) {
            Shape self = this;
            return of(box(), (x, y) -> y >= top && self.contains(x, y));
        }

        /** The part right of the line {@code x = left}. */
        default Shape rightOf(double left) {
            Shape self = this;
            return of(box(), (x, y) -> x >= left && self.contains(x, y));
        }

        static Shape of(double[] box, BiPredicate<Double, Double> inside) {
            return new Shape() {
                @Override
                public boolean contains(double x, double y) {
                    return inside.test(x, y);
                }

                @Override
                public double[] box() {
                    return box;
                }
            };
        }
    }

    private final int width;
    private final int height;
    private final int[] pixels;

    Sketch(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** A vertical gradient from {@code top} to {@code bottom}. */
    void background(int top, int bottom) {
        for (int y = 0; y < height; y++) {
            int colour = mix(top, bottom, (double) y / (height - 1));
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = colour;
            }
        }
    }

    void fill(Shape shape, int rgb) {
        double[] box = shape.box();
        int left = Math.max(0, (int) Math.floor(box[0]));
        int top = Math.max(0, (int) Math.floor(box[1]));
        int right = Math.min(width - 1, (int) Math.ceil(box[2]));
        int bottom = Math.min(height - 1, (int) Math.ceil(box[3]));
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        if (shape.contains(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) {
                            inside++;
                        }
                    }
                }
                if (inside > 0) {
                    int at = y * width + x;
                    pixels[at] = mix(pixels[at], rgb, (double) inside / (SAMPLES * SAMPLES));
                }
            }
        }
    }

    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    static Shape circle(double cx, double cy, double r) {
        return ellipse(cx, cy, r, r);
    }

    static Shape ellipse(double cx, double cy, double rx, double ry) {
        return Shape.of(new double[] {cx - rx, cy - ry, cx + rx, cy + ry}, (x, y) -> {
            double dx = (x - cx) / rx;
            double dy = (y - cy) / ry;
            return dx * dx + dy * dy <= 1;
        });
    }

    static Shape ring(double cx, double cy, double outer, double inner) {
        return circle(cx, cy, outer).minus(circle(cx, cy, inner));
    }

    /** A rectangle with rounded corners of radius {@code r}. */
    static Shape rect(double left, double top, double w, double h, double r) {
        double right = left + w;
        double bottom = top + h;
        return Shape.of(new double[] {left, top, right, bottom}, (x, y) -> {
            if (x < left || x > right || y < top || y > bottom) {
                return false;
            }
            double cx = Math.max(left + r, Math.min(x, right - r));
            double cy = Math.max(top + r, Math.min(y, bottom - r));
            double dx = x - cx;
            double dy = y - cy;
            return dx * dx + dy * dy <= r * r;
        });
    }

    /** A stroke from one point to another with round ends. */
    static Shape line(double x1, double y1, double x2, double y2, double thickness) {
        double half = thickness / 2;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        return Shape.of(new double[] {Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.max(x1, x2) + half,
                Math.max(y1, y2) + half}, (x, y) -> {
                    double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
                    double ex = x - (x1 + t * dx);
                    double ey = y - (y1 + t * dy);
                    return ex * ex + ey * ey <= half * half;
                });
    }

    /** A polygon given as x, y pairs (even-odd rule). */
    static Shape polygon(double... points) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < points.length; i += 2) {
            box[0] = Math.min(box[0], points[i]);
            box[1] = Math.min(box[1], points[i + 1]);
            box[2] = Math.max(box[2], points[i]);
            box[3] = Math.max(box[3], points[i + 1]);
        }
        return Shape.of(box, (x, y) -> {
            boolean inside = false;
            int n = points.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = points[2 * i];
                double yi = points[2 * i + 1];
                double xj = points[2 * j];
                double yj = points[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        });
    }

    /** A four-pointed sparkle. */
    static Shape sparkle(double cx, double cy, double r) {
        double w = r / 4;
        return polygon(cx, cy - r, cx + w, cy - w, cx + r, cy, cx + w, cy + w, cx, cy + r, cx - w, cy + w, cx - r, cy,
                cx - w, cy - w);
    }

    /** A heart whose lobes sit at height {@code cy}, {@code size} wide. */
    static Shape heart(double cx, double cy, double size) {
        double r = size / 4;
        return circle(cx - r, cy, r).or(circle(cx + r, cy, r)).or(polygon(cx - 2 * r + r * 0.07, cy + r * 0.35,
                cx + 2 * r - r * 0.07, cy + r * 0.35, cx, cy + 2.2 * r));
    }

    /** {@code rgb} moved towards white by {@code amount} (0 to 1). */
    static int tint(int rgb, double amount) {
        return mix(rgb, 0xFFFFFF, amount);
    }

    /** {@code rgb} moved towards black by {@code amount} (0 to 1). */
    static int shade(int rgb, double amount) {
        return mix(rgb, 0x000000, amount);
    }

    static int mix(int from, int to, double amount) {
        int r = (int) Math.round((from >> 16 & 0xFF) + ((to >> 16 & 0xFF) - (from >> 16 & 0xFF)) * amount);
        int g = (int) Math.round((from >> 8 & 0xFF) + ((to >> 8 & 0xFF) - (from >> 8 & 0xFF)) * amount);
        int b = (int) Math.round((from & 0xFF) + ((to & 0xFF) - (from & 0xFF)) * amount);
        return r << 16 | g << 8 | b;
    }

    /** The drawing as an 8-bit RGB PNG. */
    byte[] png() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int x = 0; x < width; x++) {
                int rgb = pixels[y * width + x];
                raw.write(rgb >> 16 & 0xFF);
                raw.write(rgb >> 8 & 0xFF);
                raw.write(rgb & 0xFF);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0});
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
