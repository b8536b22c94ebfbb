package org.linli.tenants.oversight;

import org.linli.platform.i18n.Messages;

import java.util.Locale;

/** The names of a dashboard's sections, measures and rows in a language: one place for console and exports. */
public final class DashboardLabels {

    private DashboardLabels() {
    }

    public static String section(Locale locale, String section) {
        return Messages.get(locale, "oversight.section." + section);
    }

    public static String measure(Locale locale, String section, Dashboard.Column column) {
        return Messages.get(locale, "oversight.measure." + section + "." + column.measure());
    }

    /** A row's name: its own label, else (a module) the module's name, else its key. */
    public static String row(Locale locale, Dashboard.Row row) {
        if (row.label() != null) {
            return row.label();
        }
        if ("total".equals(row.key())) {
            return Messages.get(locale, "oversight.total");
        }
        if (Figure.WHOLE.equals(row.key())) {
            return Messages.get(locale, "oversight.whole");
        }
        String module = Messages.get(locale, "module." + row.key().toLowerCase(Locale.ROOT));
        return module.startsWith("!") ? row.key() : module;
    }

    /** The month as its title says it. */
    public static String title(Locale locale, Dashboard dashboard) {
        return Messages.get(locale, "oversight.title", dashboard.title(), dashboard.month());
    }
}
