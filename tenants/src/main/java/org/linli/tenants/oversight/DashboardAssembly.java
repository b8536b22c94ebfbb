package org.linli.tenants.oversight;

import org.linli.tenants.oversight.Dashboard.Cell;
import org.linli.tenants.oversight.Dashboard.Column;
import org.linli.tenants.oversight.Dashboard.Row;
import org.linli.tenants.oversight.Dashboard.Table;
import org.linli.tenants.oversight.SmallCellSuppression.Mark;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the figures of a jurisdiction's tenants into dashboards. The overview has a row per tenant (the sum of its
 * rows) and the jurisdiction's total; a drill-down has the tenant's own rows with the tenant's total. Counts of
 * persons and households are suppressed per column, the drill-down's under the tenant's cell in the overview, so
 * that no look at either table, nor both together, gives a small cell away. Money of a section whose rows say how
 * many providers or payers make it up ({@link Unit#CONTRIBUTORS}, never a column) is suppressed the same way by
 * that count; a tenant's money counts as made up by few where its own rows could not show their total.
 */
final class DashboardAssembly {

    /** Sections in the order a supervisor reads them; a section nobody ordered here comes after, by name. */
    static final List<String> ORDER = List.of("registry", "cases", "volunteering", "points", "orders", "revenue",
            "modules", "devices");

    private final YearMonth month;
    private final List<Jurisdictions.Covered> tenants;
    private final Map<Long, List<Figure>> figures;

    DashboardAssembly(YearMonth month, List<Jurisdictions.Covered> tenants, Map<Long, List<Figure>> figures) {
        this.month = month;
        this.tenants = List.copyOf(tenants);
        this.figures = Map.copyOf(figures);
    }

    Dashboard overview(String title) {
        List<Table> tables = new ArrayList<>();
        for (String section : sections()) {
            List<Column> columns = columns(section);
            List<long[][]> sums = new ArrayList<>();
            for (Jurisdictions.Covered tenant : tenants) {
                sums.add(sums(tenant.id(), section, columns));
            }
            List<Row> rows = new ArrayList<>();
            List<Cell> totals = new ArrayList<>();
            List<List<Cell>> cells = new ArrayList<>();
            tenants.forEach(t -> cells.add(new ArrayList<>()));
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                long[] values = new long[tenants.size()];
                long[] bases = new long[tenants.size()];
                for (int t = 0; t < tenants.size(); t++) {
                    values[t] = sums.get(t)[c][0];
                    bases[t] = sums.get(t)[c][1];
                }
                SmallCellSuppression.Group group = column.unit().countsPeople() ? SmallCellSuppression.apply(values)
                        : guarded(section, column) ? SmallCellSuppression.guarded(values,
                        tenants.stream().mapToLong(t -> standIn(t.id(), section, column)).toArray()) : null;
                for (int t = 0; t < tenants.size(); t++) {
                    cells.get(t).add(cell(column.unit(), values[t], bases[t],
                            group == null ? Mark.SHOWN : group.parts().get(t)));
                }
                totals.add(cell(column.unit(), sum(values), sum(bases), group == null ? Mark.SHOWN : group.total()));
            }
            for (int t = 0; t < tenants.size(); t++) {
                Jurisdictions.Covered tenant = tenants.get(t);
                rows.add(new Row(Long.toString(tenant.id()), tenant.name(), cells.get(t)));
            }
            tables.add(new Table(section, columns, rows, new Row("total", null, totals)));
        }
        return new Dashboard(month.toString(), null, title, tables);
    }

    Dashboard drillDown(Jurisdictions.Covered tenant) {
        int index = tenants.indexOf(tenant);
        if (index < 0) {
            throw new IllegalArgumentException("not in the jurisdiction: " + tenant);
        }
        Dashboard overview = overview(tenant.name());
        List<Table> tables = new ArrayList<>();
        for (Table parent : overview.tables()) {
            String section = parent.section();
            List<Column> columns = parent.columns();
            Map<String, String> labels = new LinkedHashMap<>();
            figures.getOrDefault(tenant.id(), List.of()).stream().filter(f -> f.section().equals(section))
                    .forEach(f -> labels.putIfAbsent(f.rowKey(), f.rowLabel()));
            List<String> keys = new ArrayList<>(labels.keySet());
            List<List<Cell>> cells = new ArrayList<>();
            keys.forEach(k -> cells.add(new ArrayList<>()));
            List<Cell> totals = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                long[] values = new long[keys.size()];
                long[] bases = new long[keys.size()];
                for (int k = 0; k < keys.size(); k++) {
                    long[] sum = sum(tenant.id(), section, keys.get(k), column.measure());
                    values[k] = sum[0];
                    bases[k] = sum[1];
                }
                Mark parentMark = parent.rows().get(index).cells().get(c).suppressed()
                        ? Mark.COMPLEMENT : Mark.SHOWN;
                SmallCellSuppression.Group group = column.unit().countsPeople()
                        ? SmallCellSuppression.apply(parentMark, values)
                        : guarded(section, column) ? SmallCellSuppression.guarded(parentMark, values,
                        keys.stream().mapToLong(k -> contributors(tenant.id(), section, k)).toArray()) : null;
                for (int k = 0; k < keys.size(); k++) {
                    cells.get(k).add(cell(column.unit(), values[k], bases[k],
                            group == null ? Mark.SHOWN : group.parts().get(k)));
                }
                totals.add(parent.rows().get(index).cells().get(c));
            }
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                rows.add(new Row(keys.get(k), labels.get(keys.get(k)), cells.get(k)));
            }
            tables.add(new Table(section, columns, rows, new Row("total", null, totals)));
        }
        return new Dashboard(month.toString(), tenant.id(), tenant.name(), tables);
    }

    private List<String> sections() {
        Set<String> present = new LinkedHashSet<>();
        figures.values().forEach(list -> list.forEach(f -> present.add(f.section())));
        List<String> ordered = new ArrayList<>(ORDER.stream().filter(present::contains).toList());
        present.stream().filter(s -> !ORDER.contains(s)).sorted().forEach(ordered::add);
        return ordered;
    }

    private List<Column> columns(String section) {
        Map<String, Unit> measures = new LinkedHashMap<>();
        for (Jurisdictions.Covered tenant : tenants) {
            figures.getOrDefault(tenant.id(), List.of()).stream().filter(f -> f.section().equals(section))
                    .filter(f -> f.unit() != Unit.CONTRIBUTORS)
                    .forEach(f -> measures.putIfAbsent(f.measure(), f.unit()));
        }
        return measures.entrySet().stream().map(e -> new Column(e.getKey(), e.getValue())).toList();
    }

    /** Whether {@code column} is money that the section's contributor counts decide on. */
    private boolean guarded(String section, Column column) {
        return column.unit() == Unit.FEN && figures.values().stream().flatMap(List::stream)
                .anyMatch(f -> f.section().equals(section) && f.unit() == Unit.CONTRIBUTORS);
    }

    /** How many at least make up the money of a row: the fewest of its counts (providers, payers). */
    private long contributors(long tenant, String section, String rowKey) {
        return figures.getOrDefault(tenant, List.of()).stream().filter(f -> f.section().equals(section)
                        && f.unit() == Unit.CONTRIBUTORS && f.rowKey().equals(rowKey))
                .mapToLong(Figure::value).min().orElse(0);
    }

    /**
     * A tenant's money as one cell of the overview, guarded by a stand-in count: the threshold where the tenant's
     * own rows could show their total, else one. Counting its contributors instead would not do: one provider can
     * serve every module, and a module of many that holds a few fen cannot cover one that holds the rest.
     */
    private long standIn(long tenant, String section, Column column) {
        List<String> keys = figures.getOrDefault(tenant, List.of()).stream()
                .filter(f -> f.section().equals(section)).map(Figure::rowKey).distinct().toList();
        long[] values = keys.stream().mapToLong(k -> sum(tenant, section, k, column.measure())[0]).toArray();
        long[] counts = keys.stream().mapToLong(k -> contributors(tenant, section, k)).toArray();
        return SmallCellSuppression.guarded(values, counts).total().hidden() ? 1 : SmallCellSuppression.THRESHOLD;
    }

    private long[][] sums(long tenant, String section, List<Column> columns) {
        long[][] sums = new long[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            sums[c] = sum(tenant, section, null, columns.get(c).measure());
        }
        return sums;
    }

    private long[] sum(long tenant, String section, String rowKey, String measure) {
        long[] sum = new long[2];
        for (Figure f : figures.getOrDefault(tenant, List.of())) {
            if (f.section().equals(section) && f.measure().equals(measure)
                    && (rowKey == null || f.rowKey().equals(rowKey))) {
                sum[0] += f.value();
                sum[1] += f.base();
            }
        }
        return sum;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    static Cell cell(Unit unit, long value, long base, Mark mark) {
        return switch (mark) {
            // Money is hidden for its few contributors, not for being small: "<5" would misread as under ¥5.
            case SMALL -> new Cell(unit == Unit.FEN ? "*" : "<" + SmallCellSuppression.THRESHOLD, null, null, true);
            case COMPLEMENT, WITHHELD -> new Cell("*", null, null, true);
            case SHOWN -> new Cell(display(unit, value, base), value, unit == Unit.SHARE || unit == Unit.AVERAGE
                    ? base : null, false);
        };
    }

    static String display(Unit unit, long value, long base) {
        return switch (unit) {
            case PERSONS, HOUSEHOLDS, COUNT, CONTRIBUTORS -> Long.toString(value);
            case MINUTES -> String.format(Locale.ROOT, "%.1f", value / 60.0);
            case FEN -> String.format(Locale.ROOT, "¥%,.2f", BigDecimal.valueOf(value, 2));
            case SHARE -> base == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * value / base);
            case AVERAGE -> base == 0 ? "—" : String.format(Locale.ROOT, "%.2f", (double) value / base);
        };
    }
}
