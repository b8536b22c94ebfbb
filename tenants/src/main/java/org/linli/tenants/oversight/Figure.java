package org.linli.tenants.oversight;

import java.util.Objects;

/**
 * One aggregate of one tenant, as its owner computed it in the database: a measure of a section for one row (a
 * community, a case category, a module; a section with a single row uses {@link #WHOLE}).
 *
 * @param section  the dashboard section, e.g. {@code registry}
 * @param rowKey   the row's stable key within the section
 * @param rowLabel the row's name, never a person's
 * @param measure  the measure's key, e.g. {@code residents}
 * @param value    the count, minutes, fen, or a share's or average's numerator
 * @param base     a share's or average's denominator; 0 otherwise
 */
public record Figure(String section, String rowKey, String rowLabel, String measure, Unit unit, long value,
                     long base) {

    /** The row key of a section that has one row for the whole tenant. */
    public static final String WHOLE = "all";

    public Figure {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(rowKey, "rowKey");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }

    public static Figure of(String section, String rowKey, String rowLabel, String measure, Unit unit, long value) {
        return new Figure(section, rowKey, rowLabel, measure, unit, value, 0);
    }

    public static Figure ratio(String section, String rowKey, String rowLabel, String measure, Unit unit, long value,
                               long base) {
        return new Figure(section, rowKey, rowLabel, measure, unit, value, base);
    }
}
