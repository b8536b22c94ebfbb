package org.linli.tenants.volunteering;

/**
 * Where an activity stands: {@code PUBLISHED} (open for sign-ups until it starts, attendance recorded while it runs),
 * {@code CANCELLED} by its organiser before the start, {@code VERIFIED} (attendance fixed after the end) and
 * {@code CREDITED} (minutes written to the volunteers' time accounts). Reversing a credit reopens it as
 * {@code PUBLISHED}, so that attendance can be corrected and verified again.
 */
public enum ActivityStatus {
    PUBLISHED,
    CANCELLED,
    VERIFIED,
    CREDITED
}
