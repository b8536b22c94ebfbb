/**
 * The elder care API ({@link CareResource}): family links, care plans and their visits, a carer's rounds with check-in,
 * check-out and rescheduling, and the missed-visit watch with its alerts. The resource only translates HTTP to
 * {@link org.linli.tenants.eldercare.CareService} and {@link org.linli.tenants.eldercare.CareVisits}; who may see an
 * elder's care, permissions and audit live there.
 */
package org.linli.tenants.eldercare.rest;
