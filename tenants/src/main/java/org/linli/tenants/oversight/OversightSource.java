package org.linli.tenants.oversight;

import java.time.YearMonth;
import java.util.List;

/**
 * The port through which a feature gives oversight its aggregates: implemented by the feature that owns the data
 * (registry, cases, volunteering, orders, modules; billing for revenue; devices for alerts and false positives), as
 * an application service whose {@link #figures} is a {@code @Query} requiring {@code oversight:read}.
 *
 * <p>It is called once per tenant of a supervisor's jurisdiction, in a transaction bound to that tenant, so it reads
 * its own tables through the ordinary tenant scoping. Every figure must be computed in the database (GROUP BY,
 * count, sum) — never by loading rows — and must not carry a person's data; small counts of persons or households
 * are hidden later, so report them as they are.
 */
public interface OversightSource {

    /** The figures of the bound tenant; those that have a time take {@code month} (Asia/Shanghai) as their period. */
    List<Figure> figures(YearMonth month);
}
