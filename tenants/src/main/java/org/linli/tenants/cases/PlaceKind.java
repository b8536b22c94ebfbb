package org.linli.tenants.cases;

/** Where a case is: a household (the reporter's home), a building, or a common area of a community (named freely). */
public enum PlaceKind {
    HOUSEHOLD,
    BUILDING,
    COMMON_AREA
}
