package org.linli.infra.demo;

import org.linli.tenants.modules.Module;

import java.util.List;
import java.util.Map;

import static org.linli.infra.demo.Sketch.circle;
import static org.linli.infra.demo.Sketch.ellipse;
import static org.linli.infra.demo.Sketch.heart;
import static org.linli.infra.demo.Sketch.line;
import static org.linli.infra.demo.Sketch.polygon;
import static org.linli.infra.demo.Sketch.rect;
import static org.linli.infra.demo.Sketch.ring;
import static org.linli.infra.demo.Sketch.shade;
import static org.linli.infra.demo.Sketch.sparkle;
import static org.linli.infra.demo.Sketch.tint;

/**
 * Cover pictures of the demo's offerings that show what they sell: a broom for cleaning, a spray bottle for deep
 * cleaning, a cooker hood, a bathtub for help with bathing, a steaming bowl for meals, a heart for other care, a P
 * sign and a car for parking, a parcel on its way for delivery, scissors for haircuts and a home with a heart for
 * other basic services — in colours of the module that vary from one offering to the next. The drawing keeps to
 * the middle square, which is what a square thumbnail of the 3:2 picture shows.
 */
final class OfferingCovers {

    static final int WIDTH = 480;
    static final int HEIGHT = 320;

    /** What a cover shows. */
    enum Motif { BROOM, SPRAY, HOOD, BATH, MEAL, HEART, PARKING, PARCEL, SCISSORS, HOME }

    /** Words in an offering's title that say more than its module does, checked in this order. */
    private static final List<Map.Entry<String, Motif>> WORDS = List.of(
            Map.entry("油烟机", Motif.HOOD), Map.entry("深度", Motif.SPRAY), Map.entry("消毒", Motif.SPRAY),
            Map.entry("擦窗", Motif.SPRAY), Map.entry("助浴", Motif.BATH), Map.entry("洗浴", Motif.BATH),
            Map.entry("餐", Motif.MEAL), Map.entry("剪", Motif.SCISSORS), Map.entry("车", Motif.PARKING),
            Map.entry("快递", Motif.PARCEL), Map.entry("送件", Motif.PARCEL));

    /** Colours per module; an offering takes one by its title, so neighbours in a list differ. */
    private static final Map<Module, int[]> COLOURS = Map.of(
            Module.HOUSEKEEPING, new int[] {0x1E88E5, 0x00897B, 0x3949AB},
            Module.ELDER_CARE, new int[] {0xEF6C00, 0xD81B60, 0xE53935},
            Module.PARKING, new int[] {0x5E35B1, 0x1565C0, 0x455A64},
            Module.DELIVERY, new int[] {0x00897B, 0x8D6E63, 0xF57F17},
            Module.BASIC, new int[] {0x43A047, 0x2E7D32, 0x7CB342},
            Module.ADS, new int[] {0xC62828, 0xAD1457, 0x6A1B9A});

    private OfferingCovers() {
    }

    static Motif motif(Module module, String title) {
        String words = title == null ? "" : title;
        return WORDS.stream().filter(word -> words.contains(word.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(switch (module) {
                    case HOUSEKEEPING -> Motif.BROOM;
                    case ELDER_CARE -> Motif.HEART;
                    case PARKING -> Motif.PARKING;
                    case DELIVERY -> Motif.PARCEL;
                    case BASIC, ADS -> Motif.HOME;
                });
    }

    static int colour(Module module, String title) {
        int[] colours = COLOURS.get(module);
        return colours[Math.floorMod(title == null ? 0 : title.hashCode(), colours.length)];
    }

    /** The cover of an offering with {@code title} in {@code module}, a 480 × 320 PNG. */
    static byte[] cover(Module module, String title) {
        return draw(motif(module, title), colour(module, title)).png();
    }

    static Sketch draw(Motif motif, int colour) {
        Sketch sketch = new Sketch(WIDTH, HEIGHT);
        sketch.background(tint(colour, 0.9), tint(colour, 0.72));
        // A soft disc behind the drawing and a few dots, so the picture does not look empty at thumbnail size.
        sketch.fill(circle(240, 165, 128), tint(colour, 0.8));
        sketch.fill(circle(62, 60, 9), tint(colour, 0.6));
        sketch.fill(circle(420, 262, 13), tint(colour, 0.6));
        sketch.fill(circle(436, 70, 6), tint(colour, 0.55));
        int dark = shade(colour, 0.35);
        int light = tint(colour, 0.55);
        switch (motif) {
            case BROOM -> broom(sketch, colour, dark, light);
            case SPRAY -> spray(sketch, colour, dark, light);
            case HOOD -> hood(sketch, colour, dark, light);
            case BATH -> bath(sketch, colour, dark, light);
            case MEAL -> meal(sketch, colour, dark, light);
            case HEART -> careHeart(sketch, colour, dark, light);
            case PARKING -> parking(sketch, colour, dark, light);
            case PARCEL -> parcel(sketch, colour, dark, light);
            case SCISSORS -> scissors(sketch, colour, dark, light);
            case HOME -> home(sketch, colour, dark, light);
        }
        return sketch;
    }

    private static void broom(Sketch s, int colour, int dark, int light) {
        s.fill(line(318, 52, 236, 182, 14), 0x8D6E63);
        s.fill(polygon(196, 184, 272, 184, 300, 272, 160, 272), colour);
        s.fill(rect(192, 170, 86, 22, 6), dark);
        for (int i = 0; i < 6; i++) {
            s.fill(line(206 + i * 11, 196, 176 + i * 24, 266, 4), light);
        }
        s.fill(sparkle(148, 118, 22), 0xFFFFFF);
        s.fill(sparkle(340, 214, 16), 0xFFFFFF);
        s.fill(circle(320, 262, 5), dark);
        s.fill(circle(336, 250, 3), dark);
    }

    private static void spray(Sketch s, int colour, int dark, int light) {
        s.fill(rect(196, 146, 104, 132, 20), colour);
        s.fill(rect(220, 120, 56, 32, 6), dark);
        s.fill(polygon(208, 88, 296, 88, 296, 124, 208, 124), dark);
        s.fill(rect(168, 94, 44, 16, 4), dark);
        s.fill(polygon(256, 124, 278, 124, 292, 172, 276, 176), shade(colour, 0.5));
        s.fill(rect(212, 190, 72, 56, 10), 0xFFFFFF);
        s.fill(rect(224, 204, 48, 8, 4), light);
        s.fill(rect(224, 222, 34, 8, 4), light);
        s.fill(circle(146, 86, 7), light);
        s.fill(circle(134, 108, 6), light);
        s.fill(circle(150, 124, 5), light);
        s.fill(circle(124, 84, 5), light);
        s.fill(sparkle(342, 142, 20), 0xFFFFFF);
    }

    private static void hood(Sketch s, int colour, int dark, int light) {
        s.fill(rect(214, 52, 52, 74, 4), dark);
        s.fill(polygon(178, 120, 302, 120, 336, 178, 144, 178), colour);
        s.fill(rect(140, 174, 200, 16, 6), dark);
        s.fill(circle(196, 198, 5), 0xFFF59D);
        s.fill(circle(284, 198, 5), 0xFFF59D);
        s.fill(rect(198, 236, 84, 40, 10), dark);
        s.fill(rect(178, 240, 24, 8, 4), dark);
        s.fill(rect(278, 240, 24, 8, 4), dark);
        s.fill(rect(192, 228, 96, 12, 6), shade(colour, 0.5));
        s.fill(sparkle(350, 106, 18), 0xFFFFFF);
        s.fill(sparkle(132, 232, 14), 0xFFFFFF);
        s.fill(line(230, 142, 250, 142, 6), light);
    }

    private static void bath(Sketch s, int colour, int dark, int light) {
        s.fill(line(150, 166, 150, 96, 10), dark);
        s.fill(line(150, 96, 184, 96, 10), dark);
        s.fill(circle(184, 110, 5), light);
        s.fill(circle(180, 128, 4), light);
        s.fill(circle(242, 150, 26), 0xFFFFFF);
        s.fill(circle(282, 140, 20), 0xFFFFFF);
        s.fill(circle(212, 156, 18), 0xFFFFFF);
        s.fill(circle(312, 156, 14), 0xFFFFFF);
        s.fill(circle(268, 104, 8), 0xFFFFFF);
        s.fill(rect(126, 166, 228, 78, 34).below(170), colour);
        s.fill(rect(114, 158, 252, 20, 10), dark);
        s.fill(line(162, 244, 154, 270, 10), dark);
        s.fill(line(318, 244, 326, 270, 10), dark);
        s.fill(heart(240, 206, 36), tint(colour, 0.7));
    }

    private static void meal(Sketch s, int colour, int dark, int light) {
        for (int i = 0; i < 3; i++) {
            double x = 206 + i * 34;
            for (int k = 0; k < 6; k++) {
                double y = 142 - k * 12;
                s.fill(line(x + wave(k), y, x + wave(k + 1), y - 12, 7), light);
            }
        }
        s.fill(ellipse(240, 178, 88, 22), 0xFFFFFF);
        s.fill(ellipse(240, 178, 96, 84).below(180), colour);
        s.fill(rect(144, 172, 192, 14, 7), dark);
        s.fill(rect(210, 258, 60, 14, 6), dark);
        s.fill(line(322, 84, 268, 170, 7), 0x8D6E63);
        s.fill(line(344, 92, 282, 172, 7), 0x8D6E63);
        s.fill(heart(240, 208, 34), tint(colour, 0.6));
    }

    private static double wave(int step) {
        return step % 2 == 0 ? 0 : 8;
    }

    private static void careHeart(Sketch s, int colour, int dark, int light) {
        // A heart held in an open hand: the palm under it, the thumb at its side.
        s.fill(ellipse(236, 212, 104, 46).below(200), dark);
        s.fill(line(136, 214, 124, 170, 22), dark);
        s.fill(heart(240, 118, 132), colour);
        s.fill(circle(212, 104, 12), light);
        s.fill(sparkle(350, 104, 18), 0xFFFFFF);
    }

    private static void parking(Sketch s, int colour, int dark, int light) {
        s.fill(rect(176, 176, 14, 100, 4), 0x90A4AE);
        s.fill(rect(128, 58, 110, 118, 20), colour);
        s.fill(rect(156, 78, 20, 80, 3), 0xFFFFFF);
        s.fill(ring(182, 106, 30, 13).rightOf(176), 0xFFFFFF);
        s.fill(rect(166, 76, 18, 20, 0), 0xFFFFFF);
        s.fill(rect(166, 116, 18, 20, 0), 0xFFFFFF);
        s.fill(polygon(262, 200, 286, 158, 362, 158, 388, 200), dark);
        s.fill(polygon(278, 198, 294, 168, 320, 168, 320, 198), light);
        s.fill(polygon(330, 198, 330, 168, 356, 168, 372, 198), light);
        s.fill(rect(238, 196, 180, 50, 18), colour);
        s.fill(circle(278, 248, 20), 0x37474F);
        s.fill(circle(378, 248, 20), 0x37474F);
        s.fill(circle(278, 248, 8), 0xCFD8DC);
        s.fill(circle(378, 248, 8), 0xCFD8DC);
        s.fill(rect(400, 210, 14, 10, 4), 0xFFF59D);
    }

    private static void parcel(Sketch s, int colour, int dark, int light) {
        s.fill(line(96, 170, 136, 170, 8), 0xFFFFFF);
        s.fill(line(84, 204, 132, 204, 8), 0xFFFFFF);
        s.fill(line(100, 238, 136, 238, 8), 0xFFFFFF);
        s.fill(polygon(150, 146, 210, 112, 338, 112, 278, 146), tint(colour, 0.45));
        s.fill(polygon(278, 146, 338, 112, 338, 226, 278, 262), dark);
        s.fill(rect(150, 146, 128, 116, 0), colour);
        s.fill(polygon(196, 146, 226, 146, 286, 112, 256, 112), shade(colour, 0.15));
        s.fill(rect(196, 146, 30, 116, 0), shade(colour, 0.15));
        s.fill(rect(238, 218, 30, 30, 3), 0xFFFFFF);
        s.fill(line(161, 232, 161, 250, 3), dark);
        s.fill(line(170, 232, 170, 250, 3), dark);
        s.fill(line(179, 232, 179, 250, 3), dark);
    }

    private static void scissors(Sketch s, int colour, int dark, int light) {
        s.fill(polygon(236, 176, 350, 74, 358, 84, 252, 190), tint(colour, 0.6));
        s.fill(polygon(236, 154, 364, 130, 366, 142, 246, 176), tint(colour, 0.45));
        s.fill(line(236, 172, 198, 214, 14), colour);
        s.fill(line(240, 170, 246, 226, 14), colour);
        s.fill(ring(182, 232, 32, 17), colour);
        s.fill(ring(250, 254, 32, 17), colour);
        s.fill(circle(240, 168, 7), dark);
        s.fill(rect(306, 212, 70, 14, 4), dark);
        for (int i = 0; i < 7; i++) {
            s.fill(rect(310 + i * 9, 224, 4, 22, 2), dark);
        }
        s.fill(sparkle(146, 130, 18), 0xFFFFFF);
    }

    private static void home(Sketch s, int colour, int dark, int light) {
        s.fill(polygon(240, 62, 350, 152, 130, 152), dark);
        s.fill(rect(152, 148, 176, 122, 6), colour);
        s.fill(rect(290, 74, 22, 50, 2), dark);
        s.fill(heart(240, 194, 64), 0xFFFFFF);
        s.fill(rect(172, 168, 30, 30, 4), light);
        s.fill(rect(278, 168, 30, 30, 4), light);
        s.fill(sparkle(362, 206, 16), 0xFFFFFF);
    }
}
