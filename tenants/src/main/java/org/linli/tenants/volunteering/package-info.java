/**
 * Volunteer activities (志愿活动): published by a tenant's operators or a volunteer organisation, joined by residents,
 * attended (checked in and out in the console or by a rotating signed QR code) and, once the organiser has verified
 * the attendance, credited to the volunteers' time accounts in one ledger posting.
 */
package org.linli.tenants.volunteering;
