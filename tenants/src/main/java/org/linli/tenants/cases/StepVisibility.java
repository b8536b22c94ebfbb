package org.linli.tenants.cases;

/** Whether the reporter sees a step (public) or only handlers do (internal). */
public enum StepVisibility {
    PUBLIC,
    INTERNAL
}
