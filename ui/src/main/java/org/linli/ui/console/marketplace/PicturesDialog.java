package org.linli.ui.console.marketplace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingImage;
import org.linli.tenants.marketplace.OfferingImages;
import org.linli.ui.components.FileDrop;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.storefront.OfferingPictures;

import java.util.List;

/** The pictures of one of the provider's offerings: add (up to six), choose the cover, remove. */
class PicturesDialog extends Dialog {

    private final OfferingImages offeringImages;
    private final Offering offering;
    private final Div pictures = new Div();
    private final Runnable changed;

    PicturesDialog(OfferingImages offeringImages, Offering offering, Runnable changed) {
        this.offeringImages = offeringImages;
        this.offering = offering;
        this.changed = changed;
        setHeaderTitle(getTranslation("pictures.title", offering.title()));
        setWidth("min(44rem, 100vw)");
        pictures.addClassName("picture-grid");
        pictures.setId("pictures");
        Paragraph hint = new Paragraph(getTranslation("pictures.hint", OfferingImage.MAX_PER_OFFERING));
        hint.addClassName("hint");
        FileDrop drop = new FileDrop(getTranslation("pictures.drop"), UploadedFile.MAX_IMAGE_BYTES, file -> {
            offeringImages.addImage(offering.id(), file);
            refresh();
        }, "image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        drop.setId("picture-upload");
        add(hint, pictures, drop);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        refresh();
    }

    private void refresh() {
        pictures.removeAll();
        List<OfferingImage> images = offeringImages.images(offering.id());
        for (int i = 0; i < images.size(); i++) {
            pictures.add(tile(images.get(i), i == 0));
        }
        changed.run();
    }

    private Component tile(OfferingImage image, boolean cover) {
        Div tile = new Div(OfferingPictures.of(offeringImages, image, offering.title()));
        tile.addClassName("picture-tile");
        if (cover) {
            tile.add(new StatusBadge(getTranslation("pictures.cover"), StatusBadge.Tone.GOOD));
        } else {
            tile.add(button(VaadinIcon.STAR_O, "pictures.make-cover", () -> offeringImages.makeCover(offering.id(),
                    image.id())));
        }
        tile.add(button(VaadinIcon.TRASH, "action.remove",
                () -> offeringImages.removeImage(offering.id(), image.id())));
        return tile;
    }

    private Button button(VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), click -> {
            try {
                action.run();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        return button;
    }
}
