package org.linli.tenants.cases;

/** A date that differs from the weekly schedule: a holiday not worked, or a make-up working day (调休). */
public enum DayKind {
    HOLIDAY,
    WORKDAY
}
