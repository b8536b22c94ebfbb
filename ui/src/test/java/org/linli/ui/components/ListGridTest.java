package org.linli.ui.components;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListGridTest {

    record Complaint(String order, String text, String filed) {
    }

    private final ListGrid<Complaint> grid = new ListGrid<>();
    private final Grid.Column<Complaint> order = grid.addColumn(Complaint::order).setHeader("order");
    private final Grid.Column<Complaint> service = grid.addColumn(Complaint::order).setHeader("service")
            .setFlexGrow(2);
    private final Grid.Column<Complaint> text = grid.addColumn(Complaint::text).setHeader("text")
            .setFlexGrow(ListGrid.LONG_TEXT);
    private final Grid.Column<Complaint> filed = grid.addColumn(Complaint::filed).setHeader("filed");
    private final Grid.Column<Complaint> status = grid.addComponentColumn(c -> new Span("open")).setHeader("state");
    private final Grid.Column<Complaint> actions = grid.addComponentColumn(c -> new Span("resolve"));

    @Test
    void namesDatesAndStatesTakeTheWidthOfTheirContent() {
        grid.fit();

        assertThat(order.isAutoWidth()).isTrue();
        assertThat(service.isAutoWidth()).isTrue();
        assertThat(service.getFlexGrow()).isEqualTo(2);
        assertThat(filed.isAutoWidth()).isTrue();
        assertThat(status.isAutoWidth()).isTrue();
    }

    @Test
    void longTextStartsNarrowGrowsAndShowsItselfAsATooltip() {
        grid.fit();

        assertThat(text.isAutoWidth()).isFalse();
        assertThat(text.getWidth()).isEqualTo(ListGrid.LONG_TEXT_WIDTH);
        assertThat(text.getFlexGrow()).isEqualTo(ListGrid.LONG_TEXT);
        assertThat(text.getTooltipGenerator().apply(new Complaint("#1", "the cleaner never came", "today")))
                .isEqualTo("the cleaner never came");
    }

    @Test
    void theHeaderlessLastColumnHoldsTheActionsSizedToThemAndKeptInView() {
        grid.fit();

        assertThat(actions.isAutoWidth()).isTrue();
        assertThat(actions.getFlexGrow()).isZero();
        assertThat(actions.isFrozenToEnd()).isTrue();
    }

    @Test
    void aTooltipTheViewChoseStays() {
        text.setTooltipGenerator(c -> "filed " + c.filed());

        grid.fit();

        assertThat(text.getTooltipGenerator().apply(new Complaint("#1", "the cleaner never came", "today")))
                .isEqualTo("filed today");
    }

    @Test
    void aColumnGivenAWidthKeepsIt() {
        filed.setWidth("9rem");

        grid.fit();

        assertThat(filed.getWidth()).isEqualTo("9rem");
        assertThat(filed.isAutoWidth()).isFalse();
    }

    @Test
    void anEmptyListSaysWhyAndOffersTheNextStep() {
        grid.setEmptyState("No complaints yet", new Span("Show all"));

        assertThat(grid.getEmptyStateComponent().getElement().getTextRecursively())
                .contains("No complaints yet").contains("Show all");
    }
}
