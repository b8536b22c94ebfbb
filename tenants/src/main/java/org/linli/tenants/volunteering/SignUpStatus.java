package org.linli.tenants.volunteering;

/**
 * A volunteer's place on an activity: {@code SIGNED_UP} (a place held), {@code CANCELLED} (given back before the
 * start), {@code ATTENDED} (checked in, by the organiser or by scanning the activity's code) and {@code NO_SHOW}
 * (never checked in when the organiser verified the attendance).
 */
public enum SignUpStatus {
    SIGNED_UP,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
