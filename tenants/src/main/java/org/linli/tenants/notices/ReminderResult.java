package org.linli.tenants.notices;

/**
 * What a reminder did: how many resident users got an in-app message, across how many unreached households, and
 * how many unreached households have nobody with an app account (not reachable in the app).
 */
public record ReminderResult(int usersReminded, int householdsReminded, int householdsNotReachable) {
}
