package org.linli.tenants.cases.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.cases.AssigneeKind;
import org.linli.tenants.cases.CaseAction;
import org.linli.tenants.cases.CaseChannel;
import org.linli.tenants.cases.CaseSource;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.CaseView;
import org.linli.tenants.cases.CivicCase;
import org.linli.tenants.cases.DistrictCases;
import org.linli.tenants.cases.DistrictEscalation;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.cases.StepKind;
import org.linli.tenants.cases.StepVisibility;
import org.linli.tenants.cases.WorkTerms;
import org.linli.tenants.files.StoredFile;
import org.linli.tenants.files.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The JSON shapes of cases, and photo bodies in and out. */
final class CaseResponses {

    private CaseResponses() {
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

    static UploadedFile read(InputStream body) {
        if (body == null) {
            throw DomainException.invalid(FieldError.of("file", "required"));
        }
        try {
            return new UploadedFile(null, body.readNBytes((int) UploadedFile.MAX_IMAGE_BYTES + 1));
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    static Response send(StoredFile file, Request request) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(file.bytes(), file.type().mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
