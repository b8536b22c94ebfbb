package org.linli.tenants.cases.rest;

import org.linli.platform.problem.EnumValues;
import org.linli.tenants.cases.AssigneeKind;
import org.linli.tenants.cases.CalendarDay;
import org.linli.tenants.cases.CaseAction;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseChannel;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseSource;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.DayKind;
import org.linli.tenants.cases.DistrictCases;
import org.linli.tenants.cases.DistrictEscalation;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.cases.StepKind;
import org.linli.tenants.cases.StepVisibility;
import org.linli.tenants.cases.WorkTerms;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The request and response bodies of {@link CaseResource}, {@link CaseSetupResource}, {@link DistrictCaseResource}
 * and {@link ProviderCaseResource}, as records; requests carry their Bean Validation constraints.
 */
final class CasesApi {

    private CasesApi() {
    }

    /** What a deadline check did: handlers warned, cases flagged overdue, closed unrated, sent to the district. */
    public record CheckResponse(int warned, int overdue, int closed, int escalatedToDistrict) {
    }

    /** A category: {@code parentId} a top category or null; SLA in working minutes. */
    public record CategoryRequest(Long parentId, String name, String nameEn, Long acceptMinutes,
                                  Long resolveMinutes, Integer position, Boolean active) {

        CaseCommands.CategoryDetails details() {
            return new CaseCommands.CategoryDetails(parentId, name, nameEn, acceptMinutes == null ? 0 : acceptMinutes,
                    resolveMinutes == null ? 0 : resolveMinutes, position == null ? 0 : position,
                    active == null || active);
        }
    }

    public record CategoryResponse(long id, Long parentId, String name, String nameEn, long acceptMinutes,
                                   long resolveMinutes, boolean active, int position) {

        static CategoryResponse of(CaseCategory c) {
            return new CategoryResponse(c.id(), c.parentId(), c.name(), c.nameEn(), c.acceptMinutes(),
                    c.resolveMinutes(), c.isActive(), c.position());
        }
    }

    /** The weekly schedule: working weekdays, start and end as minutes of the day, warning and district shares. */
    public record ScheduleRequest(String zone, Set<DayOfWeek> workdays, Integer dayStart, Integer dayEnd,
                                  Integer warnPercent, Integer districtPercent) {
    }

    public record DayRequest(String day, String kind, String name) {
    }

    public record DayResponse(long id, LocalDate day, DayKind kind, String name) {

        static DayResponse of(CalendarDay d) {
            return new DayResponse(d.id(), d.day(), d.kind(), d.name());
        }
    }

    public record CalendarResponse(String zone, Set<DayOfWeek> workdays, int dayStart, int dayEnd, int warnPercent,
                                   int districtPercent, List<DayResponse> specialDays) {

        static CalendarResponse of(CaseCategories.Calendar c) {
            return new CalendarResponse(c.settings().zone(), c.settings().workdays(), c.settings().dayStart(),
                    c.settings().dayEnd(), c.settings().warnPercent(), c.settings().districtPercent(),
                    c.specialDays().stream().map(DayResponse::of).toList());
        }
    }

    public record CommentRequest(String text) {
    }

    /** A case in a list: enough to sort a queue and open it. */
    public record CaseSummary(long id, CaseState state, long categoryId, String description, PlaceKind placeKind,
                       String placeName, Long gridId, CaseSource source, Instant reportedAt, Instant acceptDue,
                       Instant resolveDue, boolean overdue, String assigneeName, Integer rating,
                       boolean escalatedToDistrict) {

        static CaseSummary of(CivicCase c) {
            CivicCase.Assignee assignee = c.assignee();
            return new CaseSummary(c.id(), c.state(), c.categoryId(), c.description(), c.place().kind(),
                    c.place().name(), c.gridId(), c.source(), c.reportedAt(), c.acceptDue(), c.resolveDue(),
                    c.overdueAt() != null && c.state().isOpen() || c.overdue(Instant.now()),
                    assignee == null ? null : assignee.name(), c.rating(), c.districtEscalatedAt() != null);
        }
    }

    public record AssigneeResponse(AssigneeKind kind, Long userId, Long providerId, String name, WorkTerms terms) {
    }

    public record StepResponse(long id, StepKind kind, StepVisibility visibility, String text, String author,
                               Instant at, List<Long> photos) {
    }

    /** A case with its timeline as the caller may see it, and the moves it allows now. */
    public record CaseResponse(long id, CaseState state, long categoryId, String categoryName, String categoryNameEn,
                        CaseSource source, CaseChannel channel, String description, PlaceKind placeKind,
                        String placeName, long communityId, Long buildingId, Long gridId, String reporterName,
                        Instant reportedAt, Instant acceptDue, Instant resolveDue, boolean overdue,
                        Instant acceptedAt, AssigneeResponse assignee, Instant resolvedAt, String result,
                        String rejectReason, Instant closedAt, Integer rating, String ratingComment, int reopenCount,
                        Instant overdueAt, Instant escalatedToDistrictAt, Set<CaseAction> actions,
                        List<StepResponse> steps) {

        static CaseResponse of(CaseView view) {
            CivicCase c = view.civicCase();
            CivicCase.Assignee a = c.assignee();
            return new CaseResponse(c.id(), c.state(), c.categoryId(), view.category().name(),
                    view.category().nameEn(), c.source(), c.channel(), c.description(), c.place().kind(),
                    c.place().name(), c.place().communityId(), c.place().buildingId(), c.gridId(),
                    view.reporterName(), c.reportedAt(), c.acceptDue(), c.resolveDue(), view.overdue(),
                    c.acceptedAt(), a == null ? null
                    : new AssigneeResponse(a.kind(), a.userId(), a.providerId(), a.name(), a.terms()),
                    c.resolvedAt(), c.result(), c.rejectReason(), c.closedAt(), c.rating(), c.ratingComment(),
                    c.reopenCount(), c.overdueAt(), c.districtEscalatedAt(), view.actions(),
                    view.steps().stream().map(s -> new StepResponse(s.step().id(), s.step().kind(),
                            s.step().visibility(), s.step().body(), s.step().authorName(), s.step().createdAt(),
                            s.photos())).toList());
        }
    }

    /** An escalated case as the supervising district sees it: no personal data beyond the masked name. */
    public record EscalationResponse(long id, String sourceTenantName, long sourceCaseId, String categoryName,
                              String placeName, String description, String reporterMasked, CaseState state,
                              Instant reportedAt, Instant resolveDue, Instant escalatedAt, Instant updatedAt,
                              long overdueWorkingMinutes, List<EscalationStepResponse> steps) {

        static EscalationResponse of(DistrictEscalation e, List<EscalationStepResponse> steps) {
            return new EscalationResponse(e.id(), e.sourceTenantName(), e.sourceCaseId(), e.categoryName(),
                    e.placeName(), e.description(), e.reporterMasked(), e.state(), e.reportedAt(), e.resolveDue(),
                    e.escalatedAt(), e.updatedAt(), e.overdue(Instant.now()).toMinutes(), steps);
        }

        static EscalationResponse of(DistrictEscalation e) {
            return of(e, null);
        }

        static EscalationResponse of(DistrictCases.DistrictView view) {
            return of(view.escalation(), view.steps().stream().map(s -> new EscalationStepResponse(s.kind(),
                    s.body(), s.authorName(), s.createdAt(), s.fromDistrict())).toList());
        }
    }

    public record EscalationStepResponse(String kind, String text, String author, Instant at, boolean fromDistrict) {
    }

    /**
     * A report. {@code placeKind}: HOUSEHOLD (the reporter's home), BUILDING ({@code buildingId}) or COMMON_AREA
     * ({@code communityId} and {@code placeName}). Staff filing for a resident give {@code residentId} and
     * {@code channel} PHONE or VISIT; a system filing a device's alert gives {@code source} DEVICE.
     */
    public record ReportRequest(Long categoryId, String description, String placeKind, Long communityId,
                                Long buildingId, String placeName, Long residentId, String channel, String source) {

        CaseCommands.Report command() {
            return new CaseCommands.Report(categoryId, description,
                    EnumValues.parse(PlaceKind.class, placeKind, "placeKind"), communityId, buildingId, placeName,
                    residentId, EnumValues.parse(CaseChannel.class, channel, "channel"),
                    EnumValues.parse(CaseSource.class, source, "source"));
        }
    }

    public record AssignRequest(String kind, Long userId, Long providerId, String terms, String note) {
    }

    public record StepRequest(String text, boolean internal) {
    }

    public record TextRequest(String text) {
    }

    public record RatingRequest(Integer stars, String comment) {
    }
}
