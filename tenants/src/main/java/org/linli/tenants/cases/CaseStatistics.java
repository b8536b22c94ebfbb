package org.linli.tenants.cases;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.export.Csv;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Case statistics of a period (by report time) per grid, category or handler: volume, on-time acceptance and
 * resolution, satisfaction and reopen rate — for the console's charts and as CSV.
 */
@ApplicationService
public class CaseStatistics {

    /** A period is read whole up to this many cases; a longer one is refused rather than cut silently. */
    static final int MAX_CASES = 50_000;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    @Inject
    CommandValidator validator;

    @Query
    @RequiresPermission(Permissions.CASE_MANAGE)
    public List<CaseFigures> figures(CaseCommands.Period period, StatsDimension dimension) {
        validator.validate(period);
        if (!period.from().isBefore(period.to())) {
            throw DomainException.invalid(FieldError.of("to", "period_end_before_start"));
        }
        List<CivicCase> cases = em.createQuery("select c from CivicCase c where c.reportedAt >= :from"
                        + " and c.reportedAt < :to", CivicCase.class).setParameter("from", period.from())
                .setParameter("to", period.to()).setMaxResults(MAX_CASES + 1).getResultList();
        if (cases.size() > MAX_CASES) {
            throw DomainException.conflict("case_statistics_too_many", MAX_CASES);
        }
        return CaseFigures.of(cases, grouping(dimension));
    }

    /** The same figures as CSV (UTF-8 with BOM, for spreadsheet programs). */
    @Query
    @RequiresPermission(Permissions.CASE_MANAGE)
    public byte[] csv(CaseCommands.Period period, StatsDimension dimension) {
        StringBuilder out = new StringBuilder();
        try {
            Csv.Printer csv = Csv.excelPrinter(out).row("group", "volume", "accepted", "accepted_on_time",
                    "resolved", "resolved_on_time", "rated", "satisfaction", "reopen_rate");
            for (CaseFigures f : figures(period, dimension)) {
                // Shares are formatted here to a fixed number of decimals; they are never negative.
                csv.row(f.label(), f.volume(), f.accepted(), rate(f.acceptedOnTime()), f.resolved(),
                        rate(f.resolvedOnTime()), f.rated(), f.satisfaction() == null ? ""
                                : String.format(Locale.ROOT, "%.2f", f.satisfaction()),
                        rate(f.reopenRate()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String rate(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.4f", share);
    }

    private Function<CivicCase, CaseFigures.Group> grouping(StatsDimension dimension) {
        return switch (dimension) {
            case GRID -> {
                Map<Long, String> grids = em.createQuery("select g.id, g.name from Grid g", Object[].class)
                        .getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
                yield c -> c.gridId() == null ? new CaseFigures.Group(null, "—")
                        : new CaseFigures.Group(c.gridId().toString(),
                        grids.getOrDefault(c.gridId(), "#" + c.gridId()));
            }
            case CATEGORY -> {
                Map<Long, String> names = book.categories().stream()
                        .collect(Collectors.toMap(CaseCategory::id, CaseCategory::name));
                yield c -> new CaseFigures.Group(Long.toString(c.categoryId()), names.get(c.categoryId()));
            }
            case HANDLER -> c -> {
                CivicCase.Assignee a = c.assignee();
                return a == null ? new CaseFigures.Group(null, "—") : new CaseFigures.Group(
                        a.kind() + ":" + (a.userId() != null ? a.userId() : a.providerId()), a.name());
            };
        };
    }
}
