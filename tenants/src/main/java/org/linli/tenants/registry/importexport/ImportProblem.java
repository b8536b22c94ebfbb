package org.linli.tenants.registry.importexport;

import java.util.List;

/**
 * One problem of one row: the row number as the spreadsheet shows it (the header is row 1), the column's template
 * name (or null for the whole row) and a stable code; the text ({@code validation.<code>}) is localised when shown.
 */
public record ImportProblem(int row, String column, String code, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(int row, ImportColumn column, String code, Object... args) {
        return new ImportProblem(row, column == null ? null : column.header(), code, List.of(args));
    }
}
