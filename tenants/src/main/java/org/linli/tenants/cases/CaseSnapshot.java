package org.linli.tenants.cases;

import java.time.Instant;
import java.util.List;

/**
 * What a property company tells its supervising district about an escalated case: only fields without personal
 * data (the reporter's name masked, no phone, no id number, no household) and the public steps, with the company's
 * working calendar ({@link WorkingCalendar#encode}) so that the district counts the overdue time as the company's
 * handlers do.
 */
public record CaseSnapshot(long sourceTenant, String sourceTenantName, long caseId, String categoryName,
                           String placeName, String description, String reporterMasked, CaseState state,
                           Instant reportedAt, Instant resolveDue, String calendar, List<PublicStep> steps) {

    public CaseSnapshot {
        steps = List.copyOf(steps);
    }

    /** A public step as the district sees it; authors are named by role, not person, for residents. */
    public record PublicStep(long id, StepKind kind, String body, String authorName, Instant at) {
    }
}
