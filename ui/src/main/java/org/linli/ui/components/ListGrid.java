package org.linli.ui.components;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A console list whose columns size themselves, so that no view has to remember it: short values (names, dates,
 * amounts, states) take the width of their content and are never cut, and may grow; a text column the view lets
 * grow most ({@code setFlexGrow(LONG_TEXT)} or more: descriptions, notes, reasons) is long text, starts narrow, ends
 * in an ellipsis and shows the whole text as a tooltip; a last column without a header holds the row's actions,
 * sized to its buttons and kept in view at the end. A column given an explicit width keeps it. An empty list says
 * why it is empty and what to do next.
 */
public class ListGrid<T> extends Grid<T> {

    /** The flex grow that marks a column of long text. */
    public static final int LONG_TEXT = 3;

    /** Long text starts this wide and takes the room that is left over. */
    static final String LONG_TEXT_WIDTH = "12rem";

    private final Map<Column<T>, ValueProvider<T, ?>> texts = new IdentityHashMap<>();

    /** The tooltip a text column is born with: while a column still has it, the view has not chosen its own. */
    private final Map<Column<T>, SerializableFunction<T, String>> bornWith = new IdentityHashMap<>();

    public ListGrid() {
        addClassName("list-grid");
    }

    @Override
    protected <C extends Column<T>> C addColumn(ValueProvider<T, ?> valueProvider,
                                                BiFunction<Renderer<T>, String, C> columnFactory) {
        C column = super.addColumn(valueProvider, columnFactory);
        texts.put(column, valueProvider);
        bornWith.put(column, column.getTooltipGenerator());
        return column;
    }

    /** Says why the list is empty and offers the next step, e.g. a button that creates the first entry. */
    public void setEmptyState(String why, Component... next) {
        setEmptyStateComponent(new EmptyState(why, next));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        fit();
    }

    /** Sizes the columns by their kind; runs on attach, when the view has added all of them. */
    void fit() {
        List<Column<T>> columns = getColumns();
        for (Column<T> column : columns) {
            if (column.getWidth() != null) {
                continue;
            }
            ValueProvider<T, ?> text = texts.get(column);
            if (text != null && column.getFlexGrow() >= LONG_TEXT) {
                column.setAutoWidth(false).setWidth(LONG_TEXT_WIDTH);
                if (column.getTooltipGenerator() == bornWith.get(column)) {
                    column.setTooltipGenerator(item -> Objects.toString(text.apply(item), ""));
                }
            } else {
                column.setAutoWidth(true);
            }
        }
        if (!columns.isEmpty()) {
            Column<T> last = columns.get(columns.size() - 1);
            boolean headerless = (last.getHeaderText() == null || last.getHeaderText().isBlank())
                    && last.getHeaderComponent() == null;
            if (headerless && !texts.containsKey(last) && last.getWidth() == null) {
                last.setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
            }
        }
    }
}
