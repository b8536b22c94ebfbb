package org.linli.tenants.oversight;

import java.util.List;

/**
 * What a supervisor sees: tables of aggregates for a month, each cell already suppressed where it could single
 * out fewer than {@value SmallCellSuppression#THRESHOLD} persons or households. The same object feeds the console,
 * the API and the exports, so all three hide the same cells.
 *
 * @param month    the month, {@code 2026-11}
 * @param tenantId the tenant drilled into, or null for the jurisdiction's overview (a row per tenant)
 * @param title    the district's name for the overview, the tenant's name for a drill-down
 */
public record Dashboard(String month, Long tenantId, String title, List<Table> tables) {

    public Dashboard {
        tables = List.copyOf(tables);
    }

    /** One section: a row per tenant (overview) or per community, category or module (drill-down), and a total. */
    public record Table(String section, List<Column> columns, List<Row> rows, Row total) {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Column(String measure, Unit unit) {
    }

    /** A row; {@code label} is null where the key is the name (a module), to be translated by the reader. */
    public record Row(String key, String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell as published: {@code display} is what every reader shows ("&lt;5" for a small cell, "*" for one hidden to
     * protect another); {@code value} and {@code base} are null when it is suppressed.
     */
    public record Cell(String display, Long value, Long base, boolean suppressed) {
    }
}
