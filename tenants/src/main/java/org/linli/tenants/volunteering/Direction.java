package org.linli.tenants.volunteering;

/** Whether an attendee is arriving ({@code IN}) or leaving ({@code OUT}). */
public enum Direction {
    IN,
    OUT
}
