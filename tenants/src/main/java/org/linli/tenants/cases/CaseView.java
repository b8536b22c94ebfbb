package org.linli.tenants.cases;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A case with its category and timeline as one reader sees it: the reporter reads public steps and their own name,
 * handlers read every step and the reporter's name masked (the registry shows more to those allowed).
 *
 * @param at when it was read, to tell whether it is overdue
 */
public record CaseView(CivicCase civicCase, CaseCategory category, String reporterName, List<StepView> steps,
                       Instant at) {

    public CaseView {
        steps = List.copyOf(steps);
    }

    /** A step with the ids of its photos. */
    public record StepView(CaseStep step, List<Long> photos) {
        public StepView {
            photos = List.copyOf(photos);
        }
    }

    /** The moves the case allows now (which buttons to show; permissions still decide who may press them). */
    public Set<CaseAction> actions() {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (CaseLifecycle.allows(civicCase.state(), action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    public boolean overdue() {
        return civicCase.overdue(at);
    }
}
