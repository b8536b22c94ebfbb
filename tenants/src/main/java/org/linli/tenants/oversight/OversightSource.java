package org.linli.tenants.oversight;

import jakarta.persistence.EntityManager;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The bound tenant's community names by id: the rows of the sources that count per community. */
    static Map<Long, String> communityNames(EntityManager em) {
        return em.createQuery("select c.id, c.name from Community c", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
