package org.linli.ui.components;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid cell of English text on a page in any language, such as the English name kept beside a Chinese one. The
 * cell says so ({@code lang="en"}), so that screen readers pronounce it and checks of the Chinese pages know it is
 * meant to be English.
 */
public final class EnglishCell {

    private EnglishCell() {
    }

    public static <T> Renderer<T> of(ValueProvider<T, String> text) {
        return LitRenderer.<T>of("<span lang=\"en\">${item.text}</span>").withProperty("text", text);
    }
}
