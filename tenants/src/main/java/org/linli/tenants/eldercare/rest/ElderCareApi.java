package org.linli.tenants.eldercare.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.eldercare.CareAlert;
import org.linli.tenants.eldercare.CarePlan;
import org.linli.tenants.eldercare.CareVisit;
import org.linli.tenants.eldercare.FamilyLink;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The request and response bodies of {@link CareResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class ElderCareApi {

    private ElderCareApi() {
    }

    public record LinkRequest(@NotNull Long elderId, @NotNull Long familyId, String relation) {
    }

    public record LinkResponse(long id, long elderId, long familyId, String relation) {

        static LinkResponse of(FamilyLink l) {
            return new LinkResponse(l.id(), l.elderId(), l.familyId(), l.relation());
        }
    }

    public record ElderResponse(long id, String name, String relation) {
    }

    public record PlanRequest(@NotNull Long elderId, @NotNull Long providerId, String title, List<String> weekdays,
                              String time, Integer durationMinutes, List<String> tasks, String firstDay) {
    }

    public record PlanResponse(long id, long elderId, long providerId, String title, Set<DayOfWeek> weekdays,
                               String time, int durationMinutes, List<String> tasks, LocalDate firstDay,
                               CarePlan.Status status) {

        static PlanResponse of(CarePlan p) {
            return new PlanResponse(p.id(), p.elderId(), p.providerId(), p.title(), p.weekdays(), p.time().toString(),
                    p.durationMinutes(), p.tasks(), p.firstDay(), p.status());
        }
    }

    public record VisitResponse(long id, long planId, long elderId, Instant scheduledAt, CareVisit.Status status,
                                String carer, Instant checkedInAt, Instant checkedOutAt, String note,
                                List<String> tasksDone) {

        static VisitResponse of(CareVisit v) {
            return new VisitResponse(v.id(), v.planId(), v.elderId(), v.scheduledAt(), v.status(), v.carer(),
                    v.checkedInAt(), v.checkedOutAt(), v.note(),
                    v.tasksDone() == null || v.tasksDone().isEmpty() ? List.of() : List.of(v.tasksDone().split("\n")));
        }
    }

    public record RoundResponse(VisitResponse visit, String elder, String address, List<String> tasks) {
    }

    public record CheckOutRequest(String note, List<String> tasksDone) {
    }

    public record RescheduleRequest(String at) {
    }

    public record AlertResponse(long id, long visitId, long elderId, long providerId, Instant scheduledAt,
                                Instant raisedAt) {

        static AlertResponse of(CareAlert a) {
            return new AlertResponse(a.id(), a.visitId(), a.elderId(), a.providerId(), a.scheduledAt(), a.raisedAt());
        }
    }
}
