package org.linli.infra.demo;

import org.junit.jupiter.api.Test;
import org.linli.tenants.modules.Module;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OfferingCoversTest {

    private record Sold(Module module, String title) {
    }

    /** The demo's offerings, as the marketplace seeds them. */
    private static final List<Sold> DEMO = List.of(
            new Sold(Module.HOUSEKEEPING, "日常保洁（按小时）"), new Sold(Module.HOUSEKEEPING, "深度保洁（按面积）"),
            new Sold(Module.HOUSEKEEPING, "油烟机清洗"), new Sold(Module.ELDER_CARE, "上门助浴"),
            new Sold(Module.ELDER_CARE, "助餐送餐（每餐）"), new Sold(Module.PARKING, "地面车位月租"),
            new Sold(Module.DELIVERY, "快递送件上门"), new Sold(Module.BASIC, "爱心义剪（老人免费）"),
            new Sold(Module.HOUSEKEEPING, "日常保洁（2小时）"));

    @Test
    void eachModuleHasAPictureOfWhatItSells() {
        assertThat(OfferingCovers.motif(Module.HOUSEKEEPING, "家庭保洁")).isEqualTo(OfferingCovers.Motif.BROOM);
        assertThat(OfferingCovers.motif(Module.ELDER_CARE, "陪诊")).isEqualTo(OfferingCovers.Motif.HEART);
        assertThat(OfferingCovers.motif(Module.PARKING, "地下车位月租")).isEqualTo(OfferingCovers.Motif.PARKING);
        assertThat(OfferingCovers.motif(Module.DELIVERY, "大件代收")).isEqualTo(OfferingCovers.Motif.PARCEL);
        assertThat(OfferingCovers.motif(Module.BASIC, "政策咨询")).isEqualTo(OfferingCovers.Motif.HOME);
        assertThat(OfferingCovers.motif(Module.HOUSEKEEPING, null)).isEqualTo(OfferingCovers.Motif.BROOM);
    }

    @Test
    void theTitleNamesAMoreParticularPictureWhereItSaysWhatIsDone() {
        assertThat(DEMO.stream().map(sold -> OfferingCovers.motif(sold.module(), sold.title())).toList())
                .containsExactly(OfferingCovers.Motif.BROOM, OfferingCovers.Motif.SPRAY, OfferingCovers.Motif.HOOD,
                        OfferingCovers.Motif.BATH, OfferingCovers.Motif.MEAL, OfferingCovers.Motif.PARKING,
                        OfferingCovers.Motif.PARCEL, OfferingCovers.Motif.SCISSORS, OfferingCovers.Motif.BROOM);
    }

    @Test
    void everyDemoOfferingGetsAPictureOfItsOwn() {
        Set<String> pictures = new HashSet<>();
        DEMO.forEach(sold -> pictures.add(Arrays.toString(OfferingCovers.cover(sold.module(), sold.title()))));
        assertThat(pictures).hasSize(DEMO.size());
    }

    @Test
    void aCoverIsAPngOfThreeToTwoThatIsDrawnOnNotPlain() throws IOException {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
                OfferingCovers.cover(Module.PARKING, "地面车位月租")));
        assertThat(picture.getWidth()).isEqualTo(480);
        assertThat(picture.getHeight()).isEqualTo(320);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < picture.getWidth(); x += 4) {
            for (int y = 0; y < picture.getHeight(); y += 4) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertThat(colours).as("more than a gradient and a disc").hasSizeGreaterThan(100);
    }
}
