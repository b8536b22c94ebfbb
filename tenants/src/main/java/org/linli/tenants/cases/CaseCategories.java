package org.linli.tenants.cases;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The tenant's case categories (a tree two levels deep, each with its SLA) and its working calendar: the weekly
 * schedule, holidays and make-up days that deadlines count in. New deadlines use the calendar as it is when a case
 * is reported or reopened; cases already running keep theirs.
 */
@ApplicationService
public class CaseCategories {

    /** A calendar keeps at most this many special days (a few years of holidays). */
    static final int MAX_SPECIAL_DAYS = 400;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** The schedule with its special days, as operators edit it. */
    public record Calendar(CaseSettings settings, List<CalendarDay> specialDays) {
    }

    /** Every category, active or not, in order (a tenant starts with the defaults). */
    @Query
    @RequiresPermission(Permissions.CASE_REPORT)
    public List<CaseCategory> list() {
        return book.categories();
    }

    @Audited("case.category.create")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public CaseCategory create(CaseCommands.CategoryDetails details) {
        validator.validate(details);
        CaseCategory category = new CaseCategory(parent(details.parentId(), null), details);
        requireUniqueName(details.name().strip(), null);
        em.persist(category);
        em.flush();
        return category;
    }

    @Audited("case.category.change")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public CaseCategory change(@AuditTarget long id, CaseCommands.CategoryDetails details) {
        validator.validate(details);
        CaseCategory category = book.category(id);
        if (!Objects.equals(category.parentId(), parent(details.parentId(), id))) {
            throw DomainException.invalid(FieldError.of("parentId", "case_category_parent_fixed"));
        }
        requireUniqueName(details.name().strip(), id);
        category.change(details);
        return category;
    }

    @Query
    @RequiresPermission(Permissions.CASE_MANAGE)
    public Calendar calendar() {
        return new Calendar(book.settings(), book.specialDays());
    }

    @Audited("case.calendar.schedule")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public Calendar schedule(CaseCommands.Schedule schedule) {
        validator.validate(schedule);
        try {
            ZoneId.of(schedule.zone());
        } catch (DateTimeException e) {
            throw DomainException.invalid(FieldError.of("zone", "case_zone_unknown"));
        }
        if (schedule.dayStart() >= schedule.dayEnd()) {
            throw DomainException.invalid(FieldError.of("dayEnd", "case_day_end_before_start"));
        }
        book.settings().change(schedule, clock.instant());
        return calendar();
    }

    /** Marks a date a holiday or a make-up working day (replacing what the date was marked before). */
    @Audited("case.calendar.day")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public Calendar markDay(CaseCommands.SpecialDay day) {
        validator.validate(day);
        em.createQuery("delete from CalendarDay d where d.day = :day").setParameter("day", day.day())
                .executeUpdate();
        if (book.specialDays().size() >= MAX_SPECIAL_DAYS) {
            throw DomainException.conflict("case_calendar_full", MAX_SPECIAL_DAYS);
        }
        em.persist(new CalendarDay(day.day(), day.kind(), day.name()));
        em.flush();
        return calendar();
    }

    @Audited("case.calendar.unmark")
    @RequiresPermission(Permissions.CASE_MANAGE)
    public Calendar unmarkDay(@AuditTarget long id) {
        CalendarDay day = em.find(CalendarDay.class, id);
        if (day == null) {
            throw DomainException.notFound("case_calendar_day_not_found");
        }
        em.remove(day);
        em.flush();
        return calendar();
    }

    /** A parent must be a top category (the tree is two levels deep) and not the category itself. */
    private Long parent(Long parentId, Long self) {
        if (parentId == null) {
            return null;
        }
        CaseCategory parent = book.category(parentId);
        if (parent.parentId() != null || parent.id() == (self == null ? -1 : self)) {
            throw DomainException.invalid(FieldError.of("parentId", "case_category_parent_not_top"));
        }
        return parent.id();
    }

    private void requireUniqueName(String name, Long self) {
        boolean taken = book.categories().stream().anyMatch(c -> c.name().equals(name)
                && (self == null || c.id() != self));
        if (taken) {
            throw DomainException.conflict("case_category_name_taken", name);
        }
    }
}
